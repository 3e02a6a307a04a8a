# Generated from #/components/schemas/NotificationTask by templates/model.py.jinja: do not edit.
from __future__ import annotations

from uuid import UUID

from msgspec import UNSET, UnsetType

from .._models import Model


class NotificationTask(
    Model,
):
    """How the notification is triggered.

    Attributes:
        id: Identifier of the task.
        name:
        description:
        scheduler: When the task runs.
    """

    id: UUID | None | UnsetType = UNSET
    name: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    scheduler: NotificationTaskSchedulerType0 | None | UnsetType = UNSET


from .notification_task_scheduler_type_0 import NotificationTaskSchedulerType0  # noqa: E402
