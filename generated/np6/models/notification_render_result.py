# Generated from #/components/schemas/NotificationRenderResult by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class NotificationRenderResult(
    Model,
    rename={
        "type_": "type",
    },
):
    """A rendered notification (nothing is sent). `type` is "success" in NP6's example.

    Attributes:
        type_: Outcome of the render, e.g. success.
        meta: What a render used.
        channel: The rendered display channel.
        redirection: The rendered redirection link.
        render: The rendered values.
    """

    type_: str
    meta: NotificationRenderMeta | None = None
    channel: str | None = None
    redirection: str | None = None
    render: NotificationRenderValues | None = None


from .notification_render_meta import NotificationRenderMeta  # noqa: E402
from .notification_render_values import NotificationRenderValues  # noqa: E402
