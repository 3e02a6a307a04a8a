# Generated from #/components/schemas/ExecutionError by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class ExecutionError(
    Model,
    tag_field="type",
    tag="error",
):
    """The message was not sent.

    Attributes:
        value: Why a message was not sent.
    """

    value: ExecutionErrorValue | None = None

    @property
    def type_(self) -> ExecutionErrorType:
        """The discriminator (``type``), implied by the class."""
        return ExecutionErrorType.ERROR


from .execution_error_type import ExecutionErrorType  # noqa: E402
from .execution_error_value import ExecutionErrorValue  # noqa: E402
