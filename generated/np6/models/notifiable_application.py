# Generated from #/components/schemas/NotifiableApplication by templates/model.py.jinja: do not edit.
from __future__ import annotations

from uuid import UUID

from .._models import Model


class NotifiableApplication(
    Model,
    rename={
        "type_": "type",
    },
):
    """A mobile application notifications can be pushed to.

    Attributes:
        type_: Kind of application (native in NP6's examples).
        id: Identifier of the application (null when creating).
        name:
        description:
        active: Online state of the application.
        stamp: Creation and last modification dates (null when creating).
        icon: Icon of the application.
        providers: Services used to deliver notifications to the application.
        routes: Routes available for redirections.
        channels: Channels handling how notifications are displayed.
    """

    type_: str | None = None
    id: UUID | None = None
    name: str | None = None
    description: str | None = None
    active: bool | None = None
    stamp: NotifiableApplicationStampType0 | None = None
    icon: str | None = None
    providers: list[NotificationProvider] | None = None
    routes: list[ApplicationRoute] | None = None
    channels: list[ApplicationRoute] | None = None


from .application_route import ApplicationRoute  # noqa: E402
from .notifiable_application_stamp_type_0 import NotifiableApplicationStampType0  # noqa: E402
from .notification_provider import NotificationProvider  # noqa: E402
