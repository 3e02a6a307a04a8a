# Generated from #/components/schemas/ImportScheduler by templates/model.py.jinja: do not edit.
from __future__ import annotations

import datetime

from .._models import Model


class ImportScheduler(
    Model,
    rename={
        "creation_date": "creationDate",
        "type_": "type",
    },
):
    """Scheduler running an automatic import (`type` is NP6's discriminator; the v8
    documentation shows a `periodic` one with `frequency` and `validity`). Reads may carry
    only the `id`.

    Attributes:
        type_: Kind of scheduler.
        id: Identifier of the scheduler.
        name: Name of the scheduler.
        creation_date: When the scheduler was created.
        description: Free text describing the scheduler.
        enabled: True when the scheduler is active.
        frequency: When the import runs (v8 documentation; structure not documented in 8.1.0).
        validity: Period during which the scheduler runs (v8 documentation; structure not documented in 8.1.0).
    """

    type_: str | None = None
    id: int | None = None
    name: str | None = None
    creation_date: datetime.datetime | None = None
    description: str | None = None
    enabled: bool | None = None
    frequency: ImportSchedulerFrequency | None = None
    validity: ImportSchedulerValidity | None = None


from .import_scheduler_frequency import ImportSchedulerFrequency  # noqa: E402
from .import_scheduler_validity import ImportSchedulerValidity  # noqa: E402
