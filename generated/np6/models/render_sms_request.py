# Generated from #/components/schemas/RenderSmsRequest by templates/model.py.jinja: do not edit.
from __future__ import annotations

from msgspec import UNSET, UnsetType

from .._models import Model


class RenderSmsRequest(
    Model,
):
    """One SMS to render without sending it (media type application/vnd.np6.cm.sms).

    Attributes:
        receiver: Who a message is for, discriminated by `type`.
        related: A related contact identification.
        stamp: Tracking identifiers of a message (conversation flow); NP6 generates any that are omitted.
        content: Content override.
    """

    receiver: Recipient
    related: RenderSmsRequestRelatedType0 | None | UnsetType = UNSET
    stamp: MessageStamp | None = None
    content: RenderSmsRequestContentType0 | None | UnsetType = UNSET


from .message_stamp import MessageStamp  # noqa: E402
from .recipient import Recipient  # noqa: E402
from .render_sms_request_content_type_0 import RenderSmsRequestContentType0  # noqa: E402
from .render_sms_request_related_type_0 import RenderSmsRequestRelatedType0  # noqa: E402
