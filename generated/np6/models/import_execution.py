from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import UnknownVariant
from ..models.import_execution_state_code import ImportExecutionStateCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportExecution")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "startDate",
        "state",
        "content",
        "source",
    }
)


@_attrs_define
class ImportExecution:
    """A started import execution (v8 documentation).

    Attributes:
        start_date (datetime.datetime | Unset): When the execution started.
        state (ImportExecutionStateCode | Unset): State of an import execution: 0 processing, 1 completed, 2 error.
        content (ImportExecutionContent | Unset): What an execution runs with (v8 documentation); the format is inline
            or under `bindings`.
        source (ImportFileSource | ImportFtpSource | UnknownVariant[ImportSourceBase] | Unset): Where an import reads
            its file, discriminated by `type`: `ftp` (a folder of NP6's FTP
            server) or `file` (an uploaded file). Other kinds decode as unknown variants.
    """

    start_date: datetime.datetime | Unset = UNSET
    state: ImportExecutionStateCode | Unset = UNSET
    content: ImportExecutionContent | Unset = UNSET
    source: ImportFileSource | ImportFtpSource | UnknownVariant[ImportSourceBase] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        state: int | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        source: dict[str, Any] | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if state is not UNSET:
            field_dict["state"] = state
        if content is not UNSET:
            field_dict["content"] = content
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _start_date = d.get("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        _state = d.get("state", UNSET)
        state: ImportExecutionStateCode | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = ImportExecutionStateCode._decode(_state)

        _content = d.get("content", UNSET)
        content: ImportExecutionContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = ImportExecutionContent.from_dict(_content)

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

        import_execution = cls(
            start_date=start_date,
            state=state,
            content=content,
            source=source,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            import_execution.additional_properties = extra
        return import_execution

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


from ..models.import_execution_content import ImportExecutionContent  # noqa: E402
from ..models.import_file_source import ImportFileSource  # noqa: E402
from ..models.import_ftp_source import ImportFtpSource  # noqa: E402
from ..models.import_source_base import ImportSourceBase  # noqa: E402
