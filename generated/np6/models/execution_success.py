# Generated from #/components/schemas/ExecutionSuccess by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class ExecutionSuccess(
    Model,
    tag_field="type",
    tag="success",
):
    """The message was accepted for sending.

    Attributes:
        id: Identifier of the message (quote it to trace its events).
        recipient: Who a message is for, discriminated by `type`.
    """

    id: str | None = None
    recipient: Recipient | None = None

    @property
    def type_(self) -> ExecutionSuccessType:
        """The discriminator (``type``), implied by the class."""
        return ExecutionSuccessType.SUCCESS


from .execution_success_type import ExecutionSuccessType  # noqa: E402
from .recipient import Recipient  # noqa: E402
