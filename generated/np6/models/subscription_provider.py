# Generated from #/components/schemas/SubscriptionProvider by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class SubscriptionProvider(
    Model,
    rename={
        "type_": "type",
    },
):
    """Push provider of the subscription and the device token it knows. `type` is NP6's
    discriminator; `firebase` is the value documented.

    Attributes:
        type_: Push provider (e.g. `firebase`).
        token: The device's token at the provider.
    """

    type_: str
    token: str | None = None
