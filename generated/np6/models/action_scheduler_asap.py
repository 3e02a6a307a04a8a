# Generated from #/components/schemas/ActionSchedulerAsap by templates/model.py.jinja: do not edit.
from __future__ import annotations

import datetime

from .._models import Model


class ActionSchedulerAsap(
    Model,
    tag_field="type",
    tag="asap",
    rename={
        "end_date": "endDate",
        "start_date": "startDate",
    },
):
    """Send as soon as the action is validated.

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
    def type_(self) -> ActionSchedulerAsapType:
        """The discriminator (``type``), implied by the class."""
        return ActionSchedulerAsapType.ASAP


from .action_scheduler_asap_type import ActionSchedulerAsapType  # noqa: E402
from .action_segments import ActionSegments  # noqa: E402
