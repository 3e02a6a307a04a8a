from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotifiableApplicationStampType0")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "creation",
        "modification",
    }
)


@_attrs_define
class NotifiableApplicationStampType0:
    """Creation and last modification dates (null when creating).

    Attributes:
        creation (datetime.datetime | None | Unset):
        modification (datetime.datetime | None | Unset):
    """

    creation: datetime.datetime | None | Unset = UNSET
    modification: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creation: None | str | Unset
        if isinstance(self.creation, Unset):
            creation = UNSET
        elif isinstance(self.creation, datetime.datetime):
            creation = self.creation.isoformat()
        else:
            creation = self.creation

        modification: None | str | Unset
        if isinstance(self.modification, Unset):
            modification = UNSET
        elif isinstance(self.modification, datetime.datetime):
            modification = self.modification.isoformat()
        else:
            modification = self.modification

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if creation is not UNSET:
            field_dict["creation"] = creation
        if modification is not UNSET:
            field_dict["modification"] = modification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _creation = d.get("creation", UNSET)
        creation: datetime.datetime | None | Unset
        if _creation is None or isinstance(_creation, Unset):
            creation = _creation
        else:
            creation_type_0 = datetime.datetime.fromisoformat(_creation)

            creation = creation_type_0

        _modification = d.get("modification", UNSET)
        modification: datetime.datetime | None | Unset
        if _modification is None or isinstance(_modification, Unset):
            modification = _modification
        else:
            modification_type_0 = datetime.datetime.fromisoformat(_modification)

            modification = modification_type_0

        notifiable_application_stamp_type_0 = cls(
            creation=creation,
            modification=modification,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            notifiable_application_stamp_type_0.additional_properties = extra
        return notifiable_application_stamp_type_0

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
