from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationTask")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "description",
        "scheduler",
    }
)


@_attrs_define
class NotificationTask:
    """How the notification is triggered.

    Attributes:
        id (None | Unset | UUID): Identifier of the task.
        name (None | str | Unset):
        description (None | str | Unset):
        scheduler (None | NotificationTaskSchedulerType0 | Unset): When the task runs.
    """

    id: None | Unset | UUID = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    scheduler: None | NotificationTaskSchedulerType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        scheduler: dict[str, Any] | None | Unset
        if isinstance(self.scheduler, Unset):
            scheduler = UNSET
        elif isinstance(self.scheduler, NotificationTaskSchedulerType0):
            scheduler = self.scheduler.to_dict()
        else:
            scheduler = self.scheduler

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if scheduler is not UNSET:
            field_dict["scheduler"] = scheduler

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _id = d.get("id", UNSET)
        id: None | Unset | UUID
        if _id is None or isinstance(_id, Unset):
            id = _id
        else:
            id_type_0 = UUID(_id)

            id = id_type_0

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        _scheduler = d.get("scheduler", UNSET)
        scheduler: None | NotificationTaskSchedulerType0 | Unset
        if _scheduler is None or isinstance(_scheduler, Unset):
            scheduler = _scheduler
        else:
            scheduler_type_0 = NotificationTaskSchedulerType0.from_dict(_scheduler)

            scheduler = scheduler_type_0

        notification_task = cls(
            id=id,
            name=name,
            description=description,
            scheduler=scheduler,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            notification_task.additional_properties = extra
        return notification_task

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


from ..models.notification_task_scheduler_type_0 import NotificationTaskSchedulerType0  # noqa: E402
