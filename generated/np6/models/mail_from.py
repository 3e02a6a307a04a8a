# Generated from #/components/schemas/MailFrom by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class MailFrom(
    Model,
):
    """The From address of an email, in three parts (never a plain string, NP6 answers 400).

    Attributes:
        prefix: Part of the address before the '@'.
        domain: Sending domain (after the '@'), one configured on the account.
        label: Display name.
    """

    prefix: str | None = None
    domain: str | None = None
    label: str | None = None
