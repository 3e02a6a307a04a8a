from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.firebase_provider_type import FirebaseProviderType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FirebaseProvider")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "key",
        "sender",
    }
)


@_attrs_define
class FirebaseProvider:
    """Delivers through Firebase Cloud Messaging.

    Attributes:
        type_ (FirebaseProviderType):
        key (str | Unset): Firebase key.
        sender (str | Unset): Sender identifier.
    """

    type_: FirebaseProviderType
    key: str | Unset = UNSET
    sender: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        key = self.key

        sender = self.sender

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key
        if sender is not UNSET:
            field_dict["sender"] = sender

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = FirebaseProviderType._decode(d["type"])

        key = d.get("key", UNSET)

        sender = d.get("sender", UNSET)

        firebase_provider = cls(
            type_=type_,
            key=key,
            sender=sender,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            firebase_provider.additional_properties = extra
        return firebase_provider

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
