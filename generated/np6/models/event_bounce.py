from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventBounce")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "status",
        "analysis",
    }
)


@_attrs_define
class EventBounce:
    """A delivery failure and NP6's analysis of it.

    Attributes:
        status (EventBounceStatus | Unset): The status reported by the receiving side.
        analysis (EventBounceAnalysis | Unset): NP6's classification of the bounce.
    """

    status: EventBounceStatus | Unset = UNSET
    analysis: EventBounceAnalysis | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        analysis: dict[str, Any] | Unset = UNSET
        if not isinstance(self.analysis, Unset):
            analysis = self.analysis.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if analysis is not UNSET:
            field_dict["analysis"] = analysis

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _status = d.get("status", UNSET)
        status: EventBounceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = EventBounceStatus.from_dict(_status)

        _analysis = d.get("analysis", UNSET)
        analysis: EventBounceAnalysis | Unset
        if isinstance(_analysis, Unset):
            analysis = UNSET
        else:
            analysis = EventBounceAnalysis.from_dict(_analysis)

        event_bounce = cls(
            status=status,
            analysis=analysis,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            event_bounce.additional_properties = extra
        return event_bounce

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


from ..models.event_bounce_analysis import EventBounceAnalysis  # noqa: E402
from ..models.event_bounce_status import EventBounceStatus  # noqa: E402
