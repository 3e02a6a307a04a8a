# Generated from #/components/schemas/PushAppNotification by templates/model.py.jinja: do not edit.
from __future__ import annotations

from uuid import UUID

from msgspec import UNSET, UnsetType

from .._models import Model


class PushAppNotification(
    Model,
    tag_field="type",
    tag="push-app",
):
    """A push notification to a mobile application.

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
    description: str | None | UnsetType = UNSET
    stamp: StampInformations | None = None
    active: bool | None = None
    settings: NotificationSettings | None = None
    application: UUID | None | UnsetType = UNSET
    task: NotificationTask | None = None
    versions: list[NotificationVersion] | None = None

    @property
    def type_(self) -> PushAppNotificationType:
        """The discriminator (``type``), implied by the class."""
        return PushAppNotificationType.PUSH_APP


from .notification_settings import NotificationSettings  # noqa: E402
from .notification_task import NotificationTask  # noqa: E402
from .notification_version import NotificationVersion  # noqa: E402
from .push_app_notification_type import PushAppNotificationType  # noqa: E402
from .stamp_informations import StampInformations  # noqa: E402
