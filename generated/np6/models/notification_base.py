# Generated from #/components/schemas/NotificationBase by templates/model.py.jinja: do not edit.
from __future__ import annotations

from uuid import UUID

from .._models import Model


class NotificationBase(
    Model,
):
    """Values shared by every kind of notification.

    Attributes:
        id: Identifier of the notification.
        name:
        description:
        stamp: Creation and last modification dates of a resource.
        active: Online state of the notification.
        settings: Settings of a notification.
        application: Notifiable application whose subscribers receive the notification.
        task: How the notification is triggered.
        versions: Versions of the notification.
    """

    id: int | None = None
    name: str | None = None
    description: str | None = None
    stamp: StampInformations | None = None
    active: bool | None = None
    settings: NotificationSettings | None = None
    application: UUID | None = None
    task: NotificationTask | None = None
    versions: list[NotificationVersion] | None = None


from .notification_settings import NotificationSettings  # noqa: E402
from .notification_task import NotificationTask  # noqa: E402
from .notification_version import NotificationVersion  # noqa: E402
from .stamp_informations import StampInformations  # noqa: E402
