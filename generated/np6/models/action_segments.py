from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionSegments")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "selected",
        "excluded",
    }
)


@_attrs_define
class ActionSegments:
    """Segments a campaign is sent to.

    Attributes:
        selected (list[int] | Unset): Identifiers of the segments to send to.
        excluded (list[int] | Unset): Identifiers of the segments whose contacts are excluded.
    """

    selected: list[int] | Unset = UNSET
    excluded: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        selected: list[int] | Unset = UNSET
        if not isinstance(self.selected, Unset):
            selected = self.selected

        excluded: list[int] | Unset = UNSET
        if not isinstance(self.excluded, Unset):
            excluded = self.excluded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if selected is not UNSET:
            field_dict["selected"] = selected
        if excluded is not UNSET:
            field_dict["excluded"] = excluded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        selected = cast(list[int], d.get("selected", UNSET))

        excluded = cast(list[int], d.get("excluded", UNSET))

        action_segments = cls(
            selected=selected,
            excluded=excluded,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            action_segments.additional_properties = extra
        return action_segments

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
