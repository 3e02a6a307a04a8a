from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_file_source_type import ImportFileSourceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportFileSource")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "creationDate",
        "updateDate",
        "filename",
        "data",
    }
)


@_attrs_define
class ImportFileSource:
    """A file uploaded with `PUT /imports/{id}/source`.

    Attributes:
        type_ (ImportFileSourceType):
        id (int | None | Unset): Identifier of the source.
        creation_date (datetime.datetime | Unset): When the source was created.
        update_date (datetime.datetime | None | Unset): When the source was last updated (for a file source, the
            upload).
        filename (str | Unset): Name under which NP6 stored the uploaded file (a prefix, then the sent name).
        data (list[ImportFileSourceDataItem] | Unset): Content of the file, as the 8.1.0 reference lists it (structure
            not documented).
    """

    type_: ImportFileSourceType
    id: int | None | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    update_date: datetime.datetime | None | Unset = UNSET
    filename: str | Unset = UNSET
    data: list[ImportFileSourceDataItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

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

        filename = self.filename

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if update_date is not UNSET:
            field_dict["updateDate"] = update_date
        if filename is not UNSET:
            field_dict["filename"] = filename
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = ImportFileSourceType._decode(d["type"])

        id = d.get("id", UNSET)

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

        filename = d.get("filename", UNSET)

        _data = d.get("data", UNSET)
        data: list[ImportFileSourceDataItem] | Unset = UNSET
        if _data is not UNSET:
            data = [ImportFileSourceDataItem.from_dict(data_item_data) for data_item_data in _data]

        import_file_source = cls(
            type_=type_,
            id=id,
            creation_date=creation_date,
            update_date=update_date,
            filename=filename,
            data=data,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            import_file_source.additional_properties = extra
        return import_file_source

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


from ..models.import_file_source_data_item import ImportFileSourceDataItem  # noqa: E402
