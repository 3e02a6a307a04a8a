# Generated from #/components/schemas/RenderEmailRequest by templates/model.py.jinja: do not edit.
from __future__ import annotations

from msgspec import UNSET, UnsetType

from .._models import Model


class RenderEmailRequest(
    Model,
):
    """One email to render without sending it (media type application/vnd.np6.cm.email). NP6
    names the contact `receiver` here, as in the render-links request.

    Attributes:
        receiver: Who a message is for, discriminated by `type`.
        related: A related contact identification.
        stamp: Tracking identifiers of a message (conversation flow); NP6 generates any that are omitted.
        headers: Overrides of the action's email headers for one message.
        content: Content override.
    """

    receiver: Recipient
    related: RenderEmailRequestRelatedType0 | None | UnsetType = UNSET
    stamp: MessageStamp | None = None
    headers: EmailHeadersOverride | None = None
    content: RenderEmailRequestContentType0 | None | UnsetType = UNSET


from .email_headers_override import EmailHeadersOverride  # noqa: E402
from .message_stamp import MessageStamp  # noqa: E402
from .recipient import Recipient  # noqa: E402
from .render_email_request_content_type_0 import RenderEmailRequestContentType0  # noqa: E402
from .render_email_request_related_type_0 import RenderEmailRequestRelatedType0  # noqa: E402
