# Generated from #/components/schemas/MailHeaders by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class MailHeaders(
    Model,
    rename={
        "from_": "from",
    },
):
    """Headers of an email action.

    Attributes:
        from_: The From address of an email, in three parts (never a plain string, NP6 answers 400).
        reply: Reply-To address.
    """

    from_: MailFrom | None = None
    reply: str | None = None


from .mail_from import MailFrom  # noqa: E402
