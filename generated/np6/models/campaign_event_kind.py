from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignEventKind")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "subtypes",
    }
)


@_attrs_define
class CampaignEventKind:
    """An event type, optionally narrowed to some subtypes.

    Attributes:
        type_ (str | Unset): Event type, e.g. `hit`.
        subtypes (list[str] | Unset): Subtypes of the event type, e.g. for hits `open`, `form`, `unsubscribe`,
            `redirection`, `mirror`.
    """

    type_: str | Unset = UNSET
    subtypes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        subtypes: list[str] | Unset = UNSET
        if not isinstance(self.subtypes, Unset):
            subtypes = self.subtypes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if subtypes is not UNSET:
            field_dict["subtypes"] = subtypes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d.get("type", UNSET)

        subtypes = cast(list[str], d.get("subtypes", UNSET))

        campaign_event_kind = cls(
            type_=type_,
            subtypes=subtypes,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            campaign_event_kind.additional_properties = extra
        return campaign_event_kind

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
