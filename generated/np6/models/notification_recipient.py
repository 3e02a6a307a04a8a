# Generated from #/components/schemas/NotificationRecipient by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class NotificationRecipient(
    Model,
    rename={
        "type_": "type",
    },
):
    """The contact a test notification goes to, as the test page prints it (a type and an integer value).

    Attributes:
        type_: How the contact is identified (NP6 marks it the discriminator but lists no variant).
        value: Identifier of the contact, an int32 on the test page.
    """

    type_: str | None = None
    value: int | None = None
