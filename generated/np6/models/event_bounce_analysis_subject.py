from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventBounceAnalysisSubject")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "detail",
    }
)


@_attrs_define
class EventBounceAnalysisSubject:
    """What the failure is about.

    Attributes:
        type_ (str | Unset): e.g. `address`, `other or undefined status`.
        detail (EventBounceAnalysisSubjectDetail | Unset): Finer classification.
    """

    type_: str | Unset = UNSET
    detail: EventBounceAnalysisSubjectDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d.get("type", UNSET)

        _detail = d.get("detail", UNSET)
        detail: EventBounceAnalysisSubjectDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = EventBounceAnalysisSubjectDetail.from_dict(_detail)

        event_bounce_analysis_subject = cls(
            type_=type_,
            detail=detail,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            event_bounce_analysis_subject.additional_properties = extra
        return event_bounce_analysis_subject

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


from ..models.event_bounce_analysis_subject_detail import EventBounceAnalysisSubjectDetail  # noqa: E402
