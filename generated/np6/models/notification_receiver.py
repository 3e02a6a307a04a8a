from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationReceiver")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "unicity",
        "hash",
    }
)


@_attrs_define
class NotificationReceiver:
    """The contact a notification is rendered for.

    Attributes:
        id (None | str | Unset): Target id.
        unicity (None | str | Unset): Unicity value.
        hash_ (None | str | Unset): Hash of the contact.
    """

    id: None | str | Unset = UNSET
    unicity: None | str | Unset = UNSET
    hash_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        unicity: None | str | Unset
        if isinstance(self.unicity, Unset):
            unicity = UNSET
        else:
            unicity = self.unicity

        hash_: None | str | Unset
        if isinstance(self.hash_, Unset):
            hash_ = UNSET
        else:
            hash_ = self.hash_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        id = d.get("id", UNSET)

        unicity = d.get("unicity", UNSET)

        hash_ = d.get("hash", UNSET)

        notification_receiver = cls(
            id=id,
            unicity=unicity,
            hash_=hash_,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            notification_receiver.additional_properties = extra
        return notification_receiver

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
