# Generated from #/components/schemas/MailArchive by templates/model.py.jinja: do not edit.
from __future__ import annotations

import datetime

from .._models import Model


class MailArchive(
    Model,
    rename={
        "expires_on": "expiresOn",
        "sending_date": "sendingDate",
    },
):
    """An archived copy (.eml) of an email sent to one contact.

    Attributes:
        id: Identifier of the archive.
        action: Identifier of the action that sent the email.
        target: Identifier of the contact who received it.
        sending_date: When the contact received the email.
        url: Temporary download link of the archive (blank when not available).
        expires_on: When the download link expires.
    """

    id: str | None = None
    action: str | None = None
    target: str | None = None
    sending_date: datetime.datetime | None = None
    url: str | None = None
    expires_on: datetime.datetime | None = None
