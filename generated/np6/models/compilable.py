from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Compilable")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "description",
        "state",
        "stamp",
        "value",
    }
)


@_attrs_define
class Compilable:
    """A compilable (a scriptable data transformation compiled by NP6).

    Attributes:
        id (UUID | Unset): Identifier of the compilable.
        name (str | Unset):
        description (None | str | Unset):
        state (None | str | Unset):
        stamp (StampInformations | Unset): Creation and last modification dates of a resource.
        value (CompilableValue | Unset): The scriptable value describing a compilable (its kinds are not documented).
    """

    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    stamp: StampInformations | Unset = UNSET
    value: CompilableValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = self.stamp.to_dict()

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if state is not UNSET:
            field_dict["state"] = state
        if stamp is not UNSET:
            field_dict["stamp"] = stamp
        if value is not UNSET:
            field_dict["value"] = value

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

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        state = d.get("state", UNSET)

        _stamp = d.get("stamp", UNSET)
        stamp: StampInformations | Unset
        if isinstance(_stamp, Unset):
            stamp = UNSET
        else:
            stamp = StampInformations.from_dict(_stamp)

        _value = d.get("value", UNSET)
        value: CompilableValue | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = CompilableValue.from_dict(_value)

        compilable = cls(
            id=id,
            name=name,
            description=description,
            state=state,
            stamp=stamp,
            value=value,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            compilable.additional_properties = extra
        return compilable

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


from ..models.compilable_value import CompilableValue  # noqa: E402
from ..models.stamp_informations import StampInformations  # noqa: E402
