from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompilableExecutionResult")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "arguments",
        "value",
    }
)


@_attrs_define
class CompilableExecutionResult:
    """Result of a compilable execution; `type` is "success" in NP6's example.

    Attributes:
        type_ (str):
        arguments (CompilableExecutionResultArgumentsType0 | None | Unset): The arguments the compilable ran with.
        value (Any | Unset): The result (any JSON value).
    """

    type_: str
    arguments: CompilableExecutionResultArgumentsType0 | None | Unset = UNSET
    value: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        arguments: dict[str, Any] | None | Unset
        if isinstance(self.arguments, Unset):
            arguments = UNSET
        elif isinstance(self.arguments, CompilableExecutionResultArgumentsType0):
            arguments = self.arguments.to_dict()
        else:
            arguments = self.arguments

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d["type"]

        _arguments = d.get("arguments", UNSET)
        arguments: CompilableExecutionResultArgumentsType0 | None | Unset
        if _arguments is None or isinstance(_arguments, Unset):
            arguments = _arguments
        else:
            arguments_type_0 = CompilableExecutionResultArgumentsType0.from_dict(_arguments)

            arguments = arguments_type_0

        value = d.get("value", UNSET)

        compilable_execution_result = cls(
            type_=type_,
            arguments=arguments,
            value=value,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            compilable_execution_result.additional_properties = extra
        return compilable_execution_result

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


from ..models.compilable_execution_result_arguments_type_0 import CompilableExecutionResultArgumentsType0  # noqa: E402
