from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventUserAgent")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "ua",
        "client",
        "os",
        "device",
    }
)


@_attrs_define
class EventUserAgent:
    """The client's user agent, raw and parsed. The shapes of the parsed parts (`client`, `os`,
    `device`) are not confirmed by a stored page, so they are left open.

        Attributes:
            ua (str | Unset): The raw User-Agent header.
            client (Any | Unset): The browser or mail client parsed from the user agent.
            os (Any | Unset): The operating system parsed from the user agent.
            device (Any | Unset): The device parsed from the user agent.
    """

    ua: str | Unset = UNSET
    client: Any | Unset = UNSET
    os: Any | Unset = UNSET
    device: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ua = self.ua

        client = self.client

        os = self.os

        device = self.device

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ua is not UNSET:
            field_dict["ua"] = ua
        if client is not UNSET:
            field_dict["client"] = client
        if os is not UNSET:
            field_dict["os"] = os
        if device is not UNSET:
            field_dict["device"] = device

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        ua = d.get("ua", UNSET)

        client = d.get("client", UNSET)

        os = d.get("os", UNSET)

        device = d.get("device", UNSET)

        event_user_agent = cls(
            ua=ua,
            client=client,
            os=os,
            device=device,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            event_user_agent.additional_properties = extra
        return event_user_agent

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
