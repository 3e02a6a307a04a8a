from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.field_type import FieldType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_constraint import FieldConstraint


T = TypeVar("T", bound="Field")


@_attrs_define
class Field:
    """A field (column) of the contact database.

    Attributes:
        type_ (FieldType): Kind of field (the discriminator of NP6's field objects).
        id (int): Identifier of the field.
        name (str): Name of the field.
        is_unicity (bool | Unset): True when the field is (part of) the unicity key identifying a contact.
        is_mandatory (bool | Unset): True when every contact must have a value.
        is_criterion (bool | Unset): True when the field can be used as a segmentation criterion.
        constraint (FieldConstraint | Unset): A constraint on the values a field accepts.
        value_list_id (int | Unset): Value list of a single or multiple select field.
    """

    type_: FieldType
    id: int
    name: str
    is_unicity: bool | Unset = UNSET
    is_mandatory: bool | Unset = UNSET
    is_criterion: bool | Unset = UNSET
    constraint: FieldConstraint | Unset = UNSET
    value_list_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

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
                "type": type_,
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
        from ..models.field_constraint import FieldConstraint  # noqa: PLC0415

        d = dict(src_dict)
        type_ = FieldType(d.pop("type"))

        id = d.pop("id")

        name = d.pop("name")

        is_unicity = d.pop("isUnicity", UNSET)

        is_mandatory = d.pop("isMandatory", UNSET)

        is_criterion = d.pop("isCriterion", UNSET)

        _constraint = d.pop("constraint", UNSET)
        constraint: FieldConstraint | Unset
        if isinstance(_constraint, Unset):
            constraint = UNSET
        else:
            constraint = FieldConstraint.from_dict(_constraint)

        value_list_id = d.pop("valueListId", UNSET)

        field = cls(
            type_=type_,
            id=id,
            name=name,
            is_unicity=is_unicity,
            is_mandatory=is_mandatory,
            is_criterion=is_criterion,
            constraint=constraint,
            value_list_id=value_list_id,
        )

        field.additional_properties = d
        return field

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
