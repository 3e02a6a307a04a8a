from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_receiver_footprint_type import EventReceiverFootprintType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventReceiverFootprint")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "unicity",
        "hash",
    }
)


@_attrs_define
class EventReceiverFootprint:
    """The contact named by all its identifiers.

    Attributes:
        type_ (EventReceiverFootprintType):
        id (str | Unset): Contact (target) identifier.
        unicity (str | Unset): Value of the contact's unicity field(s).
        hash_ (str | Unset): Hash of the contact.
    """

    type_: EventReceiverFootprintType
    id: str | Unset = UNSET
    unicity: str | Unset = UNSET
    hash_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        unicity = self.unicity

        hash_ = self.hash_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if unicity is not UNSET:
            field_dict["unicity"] = unicity
        if hash_ is not UNSET:
            field_dict["hash"] = hash_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = EventReceiverFootprintType._decode(d["type"])

        id = d.get("id", UNSET)

        unicity = d.get("unicity", UNSET)

        hash_ = d.get("hash", UNSET)

        event_receiver_footprint = cls(
            type_=type_,
            id=id,
            unicity=unicity,
            hash_=hash_,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            event_receiver_footprint.additional_properties = extra
        return event_receiver_footprint

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
