# Generated from #/components/schemas/EmailAttachment by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class EmailAttachment(
    Model,
):
    """A file attached to one message.

    Attributes:
        name: File name.
        mime: MIME type, e.g. application/pdf.
        data: The attachment data.
    """

    name: str | None = None
    mime: str | None = None
    data: EmailAttachmentData | None = None


from .email_attachment_data import EmailAttachmentData  # noqa: E402
