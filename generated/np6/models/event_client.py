from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventClient")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "ip",
        "ua",
    }
)


@_attrs_define
class EventClient:
    """The client (browser, mail client or robot) that made the tracked request.

    Attributes:
        type_ (str | Unset): Kind of client as NP6 classifies it, e.g. `web` (documented hit samples).
        ip (EventClientIp | Unset): IP address of the client.
        ua (EventUserAgent | Unset): The client's user agent, raw and parsed. Shape and types from the two hit samples
            the 8.1.0
            reference shows in full (mirror and form hits of an action).
    """

    type_: str | Unset = UNSET
    ip: EventClientIp | Unset = UNSET
    ua: EventUserAgent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        ip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ip, Unset):
            ip = self.ip.to_dict()

        ua: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ua, Unset):
            ua = self.ua.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if ip is not UNSET:
            field_dict["ip"] = ip
        if ua is not UNSET:
            field_dict["ua"] = ua

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d.get("type", UNSET)

        _ip = d.get("ip", UNSET)
        ip: EventClientIp | Unset
        if isinstance(_ip, Unset):
            ip = UNSET
        else:
            ip = EventClientIp.from_dict(_ip)

        _ua = d.get("ua", UNSET)
        ua: EventUserAgent | Unset
        if isinstance(_ua, Unset):
            ua = UNSET
        else:
            ua = EventUserAgent.from_dict(_ua)

        event_client = cls(
            type_=type_,
            ip=ip,
            ua=ua,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            event_client.additional_properties = extra
        return event_client

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


from ..models.event_client_ip import EventClientIp  # noqa: E402
from ..models.event_user_agent import EventUserAgent  # noqa: E402
