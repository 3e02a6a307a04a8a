from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowTaskScheduler")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "name",
        "timeZone",
        "minute",
        "hour",
        "dayOfMonth",
        "month",
        "dayOfWeek",
    }
)


@_attrs_define
class WorkflowTaskScheduler:
    """A cron-like scheduler of a workflow task.

    Attributes:
        type_ (str | Unset):
        id (None | str | Unset):
        name (None | str | Unset):
        time_zone (None | Unset | WorkflowTaskSchedulerTimeZoneType0):
        minute (None | str | Unset):
        hour (None | str | Unset):
        day_of_month (None | str | Unset):
        month (None | str | Unset):
        day_of_week (None | str | Unset):
    """

    type_: str | Unset = UNSET
    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    time_zone: None | Unset | WorkflowTaskSchedulerTimeZoneType0 = UNSET
    minute: None | str | Unset = UNSET
    hour: None | str | Unset = UNSET
    day_of_month: None | str | Unset = UNSET
    month: None | str | Unset = UNSET
    day_of_week: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        time_zone: dict[str, Any] | None | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        elif isinstance(self.time_zone, WorkflowTaskSchedulerTimeZoneType0):
            time_zone = self.time_zone.to_dict()
        else:
            time_zone = self.time_zone

        minute: None | str | Unset
        if isinstance(self.minute, Unset):
            minute = UNSET
        else:
            minute = self.minute

        hour: None | str | Unset
        if isinstance(self.hour, Unset):
            hour = UNSET
        else:
            hour = self.hour

        day_of_month: None | str | Unset
        if isinstance(self.day_of_month, Unset):
            day_of_month = UNSET
        else:
            day_of_month = self.day_of_month

        month: None | str | Unset
        if isinstance(self.month, Unset):
            month = UNSET
        else:
            month = self.month

        day_of_week: None | str | Unset
        if isinstance(self.day_of_week, Unset):
            day_of_week = UNSET
        else:
            day_of_week = self.day_of_week

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if minute is not UNSET:
            field_dict["minute"] = minute
        if hour is not UNSET:
            field_dict["hour"] = hour
        if day_of_month is not UNSET:
            field_dict["dayOfMonth"] = day_of_month
        if month is not UNSET:
            field_dict["month"] = month
        if day_of_week is not UNSET:
            field_dict["dayOfWeek"] = day_of_week

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d.get("type", UNSET)

        id = d.get("id", UNSET)

        name = d.get("name", UNSET)

        _time_zone = d.get("timeZone", UNSET)
        time_zone: None | Unset | WorkflowTaskSchedulerTimeZoneType0
        if _time_zone is None or isinstance(_time_zone, Unset):
            time_zone = _time_zone
        else:
            time_zone_type_0 = WorkflowTaskSchedulerTimeZoneType0.from_dict(_time_zone)

            time_zone = time_zone_type_0

        minute = d.get("minute", UNSET)

        hour = d.get("hour", UNSET)

        day_of_month = d.get("dayOfMonth", UNSET)

        month = d.get("month", UNSET)

        day_of_week = d.get("dayOfWeek", UNSET)

        workflow_task_scheduler = cls(
            type_=type_,
            id=id,
            name=name,
            time_zone=time_zone,
            minute=minute,
            hour=hour,
            day_of_month=day_of_month,
            month=month,
            day_of_week=day_of_week,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            workflow_task_scheduler.additional_properties = extra
        return workflow_task_scheduler

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


from ..models.workflow_task_scheduler_time_zone_type_0 import WorkflowTaskSchedulerTimeZoneType0  # noqa: E402
