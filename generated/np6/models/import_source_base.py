from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportSourceBase")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "creationDate",
        "updateDate",
    }
)


@_attrs_define
class ImportSourceBase:
    """Properties of every kind of import source (the `type` discriminator is on each kind).

    Attributes:
        id (int | None | Unset): Identifier of the source.
        creation_date (datetime.datetime | Unset): When the source was created.
        update_date (datetime.datetime | None | Unset): When the source was last updated (for a file source, the
            upload).
    """

    id: int | None | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    update_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        creation_date: str | Unset = UNSET
        if not isinstance(self.creation_date, Unset):
            creation_date = self.creation_date.isoformat()

        update_date: None | str | Unset
        if isinstance(self.update_date, Unset):
            update_date = UNSET
        elif isinstance(self.update_date, datetime.datetime):
            update_date = self.update_date.isoformat()
        else:
            update_date = self.update_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if update_date is not UNSET:
            field_dict["updateDate"] = update_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d.get("id", UNSET)

        _creation_date = d.get("creationDate", UNSET)
        creation_date: datetime.datetime | Unset
        if isinstance(_creation_date, Unset):
            creation_date = UNSET
        else:
            creation_date = datetime.datetime.fromisoformat(_creation_date)

        _update_date = d.get("updateDate", UNSET)
        update_date: datetime.datetime | None | Unset
        if _update_date is None or isinstance(_update_date, Unset):
            update_date = _update_date
        else:
            update_date_type_0 = datetime.datetime.fromisoformat(_update_date)

            update_date = update_date_type_0

        import_source_base = cls(
            id=id,
            creation_date=creation_date,
            update_date=update_date,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            import_source_base.additional_properties = extra
        return import_source_base

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
