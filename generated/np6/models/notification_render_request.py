# Generated from #/components/schemas/NotificationRenderRequest by templates/model.py.jinja: do not edit.
from __future__ import annotations

from msgspec import UNSET, UnsetType

from .._models import Model


class NotificationRenderRequest(
    Model,
):
    """Who and what to render a notification version for.

    Attributes:
        receiver: The contact a notification is rendered for.
        related: A related contact identification.
        stamp: Tracking identifiers of a message (conversation flow); NP6 generates any that are omitted.
    """

    receiver: NotificationReceiver | None = None
    related: NotificationRenderRequestRelatedType0 | None | UnsetType = UNSET
    stamp: MessageStamp | None = None


from .message_stamp import MessageStamp  # noqa: E402
from .notification_receiver import NotificationReceiver  # noqa: E402
from .notification_render_request_related_type_0 import NotificationRenderRequestRelatedType0  # noqa: E402
