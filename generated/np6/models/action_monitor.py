from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionMonitor")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "lastSent",
    }
)


@_attrs_define
class ActionMonitor:
    """Sending activity of a campaign action.

    Attributes:
        last_sent (ActionMonitorLastSent | Unset):
    """

    last_sent: ActionMonitorLastSent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_sent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_sent, Unset):
            last_sent = self.last_sent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_sent is not UNSET:
            field_dict["lastSent"] = last_sent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _last_sent = d.get("lastSent", UNSET)
        last_sent: ActionMonitorLastSent | Unset
        if isinstance(_last_sent, Unset):
            last_sent = UNSET
        else:
            last_sent = ActionMonitorLastSent.from_dict(_last_sent)

        action_monitor = cls(
            last_sent=last_sent,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            action_monitor.additional_properties = extra
        return action_monitor

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


from ..models.action_monitor_last_sent import ActionMonitorLastSent  # noqa: E402
