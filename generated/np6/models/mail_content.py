# Generated from #/components/schemas/MailContent by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class MailContent(
    Model,
):
    """Content of an email action.

    Attributes:
        headers: Headers of an email action.
        subject: Subject line.
        html: HTML version.
        text: Plain-text version.
    """

    headers: MailHeaders | None = None
    subject: str | None = None
    html: str | None = None
    text: str | None = None


from .mail_headers import MailHeaders  # noqa: E402
