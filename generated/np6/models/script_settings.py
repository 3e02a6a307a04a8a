from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScriptSettings")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "version",
        "environment",
        "imports",
        "initializers",
        "filters",
    }
)


@_attrs_define
class ScriptSettings:
    """Script settings of a workflow or webtask.

    Attributes:
        version (str | Unset): Scripting version (e.g. 7.0.0).
        environment (None | ScriptSettingsEnvironmentType0 | Unset): Environment definition.
        imports (list[ScriptSettingsImportsType0Item] | None | Unset): Imports definition.
        initializers (list[ScriptSettingsInitializersType0Item] | None | Unset): Initializers definition.
        filters (list[ScriptSettingsFiltersType0Item] | None | Unset): Filters definition.
    """

    version: str | Unset = UNSET
    environment: None | ScriptSettingsEnvironmentType0 | Unset = UNSET
    imports: list[ScriptSettingsImportsType0Item] | None | Unset = UNSET
    initializers: list[ScriptSettingsInitializersType0Item] | None | Unset = UNSET
    filters: list[ScriptSettingsFiltersType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        environment: dict[str, Any] | None | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        elif isinstance(self.environment, ScriptSettingsEnvironmentType0):
            environment = self.environment.to_dict()
        else:
            environment = self.environment

        imports: list[dict[str, Any]] | None | Unset
        if isinstance(self.imports, Unset):
            imports = UNSET
        elif isinstance(self.imports, list):
            imports = []
            for imports_type_0_item_data in self.imports:
                imports_type_0_item = imports_type_0_item_data.to_dict()
                imports.append(imports_type_0_item)

        else:
            imports = self.imports

        initializers: list[dict[str, Any]] | None | Unset
        if isinstance(self.initializers, Unset):
            initializers = UNSET
        elif isinstance(self.initializers, list):
            initializers = []
            for initializers_type_0_item_data in self.initializers:
                initializers_type_0_item = initializers_type_0_item_data.to_dict()
                initializers.append(initializers_type_0_item)

        else:
            initializers = self.initializers

        filters: list[dict[str, Any]] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, list):
            filters = []
            for filters_type_0_item_data in self.filters:
                filters_type_0_item = filters_type_0_item_data.to_dict()
                filters.append(filters_type_0_item)

        else:
            filters = self.filters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if environment is not UNSET:
            field_dict["environment"] = environment
        if imports is not UNSET:
            field_dict["imports"] = imports
        if initializers is not UNSET:
            field_dict["initializers"] = initializers
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        version = d.get("version", UNSET)

        _environment = d.get("environment", UNSET)
        environment: None | ScriptSettingsEnvironmentType0 | Unset
        if _environment is None or isinstance(_environment, Unset):
            environment = _environment
        else:
            environment_type_0 = ScriptSettingsEnvironmentType0.from_dict(_environment)

            environment = environment_type_0

        _imports = d.get("imports", UNSET)
        imports: list[ScriptSettingsImportsType0Item] | None | Unset
        if _imports is None or isinstance(_imports, Unset):
            imports = _imports
        else:
            imports_type_0 = [
                ScriptSettingsImportsType0Item.from_dict(imports_type_0_item_data)
                for imports_type_0_item_data in _imports
            ]

            imports = imports_type_0

        _initializers = d.get("initializers", UNSET)
        initializers: list[ScriptSettingsInitializersType0Item] | None | Unset
        if _initializers is None or isinstance(_initializers, Unset):
            initializers = _initializers
        else:
            initializers_type_0 = [
                ScriptSettingsInitializersType0Item.from_dict(initializers_type_0_item_data)
                for initializers_type_0_item_data in _initializers
            ]

            initializers = initializers_type_0

        _filters = d.get("filters", UNSET)
        filters: list[ScriptSettingsFiltersType0Item] | None | Unset
        if _filters is None or isinstance(_filters, Unset):
            filters = _filters
        else:
            filters_type_0 = [
                ScriptSettingsFiltersType0Item.from_dict(filters_type_0_item_data)
                for filters_type_0_item_data in _filters
            ]

            filters = filters_type_0

        script_settings = cls(
            version=version,
            environment=environment,
            imports=imports,
            initializers=initializers,
            filters=filters,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            script_settings.additional_properties = extra
        return script_settings

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


from ..models.script_settings_environment_type_0 import ScriptSettingsEnvironmentType0  # noqa: E402
from ..models.script_settings_filters_type_0_item import ScriptSettingsFiltersType0Item  # noqa: E402
from ..models.script_settings_imports_type_0_item import ScriptSettingsImportsType0Item  # noqa: E402
from ..models.script_settings_initializers_type_0_item import ScriptSettingsInitializersType0Item  # noqa: E402
