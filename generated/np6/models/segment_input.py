from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.segment_type import SegmentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SegmentInput")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "name",
        "id",
        "description",
        "creation",
        "expiration",
        "isTest",
        "targetsCount",
        "parentId",
        "searchId",
    }
)


@_attrs_define
class SegmentInput:
    """Data to create or update a segment. The update page lists the whole segment model as its
    body; NP6 sets the read-only values (creation date, contact count) itself.

        Attributes:
            type_ (SegmentType): Kind of segment. Static segments hold an explicit list of contacts; dynamic ones are
                computed (and may have a parent).
            name (str): Name of the segment.
            id (int | Unset): Identifier of the segment (updates only; ignored on creation).
            description (str | Unset): Free text describing the segment.
            creation (datetime.datetime | None | Unset): Creation date (read-only; listed in the body model by the update
                page).
            expiration (datetime.datetime | None | Unset): When the segment expires.
            is_test (bool | None | Unset): True to make the segment usable as a test segment.
            targets_count (int | None | Unset): Estimated number of contacts (read-only; listed in the body model by the
                update page).
            parent_id (int | None | Unset): Parent segment of a dynamic segment (null for none).
            search_id (int | None | Unset): Search behind a dynamic segment.
    """

    type_: SegmentType
    name: str
    id: int | Unset = UNSET
    description: str | Unset = UNSET
    creation: datetime.datetime | None | Unset = UNSET
    expiration: datetime.datetime | None | Unset = UNSET
    is_test: bool | None | Unset = UNSET
    targets_count: int | None | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    search_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        name = self.name

        id = self.id

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

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        search_id: int | None | Unset
        if isinstance(self.search_id, Unset):
            search_id = UNSET
        else:
            search_id = self.search_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
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
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if search_id is not UNSET:
            field_dict["searchId"] = search_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = SegmentType._decode(d["type"])

        name = d["name"]

        id = d.get("id", UNSET)

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

        parent_id = d.get("parentId", UNSET)

        search_id = d.get("searchId", UNSET)

        segment_input = cls(
            type_=type_,
            name=name,
            id=id,
            description=description,
            creation=creation,
            expiration=expiration,
            is_test=is_test,
            targets_count=targets_count,
            parent_id=parent_id,
            search_id=search_id,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            segment_input.additional_properties = extra
        return segment_input

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
