# Generated from #/components/schemas/EmailHeadersOverride by templates/model.py.jinja: do not edit.
from __future__ import annotations

from msgspec import UNSET, UnsetType

from .._models import Model


class EmailHeadersOverride(
    Model,
    rename={
        "from_": "from",
    },
):
    """Overrides of the action's email headers for one message.

    Attributes:
        from_: The From address of an email, in three parts (never a plain string, NP6 answers 400).
        reply: Reply-To address.
    """

    from_: MailFrom | None = None
    reply: str | None | UnsetType = UNSET


from .mail_from import MailFrom  # noqa: E402
