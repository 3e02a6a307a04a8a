from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Target")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "hash",
        "creationDate",
        "lastUpdateDate",
        "fields",
    }
)


@_attrs_define
class Target:
    """A contact as NP6 returns it. `fields` holds its values keyed by field *id* (as strings,
    e.g. `"8103"`); `GET /fields` gives the id of each field name. This is not the shape
    `POST /targets` accepts (see `Document`).

        Attributes:
            id (str): Identifier of the contact (8 characters, e.g. `000MLGPR`).
            hash_ (str | Unset): Hash of the contact, usable to look it up instead of its id.
            creation_date (datetime.datetime | Unset): When the contact was created.
            last_update_date (datetime.datetime | Unset): When the contact was last updated.
            fields (TargetFields | Unset): Values of the contact keyed by field id.
    """

    id: str
    hash_: str | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    last_update_date: datetime.datetime | Unset = UNSET
    fields: TargetFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        hash_ = self.hash_

        creation_date: str | Unset = UNSET
        if not isinstance(self.creation_date, Unset):
            creation_date = self.creation_date.isoformat()

        last_update_date: str | Unset = UNSET
        if not isinstance(self.last_update_date, Unset):
            last_update_date = self.last_update_date.isoformat()

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if last_update_date is not UNSET:
            field_dict["lastUpdateDate"] = last_update_date
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        hash_ = d.get("hash", UNSET)

        _creation_date = d.get("creationDate", UNSET)
        creation_date: datetime.datetime | Unset
        if isinstance(_creation_date, Unset):
            creation_date = UNSET
        else:
            creation_date = datetime.datetime.fromisoformat(_creation_date)

        _last_update_date = d.get("lastUpdateDate", UNSET)
        last_update_date: datetime.datetime | Unset
        if isinstance(_last_update_date, Unset):
            last_update_date = UNSET
        else:
            last_update_date = datetime.datetime.fromisoformat(_last_update_date)

        _fields = d.get("fields", UNSET)
        fields: TargetFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = TargetFields.from_dict(_fields)

        target = cls(
            id=id,
            hash_=hash_,
            creation_date=creation_date,
            last_update_date=last_update_date,
            fields=fields,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            target.additional_properties = extra
        return target

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


from ..models.target_fields import TargetFields  # noqa: E402
