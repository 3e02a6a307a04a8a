from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import UnknownVariant
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportDefinition")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "creationDate",
        "updateDate",
        "binding",
        "features",
        "source",
        "scheduler",
    }
)


@_attrs_define
class ImportDefinition:
    """An import definition: the import format (`binding`, the mapping of file columns to
    fields), what the import does (`features`), where the file comes from (`source`) and,
    for automatic imports, its `scheduler`. NP6 reads and writes this one model; on
    creation `id` is null and the dates are ignored.

        Attributes:
            id (int | None | Unset): Identifier of the import definition.
            name (str | Unset): Name of the import.
            creation_date (datetime.datetime | Unset): When the import definition was created.
            update_date (datetime.datetime | None | Unset): When the import definition was last updated.
            binding (int | None | Unset): Identifier of the import format mapping file columns to fields.
            features (list[ImportDatabaseFeature | ImportDuplicateFeature | ImportNormalizationFeature |
                ImportRedListFeature | ImportReportFeature | ImportSegmentationFeature | UnknownVariant] | Unset): Import
                configuration features.
            source (ImportFileSource | ImportFtpSource | UnknownVariant[ImportSourceBase] | Unset): Where an import reads
                its file, discriminated by `type`: `ftp` (a folder of NP6's FTP
                server) or `file` (an uploaded file). Other kinds decode as unknown variants.
            scheduler (ImportScheduler | Unset): Scheduler running an automatic import (`type` is NP6's discriminator; the
                v8
                documentation shows a `periodic` one with `frequency` and `validity`). Reads may carry
                only the `id`.
    """

    id: int | None | Unset = UNSET
    name: str | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    update_date: datetime.datetime | None | Unset = UNSET
    binding: int | None | Unset = UNSET
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
    source: ImportFileSource | ImportFtpSource | UnknownVariant[ImportSourceBase] | Unset = UNSET
    scheduler: ImportScheduler | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name = self.name

        creation_date: str | Unset = UNSET
        if not isinstance(self.creation_date, Unset):
            creation_date = self.creation_date.isoformat()

        update_date: None | str | Unset
        if isinstance(self.update_date, Unset):
            update_date = UNSET
        elif isinstance(self.update_date, datetime.datetime):
            update_date = self.update_date.isoformat()
        else:
            update_date = self.update_date

        binding: int | None | Unset
        if isinstance(self.binding, Unset):
            binding = UNSET
        else:
            binding = self.binding

        features: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = []
            for features_item_data in self.features:
                features_item: dict[str, Any]
                features_item = features_item_data.to_dict()

                features.append(features_item)

        source: dict[str, Any] | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source.to_dict()

        scheduler: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduler, Unset):
            scheduler = self.scheduler.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if update_date is not UNSET:
            field_dict["updateDate"] = update_date
        if binding is not UNSET:
            field_dict["binding"] = binding
        if features is not UNSET:
            field_dict["features"] = features
        if source is not UNSET:
            field_dict["source"] = source
        if scheduler is not UNSET:
            field_dict["scheduler"] = scheduler

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d.get("id", UNSET)

        name = d.get("name", UNSET)

        _creation_date = d.get("creationDate", UNSET)
        creation_date: datetime.datetime | Unset
        if isinstance(_creation_date, Unset):
            creation_date = UNSET
        else:
            creation_date = datetime.datetime.fromisoformat(_creation_date)

        _update_date = d.get("updateDate", UNSET)
        update_date: datetime.datetime | None | Unset
        if _update_date is None or isinstance(_update_date, Unset):
            update_date = _update_date
        else:
            update_date_type_0 = datetime.datetime.fromisoformat(_update_date)

            update_date = update_date_type_0

        binding = d.get("binding", UNSET)

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

        def _parse_source(
            data: object,
        ) -> ImportFileSource | ImportFtpSource | UnknownVariant[ImportSourceBase] | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected an object with a 'type' property, got {type(data).__name__}")
            kind = data.get("type")
            if kind == "ftp":
                return ImportFtpSource.from_dict(data)
            if kind == "file":
                return ImportFileSource.from_dict(data)
            return UnknownVariant(data, "type", ImportSourceBase.from_dict)

        source = _parse_source(d.get("source", UNSET))

        _scheduler = d.get("scheduler", UNSET)
        scheduler: ImportScheduler | Unset
        if isinstance(_scheduler, Unset):
            scheduler = UNSET
        else:
            scheduler = ImportScheduler.from_dict(_scheduler)

        import_definition = cls(
            id=id,
            name=name,
            creation_date=creation_date,
            update_date=update_date,
            binding=binding,
            features=features,
            source=source,
            scheduler=scheduler,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            import_definition.additional_properties = extra
        return import_definition

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


from ..models.import_database_feature import ImportDatabaseFeature  # noqa: E402
from ..models.import_duplicate_feature import ImportDuplicateFeature  # noqa: E402
from ..models.import_file_source import ImportFileSource  # noqa: E402
from ..models.import_ftp_source import ImportFtpSource  # noqa: E402
from ..models.import_normalization_feature import ImportNormalizationFeature  # noqa: E402
from ..models.import_red_list_feature import ImportRedListFeature  # noqa: E402
from ..models.import_report_feature import ImportReportFeature  # noqa: E402
from ..models.import_scheduler import ImportScheduler  # noqa: E402
from ..models.import_segmentation_feature import ImportSegmentationFeature  # noqa: E402
from ..models.import_source_base import ImportSourceBase  # noqa: E402
