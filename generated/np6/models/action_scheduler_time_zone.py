# Generated from #/components/schemas/ActionSchedulerTimeZone by templates/model.py.jinja: do not edit.
from __future__ import annotations

import datetime

from .._models import Model


class ActionSchedulerTimeZone(
    Model,
    tag_field="type",
    tag="timeZoneSchedule",
    rename={
        "end_date": "endDate",
        "start_date": "startDate",
    },
):
    """Send at a local time in each recipient's time zone (NP6 documents no field of its own).

    Attributes:
        start_date: When sending starts (scheduled sends).
        end_date: When sending must end.
        segments: Segments a campaign is sent to.
        speed: Sending speed (0 means as fast as possible).
    """

    start_date: datetime.datetime | None = None
    end_date: datetime.datetime | None = None
    segments: ActionSegments | None = None
    speed: int | None = None

    @property
    def type_(self) -> ActionSchedulerTimeZoneType:
        """The discriminator (``type``), implied by the class."""
        return ActionSchedulerTimeZoneType.TIMEZONESCHEDULE


from .action_scheduler_time_zone_type import ActionSchedulerTimeZoneType  # noqa: E402
from .action_segments import ActionSegments  # noqa: E402
