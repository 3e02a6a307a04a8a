# Generated from #/components/schemas/Notification by templates/union.py.jinja: do not edit.
"""Notification: A notification, discriminated by `type` (push-app is the only kind NP6 documents).

Members (by ``type``): ``push-app`` PushAppNotification.
Anything else (a kind NP6 added, no ``type``, or a known kind that does not
decode) is a :class:`UnknownNotification`, which keeps the raw object and reads the fields every
member shares.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias
from uuid import UUID

from .._decoding import UnknownVariant, register
from .notification_base import NotificationBase
from .notification_settings import NotificationSettings
from .notification_task import NotificationTask
from .notification_version import NotificationVersion
from .push_app_notification import PushAppNotification
from .stamp_informations import StampInformations


class UnknownNotification(UnknownVariant[NotificationBase]):
    """A Notification this client cannot decode as one of its members (see ``raw``, ``error``)."""

    __slots__ = ()
    DISCRIMINATOR = "type"
    SHARED = NotificationBase

    @property
    def id(self) -> int | None:
        return None if self.shared is None else self.shared.id

    @property
    def name(self) -> str | None:
        return None if self.shared is None else self.shared.name

    @property
    def description(self) -> str | None:
        return None if self.shared is None else self.shared.description

    @property
    def stamp(self) -> StampInformations | None:
        return None if self.shared is None else self.shared.stamp

    @property
    def active(self) -> bool | None:
        return None if self.shared is None else self.shared.active

    @property
    def settings(self) -> NotificationSettings | None:
        return None if self.shared is None else self.shared.settings

    @property
    def application(self) -> UUID | None:
        return None if self.shared is None else self.shared.application

    @property
    def task(self) -> NotificationTask | None:
        return None if self.shared is None else self.shared.task

    @property
    def versions(self) -> list[NotificationVersion] | None:
        return None if self.shared is None else self.shared.versions


if TYPE_CHECKING:
    Notification: TypeAlias = PushAppNotification | UnknownNotification
else:  # what msgspec decodes; an unknown member is placed by np6._decoding's fallback
    Notification = PushAppNotification

register(UnknownNotification, PushAppNotification)
