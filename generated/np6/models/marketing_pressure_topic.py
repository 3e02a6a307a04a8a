from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketingPressureTopic")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "label",
        "description",
        "stamp",
        "createdBy",
        "modifiedBy",
    }
)


@_attrs_define
class MarketingPressureTopic:
    """A marketing pressure topic.

    Attributes:
        id (UUID | Unset):
        label (str | Unset): Name of the topic.
        description (None | str | Unset):
        stamp (StampInformations | Unset): Creation and last modification dates of a resource.
        created_by (None | str | Unset): Identity that created the topic.
        modified_by (None | str | Unset): Identity that last modified the topic.
    """

    id: UUID | Unset = UNSET
    label: str | Unset = UNSET
    description: None | str | Unset = UNSET
    stamp: StampInformations | Unset = UNSET
    created_by: None | str | Unset = UNSET
    modified_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        label = self.label

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = self.stamp.to_dict()

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        modified_by: None | str | Unset
        if isinstance(self.modified_by, Unset):
            modified_by = UNSET
        else:
            modified_by = self.modified_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if stamp is not UNSET:
            field_dict["stamp"] = stamp
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if modified_by is not UNSET:
            field_dict["modifiedBy"] = modified_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _id = d.get("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        label = d.get("label", UNSET)

        description = d.get("description", UNSET)

        _stamp = d.get("stamp", UNSET)
        stamp: StampInformations | Unset
        if isinstance(_stamp, Unset):
            stamp = UNSET
        else:
            stamp = StampInformations.from_dict(_stamp)

        created_by = d.get("createdBy", UNSET)

        modified_by = d.get("modifiedBy", UNSET)

        marketing_pressure_topic = cls(
            id=id,
            label=label,
            description=description,
            stamp=stamp,
            created_by=created_by,
            modified_by=modified_by,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            marketing_pressure_topic.additional_properties = extra
        return marketing_pressure_topic

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


from ..models.stamp_informations import StampInformations  # noqa: E402
