from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.segment_type import SegmentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SegmentInput")


@_attrs_define
class SegmentInput:
    """Data to create or update a segment (NP6 ignores read-only values such as the creation date).

    Attributes:
        type_ (SegmentType): Kind of segment. Static segments hold an explicit list of contacts; dynamic ones are
            computed (and may have a parent).
        name (str): Name of the segment.
        id (int | Unset): Identifier of the segment (updates only; ignored on creation).
        description (None | str | Unset): Free text describing the segment.
        expiration (datetime.datetime | None | Unset): When the segment expires.
        is_test (bool | None | Unset): True to make the segment usable as a test segment.
        parent_id (int | None | Unset): Parent segment of a dynamic segment (null for none).
    """

    type_: SegmentType
    name: str
    id: int | Unset = UNSET
    description: None | str | Unset = UNSET
    expiration: datetime.datetime | None | Unset = UNSET
    is_test: bool | None | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        name = self.name

        id = self.id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

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
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if is_test is not UNSET:
            field_dict["isTest"] = is_test
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = SegmentType(d.pop("type"))

        name = d.pop("name")

        id = d.pop("id", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

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

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        segment_input = cls(
            type_=type_,
            name=name,
            id=id,
            description=description,
            expiration=expiration,
            is_test=is_test,
            parent_id=parent_id,
        )

        segment_input.additional_properties = d
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
