# Generated from #/components/schemas/WorkflowTaskScheduler by templates/model.py.jinja: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from msgspec import UNSET, UnsetType

from .._models import OpenModel


class WorkflowTaskScheduler(OpenModel):
    """A cron-like scheduler of a workflow task.

    Attributes:
        type_:
        id:
        name:
        time_zone:
        minute:
        hour:
        day_of_month:
        month:
        day_of_week:
    """

    NAMES = {
        "type_": "type",
        "id": "id",
        "name": "name",
        "time_zone": "timeZone",
        "minute": "minute",
        "hour": "hour",
        "day_of_month": "dayOfMonth",
        "month": "month",
        "day_of_week": "dayOfWeek",
    }

    if TYPE_CHECKING:

        def __init__(
            self,
            src: Mapping[str, Any] | None = None,
            /,
            *,
            type_: str | UnsetType = UNSET,
            id: str | None | UnsetType = UNSET,
            name: str | None | UnsetType = UNSET,
            time_zone: WorkflowTaskSchedulerTimeZoneType0 | None | UnsetType = UNSET,
            minute: str | None | UnsetType = UNSET,
            hour: str | None | UnsetType = UNSET,
            day_of_month: str | None | UnsetType = UNSET,
            month: str | None | UnsetType = UNSET,
            day_of_week: str | None | UnsetType = UNSET,
        ) -> None: ...

    @property
    def type_(self) -> str | None:
        value: str | None = self._field("type", str)
        return value

    @property
    def id(self) -> str | None:
        value: str | None = self._field("id", str)
        return value

    @property
    def name(self) -> str | None:
        value: str | None = self._field("name", str)
        return value

    @property
    def time_zone(self) -> WorkflowTaskSchedulerTimeZoneType0 | None:
        value: WorkflowTaskSchedulerTimeZoneType0 | None = self._field("timeZone", WorkflowTaskSchedulerTimeZoneType0)
        return value

    @property
    def minute(self) -> str | None:
        value: str | None = self._field("minute", str)
        return value

    @property
    def hour(self) -> str | None:
        value: str | None = self._field("hour", str)
        return value

    @property
    def day_of_month(self) -> str | None:
        value: str | None = self._field("dayOfMonth", str)
        return value

    @property
    def month(self) -> str | None:
        value: str | None = self._field("month", str)
        return value

    @property
    def day_of_week(self) -> str | None:
        value: str | None = self._field("dayOfWeek", str)
        return value


from .workflow_task_scheduler_time_zone_type_0 import WorkflowTaskSchedulerTimeZoneType0  # noqa: E402
