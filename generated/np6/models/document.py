from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Document")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset({})


@_attrs_define
class Document:
    """Values of a contact to write, keyed by field *name* at the top level, e.g.
    `{"Email": "alice@example.com"}` (NP6 calls this shape `Document`). The unicity field(s)
    must be present: a body such as `{"fields": {"728": "..."}}` is refused with 400 ("target
    cannot be identified - unicity is null"). Multiple select values are arrays of strings.

    """

    additional_properties: dict[str, float | list[str] | str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = prop

            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        document = cls()

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            additional_properties = {}
            for prop_name, prop_dict in extra.items():

                def _parse_additional_property(data: object) -> float | list[str] | str:
                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        componentsschemas_target_field_value_type_2 = cast(list[str], data)

                        return componentsschemas_target_field_value_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(float | list[str] | str, data)

                additional_property = _parse_additional_property(prop_dict)

                additional_properties[prop_name] = additional_property

            document.additional_properties = additional_properties
        return document

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> float | list[str] | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: float | list[str] | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
