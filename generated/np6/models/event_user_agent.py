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
        "type",
        "ua",
        "client",
        "os",
        "device",
    }
)


@_attrs_define
class EventUserAgent:
    """The client's user agent, raw and parsed. Shape and types from the two hit samples the 8.1.0
    reference shows in full (mirror and form hits of an action).

        Attributes:
            type_ (str | Unset): Form of the user agent; `parsed` (raw header plus its parsed parts) in both documented
                samples. Other values are not documented.
            ua (str | Unset): The raw User-Agent header.
            client (EventUserAgentClient | Unset): The browser or mail client parsed from the user agent.
            os (EventUserAgentOs | Unset): The operating system parsed from the user agent.
            device (EventUserAgentDevice | Unset): The device parsed from the user agent.
    """

    type_: str | Unset = UNSET
    ua: str | Unset = UNSET
    client: EventUserAgentClient | Unset = UNSET
    os: EventUserAgentOs | Unset = UNSET
    device: EventUserAgentDevice | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        ua = self.ua

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        os: dict[str, Any] | Unset = UNSET
        if not isinstance(self.os, Unset):
            os = self.os.to_dict()

        device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device, Unset):
            device = self.device.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
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
        type_ = d.get("type", UNSET)

        ua = d.get("ua", UNSET)

        _client = d.get("client", UNSET)
        client: EventUserAgentClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = EventUserAgentClient.from_dict(_client)

        _os = d.get("os", UNSET)
        os: EventUserAgentOs | Unset
        if isinstance(_os, Unset):
            os = UNSET
        else:
            os = EventUserAgentOs.from_dict(_os)

        _device = d.get("device", UNSET)
        device: EventUserAgentDevice | Unset
        if isinstance(_device, Unset):
            device = UNSET
        else:
            device = EventUserAgentDevice.from_dict(_device)

        event_user_agent = cls(
            type_=type_,
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


from ..models.event_user_agent_client import EventUserAgentClient  # noqa: E402
from ..models.event_user_agent_device import EventUserAgentDevice  # noqa: E402
from ..models.event_user_agent_os import EventUserAgentOs  # noqa: E402
