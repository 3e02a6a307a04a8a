from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_bounce_analysis_verdict import EventBounceAnalysisVerdict
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventBounceAnalysis")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "verdict",
        "subject",
    }
)


@_attrs_define
class EventBounceAnalysis:
    """NP6's classification of the bounce.

    Attributes:
        verdict (EventBounceAnalysisVerdict | Unset): `hard`: permanent failure (the address is unusable); `soft`:
            temporary failure.
        subject (EventBounceAnalysisSubject | Unset): What the failure is about.
    """

    verdict: EventBounceAnalysisVerdict | Unset = UNSET
    subject: EventBounceAnalysisSubject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        verdict: str | Unset = UNSET
        if not isinstance(self.verdict, Unset):
            verdict = self.verdict.value

        subject: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subject, Unset):
            subject = self.subject.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if verdict is not UNSET:
            field_dict["verdict"] = verdict
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _verdict = d.get("verdict", UNSET)
        verdict: EventBounceAnalysisVerdict | Unset
        if isinstance(_verdict, Unset):
            verdict = UNSET
        else:
            verdict = EventBounceAnalysisVerdict._decode(_verdict)

        _subject = d.get("subject", UNSET)
        subject: EventBounceAnalysisSubject | Unset
        if isinstance(_subject, Unset):
            subject = UNSET
        else:
            subject = EventBounceAnalysisSubject.from_dict(_subject)

        event_bounce_analysis = cls(
            verdict=verdict,
            subject=subject,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            event_bounce_analysis.additional_properties = extra
        return event_bounce_analysis

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


from ..models.event_bounce_analysis_subject import EventBounceAnalysisSubject  # noqa: E402
