# Generated from #/components/schemas/ActionSchedulerBase by templates/model.py.jinja: do not edit.
from __future__ import annotations

import datetime

from .._models import Model


class ActionSchedulerBase(
    Model,
    rename={
        "end_date": "endDate",
        "start_date": "startDate",
    },
):
    """Values shared by every kind of scheduler.

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


from .action_segments import ActionSegments  # noqa: E402
