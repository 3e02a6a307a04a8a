from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.segment_type import SegmentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Segment")


@_attrs_define
class Segment:
    """A segment of contacts as NP6 returns it.

    Attributes:
        type_ (SegmentType): Kind of segment. Static segments hold an explicit list of contacts; dynamic ones are
            computed (and may have a parent).
        id (int): Identifier of the segment.
        name (str): Name of the segment.
        description (None | str | Unset): Free text describing the segment.
        creation (datetime.datetime | None | Unset): When the segment was created.
        expiration (datetime.datetime | None | Unset): When the segment expires.
        is_test (bool | None | Unset): True when the segment may be used as a test segment in the test phase of an
            action validation.
        targets_count (int | None | Unset): Estimated number of contacts in the segment.
        parent_id (int | None | Unset): Identifier of the parent segment (dynamic segments only).
        search_id (int | None | Unset): Identifier of the search behind a dynamic segment.
    """

    type_: SegmentType
    id: int
    name: str
    description: None | str | Unset = UNSET
    creation: datetime.datetime | None | Unset = UNSET
    expiration: datetime.datetime | None | Unset = UNSET
    is_test: bool | None | Unset = UNSET
    targets_count: int | None | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    search_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
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
                "id": id,
                "name": name,
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
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if search_id is not UNSET:
            field_dict["searchId"] = search_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = SegmentType(d.pop("type"))

        id = d.pop("id")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_creation(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                creation_type_0 = datetime.datetime.fromisoformat(data)

                return creation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        creation = _parse_creation(d.pop("creation", UNSET))

        def _parse_expiration(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiration_type_0 = datetime.datetime.fromisoformat(data)

                return expiration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expiration = _parse_expiration(d.pop("expiration", UNSET))

        def _parse_is_test(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_test = _parse_is_test(d.pop("isTest", UNSET))

        def _parse_targets_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        targets_count = _parse_targets_count(d.pop("targetsCount", UNSET))

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        def _parse_search_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        search_id = _parse_search_id(d.pop("searchId", UNSET))

        segment = cls(
            type_=type_,
            id=id,
            name=name,
            description=description,
            creation=creation,
            expiration=expiration,
            is_test=is_test,
            targets_count=targets_count,
            parent_id=parent_id,
            search_id=search_id,
        )

        segment.additional_properties = d
        return segment

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
