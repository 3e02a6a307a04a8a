from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.field_type import FieldType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldInput")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "name",
        "isUnicity",
        "isMandatory",
        "id",
        "constraint",
        "valueListId",
    }
)


@_attrs_define
class FieldInput:
    """Data to create or update a field. `valueListId` applies to the two select list kinds
    only. NP6 answers 409 when another field already has the name.

        Attributes:
            type_ (FieldType): Kind of field (the discriminator of NP6's field objects).
            name (str): Name of the field.
            is_unicity (bool): True to make the field part of the unicity key.
            is_mandatory (bool): True to require a value for every contact.
            id (int | Unset): Identifier of the field (listed second in the 8.1.0 create body; NP6 sets it on creation).
            constraint (FieldConstraint | Unset): A constraint on the values a field accepts.
            value_list_id (int | Unset): Value list of a single or multiple select field.
    """

    type_: FieldType
    name: str
    is_unicity: bool
    is_mandatory: bool
    id: int | Unset = UNSET
    constraint: FieldConstraint | Unset = UNSET
    value_list_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        name = self.name

        is_unicity = self.is_unicity

        is_mandatory = self.is_mandatory

        id = self.id

        constraint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.constraint, Unset):
            constraint = self.constraint.to_dict()

        value_list_id = self.value_list_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "isUnicity": is_unicity,
                "isMandatory": is_mandatory,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if constraint is not UNSET:
            field_dict["constraint"] = constraint
        if value_list_id is not UNSET:
            field_dict["valueListId"] = value_list_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = FieldType._decode(d["type"])

        name = d["name"]

        is_unicity = d["isUnicity"]

        is_mandatory = d["isMandatory"]

        id = d.get("id", UNSET)

        _constraint = d.get("constraint", UNSET)
        constraint: FieldConstraint | Unset
        if isinstance(_constraint, Unset):
            constraint = UNSET
        else:
            constraint = FieldConstraint.from_dict(_constraint)

        value_list_id = d.get("valueListId", UNSET)

        field_input = cls(
            type_=type_,
            name=name,
            is_unicity=is_unicity,
            is_mandatory=is_mandatory,
            id=id,
            constraint=constraint,
            value_list_id=value_list_id,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            field_input.additional_properties = extra
        return field_input

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


from ..models.field_constraint import FieldConstraint  # noqa: E402
