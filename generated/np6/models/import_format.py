from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportFormat")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "identifier",
        "name",
        "separator",
        "startAt",
        "binds",
        "savedImportFormat",
    }
)


@_attrs_define
class ImportFormat:
    """An import format (binding) as the v8 documentation shows it.

    Attributes:
        identifier (ImportFormatIdentifier | Unset): Identifier of an import format.
        name (str | Unset): Name of the import format.
        separator (int | Unset): Column separator as an ASCII code (59 is `;`).
        start_at (int | Unset): First line to import (1 skips a header line).
        binds (list[ImportBind] | Unset): Column to field mappings.
        saved_import_format (bool | Unset): True when the format is saved for reuse.
    """

    identifier: ImportFormatIdentifier | Unset = UNSET
    name: str | Unset = UNSET
    separator: int | Unset = UNSET
    start_at: int | Unset = UNSET
    binds: list[ImportBind] | Unset = UNSET
    saved_import_format: bool | Unset = UNSET
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

        import_format = cls(
            identifier=identifier,
            name=name,
            separator=separator,
            start_at=start_at,
            binds=binds,
            saved_import_format=saved_import_format,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            import_format.additional_properties = extra
        return import_format

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
from ..models.import_format_identifier import ImportFormatIdentifier  # noqa: E402
