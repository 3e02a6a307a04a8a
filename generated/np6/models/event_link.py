from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_link_type import EventLinkType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventLink")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "label",
        "source",
        "value",
    }
)


@_attrs_define
class EventLink:
    """The tracked element a hit event is about. Structure and types from the two hit samples the
    8.1.0 reference shows in full (mirror and form hits of an action) and the field report.

        Attributes:
            type_ (EventLinkType | Unset): Kind of tracked element: `open` (tracking pixel), `redirection` (a tracked link),
                `unsubscribe`, `mirror` (online version of the message) or `form` (an NP6 form).
            label (str | Unset): Label given to the link in the message (its `dataminingname` attribute).
            source (str | Unset): Part of the message the tracked element was in, e.g. `html` (both documented hit samples).
            value (str | Unset): Identifier of the tracked element's target where it has one, e.g. the NP6 form id
                (`0000F1`) on a form hit; absent from the documented mirror hit.
    """

    type_: EventLinkType | Unset = UNSET
    label: str | Unset = UNSET
    source: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        label = self.label

        source = self.source

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if label is not UNSET:
            field_dict["label"] = label
        if source is not UNSET:
            field_dict["source"] = source
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _type_ = d.get("type", UNSET)
        type_: EventLinkType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = EventLinkType._decode(_type_)

        label = d.get("label", UNSET)

        source = d.get("source", UNSET)

        value = d.get("value", UNSET)

        event_link = cls(
            type_=type_,
            label=label,
            source=source,
            value=value,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            event_link.additional_properties = extra
        return event_link

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
