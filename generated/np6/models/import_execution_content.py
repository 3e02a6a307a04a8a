from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import UnknownVariant
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportExecutionContent")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "identifier",
        "name",
        "separator",
        "startAt",
        "binds",
        "savedImportFormat",
        "features",
        "bindings",
    }
)


@_attrs_define
class ImportExecutionContent:
    """What an execution runs with (v8 documentation); the format is inline or under `bindings`.

    Attributes:
        identifier (ImportFormatIdentifier | Unset): Identifier of an import format.
        name (str | Unset): Name of the import format.
        separator (int | Unset): Column separator as an ASCII code (59 is `;`).
        start_at (int | Unset): First line to import (1 skips a header line).
        binds (list[ImportBind] | Unset): Column to field mappings.
        saved_import_format (bool | Unset): True when the format is saved for reuse.
        features (list[ImportDatabaseFeature | ImportDuplicateFeature | ImportNormalizationFeature |
            ImportRedListFeature | ImportReportFeature | ImportSegmentationFeature | UnknownVariant] | Unset): Features
            applied by the execution.
        bindings (ImportFormat | Unset): An import format (binding) as the v8 documentation shows it.
    """

    identifier: ImportFormatIdentifier | Unset = UNSET
    name: str | Unset = UNSET
    separator: int | Unset = UNSET
    start_at: int | Unset = UNSET
    binds: list[ImportBind] | Unset = UNSET
    saved_import_format: bool | Unset = UNSET
    features: (
        list[
            ImportDatabaseFeature
            | ImportDuplicateFeature
            | ImportNormalizationFeature
            | ImportRedListFeature
            | ImportReportFeature
            | ImportSegmentationFeature
            | UnknownVariant
        ]
        | Unset
    ) = UNSET
    bindings: ImportFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identifier, Unset):
            identifier = self.identifier.to_dict()

        name = self.name

        separator = self.separator

        start_at = self.start_at

        binds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.binds, Unset):
            binds = []
            for binds_item_data in self.binds:
                binds_item = binds_item_data.to_dict()
                binds.append(binds_item)

        saved_import_format = self.saved_import_format

        features: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = []
            for features_item_data in self.features:
                features_item: dict[str, Any]
                features_item = features_item_data.to_dict()

                features.append(features_item)

        bindings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bindings, Unset):
            bindings = self.bindings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if name is not UNSET:
            field_dict["name"] = name
        if separator is not UNSET:
            field_dict["separator"] = separator
        if start_at is not UNSET:
            field_dict["startAt"] = start_at
        if binds is not UNSET:
            field_dict["binds"] = binds
        if saved_import_format is not UNSET:
            field_dict["savedImportFormat"] = saved_import_format
        if features is not UNSET:
            field_dict["features"] = features
        if bindings is not UNSET:
            field_dict["bindings"] = bindings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _identifier = d.get("identifier", UNSET)
        identifier: ImportFormatIdentifier | Unset
        if isinstance(_identifier, Unset):
            identifier = UNSET
        else:
            identifier = ImportFormatIdentifier.from_dict(_identifier)

        name = d.get("name", UNSET)

        separator = d.get("separator", UNSET)

        start_at = d.get("startAt", UNSET)

        _binds = d.get("binds", UNSET)
        binds: list[ImportBind] | Unset = UNSET
        if _binds is not UNSET:
            binds = [ImportBind.from_dict(binds_item_data) for binds_item_data in _binds]

        saved_import_format = d.get("savedImportFormat", UNSET)

        def _parse_features_item(
            data: object,
        ) -> (
            ImportDatabaseFeature
            | ImportDuplicateFeature
            | ImportNormalizationFeature
            | ImportRedListFeature
            | ImportReportFeature
            | ImportSegmentationFeature
            | UnknownVariant
        ):
            if not isinstance(data, dict):
                raise TypeError(f"expected an object with a 'type' property, got {type(data).__name__}")
            kind = data.get("type")
            if kind == "segmentation":
                return ImportSegmentationFeature.from_dict(data)
            if kind == "redList":
                return ImportRedListFeature.from_dict(data)
            if kind == "duplicate":
                return ImportDuplicateFeature.from_dict(data)
            if kind == "report":
                return ImportReportFeature.from_dict(data)
            if kind == "database":
                return ImportDatabaseFeature.from_dict(data)
            if kind == "normalization":
                return ImportNormalizationFeature.from_dict(data)
            return UnknownVariant(data, "type", None)

        _features = d.get("features", UNSET)
        features: (
            list[
                ImportDatabaseFeature
                | ImportDuplicateFeature
                | ImportNormalizationFeature
                | ImportRedListFeature
                | ImportReportFeature
                | ImportSegmentationFeature
                | UnknownVariant
            ]
            | Unset
        ) = UNSET
        if _features is not UNSET:
            features = [_parse_features_item(features_item_data) for features_item_data in _features]

        _bindings = d.get("bindings", UNSET)
        bindings: ImportFormat | Unset
        if isinstance(_bindings, Unset):
            bindings = UNSET
        else:
            bindings = ImportFormat.from_dict(_bindings)

        import_execution_content = cls(
            identifier=identifier,
            name=name,
            separator=separator,
            start_at=start_at,
            binds=binds,
            saved_import_format=saved_import_format,
            features=features,
            bindings=bindings,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            import_execution_content.additional_properties = extra
        return import_execution_content

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


from ..models.import_bind import ImportBind  # noqa: E402
from ..models.import_database_feature import ImportDatabaseFeature  # noqa: E402
from ..models.import_duplicate_feature import ImportDuplicateFeature  # noqa: E402
from ..models.import_format import ImportFormat  # noqa: E402
from ..models.import_format_identifier import ImportFormatIdentifier  # noqa: E402
from ..models.import_normalization_feature import ImportNormalizationFeature  # noqa: E402
from ..models.import_red_list_feature import ImportRedListFeature  # noqa: E402
from ..models.import_report_feature import ImportReportFeature  # noqa: E402
from ..models.import_segmentation_feature import ImportSegmentationFeature  # noqa: E402
