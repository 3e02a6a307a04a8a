from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompilableValue")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "source",
        "cursors",
        "parameters",
        "preview",
    }
)


@_attrs_define
class CompilableValue:
    """The scriptable value describing a compilable (its kinds are not documented).

    Attributes:
        type_ (str | Unset):
        source (CompilableValueSourceType0 | None | Unset): Underlying data source.
        cursors (list[CompilableValueCursorsType0Item] | None | Unset): Transformation cursors.
        parameters (list[CompilableValueParametersType0Item] | None | Unset): Expected parameters.
        preview (CompilableValuePreviewType0 | None | Unset): Arguments used to preview the compilable.
    """

    type_: str | Unset = UNSET
    source: CompilableValueSourceType0 | None | Unset = UNSET
    cursors: list[CompilableValueCursorsType0Item] | None | Unset = UNSET
    parameters: list[CompilableValueParametersType0Item] | None | Unset = UNSET
    preview: CompilableValuePreviewType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        source: dict[str, Any] | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, CompilableValueSourceType0):
            source = self.source.to_dict()
        else:
            source = self.source

        cursors: list[dict[str, Any]] | None | Unset
        if isinstance(self.cursors, Unset):
            cursors = UNSET
        elif isinstance(self.cursors, list):
            cursors = []
            for cursors_type_0_item_data in self.cursors:
                cursors_type_0_item = cursors_type_0_item_data.to_dict()
                cursors.append(cursors_type_0_item)

        else:
            cursors = self.cursors

        parameters: list[dict[str, Any]] | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, list):
            parameters = []
            for parameters_type_0_item_data in self.parameters:
                parameters_type_0_item = parameters_type_0_item_data.to_dict()
                parameters.append(parameters_type_0_item)

        else:
            parameters = self.parameters

        preview: dict[str, Any] | None | Unset
        if isinstance(self.preview, Unset):
            preview = UNSET
        elif isinstance(self.preview, CompilableValuePreviewType0):
            preview = self.preview.to_dict()
        else:
            preview = self.preview

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if source is not UNSET:
            field_dict["source"] = source
        if cursors is not UNSET:
            field_dict["cursors"] = cursors
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if preview is not UNSET:
            field_dict["preview"] = preview

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d.get("type", UNSET)

        _source = d.get("source", UNSET)
        source: CompilableValueSourceType0 | None | Unset
        if _source is None or isinstance(_source, Unset):
            source = _source
        else:
            source_type_0 = CompilableValueSourceType0.from_dict(_source)

            source = source_type_0

        _cursors = d.get("cursors", UNSET)
        cursors: list[CompilableValueCursorsType0Item] | None | Unset
        if _cursors is None or isinstance(_cursors, Unset):
            cursors = _cursors
        else:
            cursors_type_0 = [
                CompilableValueCursorsType0Item.from_dict(cursors_type_0_item_data)
                for cursors_type_0_item_data in _cursors
            ]

            cursors = cursors_type_0

        _parameters = d.get("parameters", UNSET)
        parameters: list[CompilableValueParametersType0Item] | None | Unset
        if _parameters is None or isinstance(_parameters, Unset):
            parameters = _parameters
        else:
            parameters_type_0 = [
                CompilableValueParametersType0Item.from_dict(parameters_type_0_item_data)
                for parameters_type_0_item_data in _parameters
            ]

            parameters = parameters_type_0

        _preview = d.get("preview", UNSET)
        preview: CompilableValuePreviewType0 | None | Unset
        if _preview is None or isinstance(_preview, Unset):
            preview = _preview
        else:
            preview_type_0 = CompilableValuePreviewType0.from_dict(_preview)

            preview = preview_type_0

        compilable_value = cls(
            type_=type_,
            source=source,
            cursors=cursors,
            parameters=parameters,
            preview=preview,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            compilable_value.additional_properties = extra
        return compilable_value

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


from ..models.compilable_value_cursors_type_0_item import CompilableValueCursorsType0Item  # noqa: E402
from ..models.compilable_value_parameters_type_0_item import CompilableValueParametersType0Item  # noqa: E402
from ..models.compilable_value_preview_type_0 import CompilableValuePreviewType0  # noqa: E402
from ..models.compilable_value_source_type_0 import CompilableValueSourceType0  # noqa: E402
