# Generated from an inline schema of the spec by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class SubscriptionUserType0(
    Model,
):
    """Platform user behind a lifecycle event (null in NP6's sample).

    Attributes:
        id: Identifier of the user.
        name: Name of the user.
    """

    id: str | None = None
    name: str | None = None
