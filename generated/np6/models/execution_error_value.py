# Generated from #/components/schemas/ExecutionErrorValue by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class ExecutionErrorValue(
    Model,
    rename={
        "type_": "type",
    },
):
    """Why a message was not sent.

    Attributes:
        type_: Kind of error, e.g. "recipient not found".
        recipient: Who a message is for, discriminated by `type`.
    """

    type_: str | None = None
    recipient: Recipient | None = None


from .recipient import Recipient  # noqa: E402
