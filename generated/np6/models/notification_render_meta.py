# Generated from #/components/schemas/NotificationRenderMeta by templates/model.py.jinja: do not edit.
from __future__ import annotations

from uuid import UUID

from .._models import Model


class NotificationRenderMeta(
    Model,
):
    """What a render used.

    Attributes:
        notification: Notification rendered.
        version: Version rendered.
        application: Notifiable application used.
        subscription: Subscription of the contact used.
        stamp: Stamp used.
    """

    notification: int | None = None
    version: UUID | None = None
    application: UUID | None = None
    subscription: UUID | None = None
    stamp: NotificationRenderMetaStampType0 | None = None


from .notification_render_meta_stamp_type_0 import NotificationRenderMetaStampType0  # noqa: E402
