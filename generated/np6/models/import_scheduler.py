from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportScheduler")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "name",
        "creationDate",
        "description",
        "enabled",
        "frequency",
        "validity",
    }
)


@_attrs_define
class ImportScheduler:
    """Scheduler running an automatic import (`type` is NP6's discriminator; the v8
    documentation shows a `periodic` one with `frequency` and `validity`). Reads may carry
    only the `id`.

        Attributes:
            type_ (str | Unset): Kind of scheduler.
            id (int | Unset): Identifier of the scheduler.
            name (str | Unset): Name of the scheduler.
            creation_date (datetime.datetime | Unset): When the scheduler was created.
            description (str | Unset): Free text describing the scheduler.
            enabled (bool | None | Unset): True when the scheduler is active.
            frequency (ImportSchedulerFrequency | Unset): When the import runs (v8 documentation; structure not documented
                in 8.1.0).
            validity (ImportSchedulerValidity | Unset): Period during which the scheduler runs (v8 documentation; structure
                not documented in 8.1.0).
    """

    type_: str | Unset = UNSET
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    frequency: ImportSchedulerFrequency | Unset = UNSET
    validity: ImportSchedulerValidity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        name = self.name

        creation_date: str | Unset = UNSET
        if not isinstance(self.creation_date, Unset):
            creation_date = self.creation_date.isoformat()

        description = self.description

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        frequency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.frequency, Unset):
            frequency = self.frequency.to_dict()

        validity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validity, Unset):
            validity = self.validity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if validity is not UNSET:
            field_dict["validity"] = validity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d.get("type", UNSET)

        id = d.get("id", UNSET)

        name = d.get("name", UNSET)

        _creation_date = d.get("creationDate", UNSET)
        creation_date: datetime.datetime | Unset
        if isinstance(_creation_date, Unset):
            creation_date = UNSET
        else:
            creation_date = datetime.datetime.fromisoformat(_creation_date)

        description = d.get("description", UNSET)

        enabled = d.get("enabled", UNSET)

        _frequency = d.get("frequency", UNSET)
        frequency: ImportSchedulerFrequency | Unset
        if isinstance(_frequency, Unset):
            frequency = UNSET
        else:
            frequency = ImportSchedulerFrequency.from_dict(_frequency)

        _validity = d.get("validity", UNSET)
        validity: ImportSchedulerValidity | Unset
        if isinstance(_validity, Unset):
            validity = UNSET
        else:
            validity = ImportSchedulerValidity.from_dict(_validity)

        import_scheduler = cls(
            type_=type_,
            id=id,
            name=name,
            creation_date=creation_date,
            description=description,
            enabled=enabled,
            frequency=frequency,
            validity=validity,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            import_scheduler.additional_properties = extra
        return import_scheduler

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


from ..models.import_scheduler_frequency import ImportSchedulerFrequency  # noqa: E402
from ..models.import_scheduler_validity import ImportSchedulerValidity  # noqa: E402
