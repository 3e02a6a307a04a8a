# Generated from #/components/schemas/ActionSchedulerModel by templates/union.py.jinja: do not edit.
"""ActionSchedulerModel: When a campaign action is sent. Actions have no recurrence.

Members (by ``type``): ``asap`` ActionSchedulerAsap, ``scheduled`` ActionSchedulerScheduled, ``timeZoneSchedule`` ActionSchedulerTimeZone.
Anything else (a kind NP6 added, no ``type``, or a known kind that does not
decode) is a :class:`UnknownActionSchedulerModel`, which keeps the raw object and reads the fields every
member shares.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, TypeAlias

from .._decoding import UnknownVariant, register
from .action_scheduler_asap import ActionSchedulerAsap
from .action_scheduler_base import ActionSchedulerBase
from .action_scheduler_scheduled import ActionSchedulerScheduled
from .action_scheduler_time_zone import ActionSchedulerTimeZone
from .action_segments import ActionSegments


class UnknownActionSchedulerModel(UnknownVariant[ActionSchedulerBase]):
    """A ActionSchedulerModel this client cannot decode as one of its members (see ``raw``, ``error``)."""

    __slots__ = ()
    DISCRIMINATOR = "type"
    SHARED = ActionSchedulerBase

    @property
    def start_date(self) -> datetime.datetime | None:
        return None if self.shared is None else self.shared.start_date

    @property
    def end_date(self) -> datetime.datetime | None:
        return None if self.shared is None else self.shared.end_date

    @property
    def segments(self) -> ActionSegments | None:
        return None if self.shared is None else self.shared.segments

    @property
    def speed(self) -> int | None:
        return None if self.shared is None else self.shared.speed


if TYPE_CHECKING:
    ActionSchedulerModel: TypeAlias = (
        ActionSchedulerAsap | ActionSchedulerScheduled | ActionSchedulerTimeZone | UnknownActionSchedulerModel
    )
else:  # what msgspec decodes; an unknown member is placed by np6._decoding's fallback
    ActionSchedulerModel = ActionSchedulerAsap | ActionSchedulerScheduled | ActionSchedulerTimeZone

register(UnknownActionSchedulerModel, ActionSchedulerAsap, ActionSchedulerScheduled, ActionSchedulerTimeZone)
