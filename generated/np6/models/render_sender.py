# Generated from #/components/schemas/RenderSender by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class RenderSender(
    Model,
):
    """Sender of a rendered email.

    Attributes:
        bounce: Bounce (return-path) address.
        label: Display name.
        reply: Reply-To address.
        value: From address.
    """

    bounce: str | None = None
    label: str | None = None
    reply: str | None = None
    value: str | None = None
