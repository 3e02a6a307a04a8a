from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.static_segment_type import StaticSegmentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StaticSegment")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "type",
        "description",
        "creation",
        "expiration",
        "isTest",
        "targetsCount",
    }
)


@_attrs_define
class StaticSegment:
    """A segment holding an explicit list of contacts (filled by API calls or imports).

    Attributes:
        id (int): Identifier of the segment.
        name (str): Name of the segment.
        type_ (StaticSegmentType):
        description (str | Unset): Free text describing the segment (the reference does not mark it nullable).
        creation (datetime.datetime | None | Unset): When the segment was created.
        expiration (datetime.datetime | None | Unset): When the segment expires.
        is_test (bool | None | Unset): True when the segment may be used as a test segment in the test phase of an
            action validation.
        targets_count (int | None | Unset): Estimated number of contacts in the segment.
    """

    id: int
    name: str
    type_: StaticSegmentType
    description: str | Unset = UNSET
    creation: datetime.datetime | None | Unset = UNSET
    expiration: datetime.datetime | None | Unset = UNSET
    is_test: bool | None | Unset = UNSET
    targets_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_.value

        description = self.description

        creation: None | str | Unset
        if isinstance(self.creation, Unset):
            creation = UNSET
        elif isinstance(self.creation, datetime.datetime):
            creation = self.creation.isoformat()
        else:
            creation = self.creation

        expiration: None | str | Unset
        if isinstance(self.expiration, Unset):
            expiration = UNSET
        elif isinstance(self.expiration, datetime.datetime):
            expiration = self.expiration.isoformat()
        else:
            expiration = self.expiration

        is_test: bool | None | Unset
        if isinstance(self.is_test, Unset):
            is_test = UNSET
        else:
            is_test = self.is_test

        targets_count: int | None | Unset
        if isinstance(self.targets_count, Unset):
            targets_count = UNSET
        else:
            targets_count = self.targets_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if creation is not UNSET:
            field_dict["creation"] = creation
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if is_test is not UNSET:
            field_dict["isTest"] = is_test
        if targets_count is not UNSET:
            field_dict["targetsCount"] = targets_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        type_ = StaticSegmentType._decode(d["type"])

        description = d.get("description", UNSET)

        _creation = d.get("creation", UNSET)
        creation: datetime.datetime | None | Unset
        if _creation is None or isinstance(_creation, Unset):
            creation = _creation
        else:
            creation_type_0 = datetime.datetime.fromisoformat(_creation)

            creation = creation_type_0

        _expiration = d.get("expiration", UNSET)
        expiration: datetime.datetime | None | Unset
        if _expiration is None or isinstance(_expiration, Unset):
            expiration = _expiration
        else:
            expiration_type_0 = datetime.datetime.fromisoformat(_expiration)

            expiration = expiration_type_0

        is_test = d.get("isTest", UNSET)

        targets_count = d.get("targetsCount", UNSET)

        static_segment = cls(
            id=id,
            name=name,
            type_=type_,
            description=description,
            creation=creation,
            expiration=expiration,
            is_test=is_test,
            targets_count=targets_count,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            static_segment.additional_properties = extra
        return static_segment

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
