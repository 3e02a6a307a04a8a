from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionContact")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "value",
        "id",
        "unicity",
        "hash",
    }
)


@_attrs_define
class SubscriptionContact:
    """Contact the subscription is bound to. `type` is NP6's discriminator: NP6 answers with a
    `footprint` (the contact's `id`, `unicity` and `hash` together); other kinds name the
    contact by one identifier in `value`.

        Attributes:
            type_ (str): How the contact is identified (e.g. `footprint`).
            value (str | Unset): Identifier of the contact (kinds other than `footprint`).
            id (str | Unset): Identifier of the contact (footprint).
            unicity (str | Unset): Unicity value of the contact (footprint).
            hash_ (str | Unset): Hash of the contact (footprint).
    """

    type_: str
    value: str | Unset = UNSET
    id: str | Unset = UNSET
    unicity: str | Unset = UNSET
    hash_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value = self.value

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
        if value is not UNSET:
            field_dict["value"] = value
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
        type_ = d["type"]

        value = d.get("value", UNSET)

        id = d.get("id", UNSET)

        unicity = d.get("unicity", UNSET)

        hash_ = d.get("hash", UNSET)

        subscription_contact = cls(
            type_=type_,
            value=value,
            id=id,
            unicity=unicity,
            hash_=hash_,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            subscription_contact.additional_properties = extra
        return subscription_contact

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
