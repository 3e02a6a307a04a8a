from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SelectListFieldBase")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "isUnicity",
        "isMandatory",
        "isCriterion",
        "constraint",
        "valueListId",
    }
)


@_attrs_define
class SelectListFieldBase:
    """Properties of the fields whose values come from a value list.

    Attributes:
        id (int): Identifier of the field.
        name (str): Name of the field.
        is_unicity (bool | Unset): True when the field is (part of) the unicity key identifying a contact.
        is_mandatory (bool | Unset): True when every contact must have a value.
        is_criterion (bool | Unset): True when the field can be used as a segmentation criterion.
        constraint (FieldConstraint | Unset): A constraint on the values a field accepts.
        value_list_id (int | Unset): Value list holding the allowed values (see the Enumeration operations).
    """

    id: int
    name: str
    is_unicity: bool | Unset = UNSET
    is_mandatory: bool | Unset = UNSET
    is_criterion: bool | Unset = UNSET
    constraint: FieldConstraint | Unset = UNSET
    value_list_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        is_unicity = self.is_unicity

        is_mandatory = self.is_mandatory

        is_criterion = self.is_criterion

        constraint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.constraint, Unset):
            constraint = self.constraint.to_dict()

        value_list_id = self.value_list_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if is_unicity is not UNSET:
            field_dict["isUnicity"] = is_unicity
        if is_mandatory is not UNSET:
            field_dict["isMandatory"] = is_mandatory
        if is_criterion is not UNSET:
            field_dict["isCriterion"] = is_criterion
        if constraint is not UNSET:
            field_dict["constraint"] = constraint
        if value_list_id is not UNSET:
            field_dict["valueListId"] = value_list_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        is_unicity = d.get("isUnicity", UNSET)

        is_mandatory = d.get("isMandatory", UNSET)

        is_criterion = d.get("isCriterion", UNSET)

        _constraint = d.get("constraint", UNSET)
        constraint: FieldConstraint | Unset
        if isinstance(_constraint, Unset):
            constraint = UNSET
        else:
            constraint = FieldConstraint.from_dict(_constraint)

        value_list_id = d.get("valueListId", UNSET)

        select_list_field_base = cls(
            id=id,
            name=name,
            is_unicity=is_unicity,
            is_mandatory=is_mandatory,
            is_criterion=is_criterion,
            constraint=constraint,
            value_list_id=value_list_id,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            select_list_field_base.additional_properties = extra
        return select_list_field_base

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
