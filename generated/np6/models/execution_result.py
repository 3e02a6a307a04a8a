# Generated from #/components/schemas/ExecutionResult by templates/union.py.jinja: do not edit.
"""ExecutionResult: Outcome of one message of a send, discriminated by `type`. A batch answers 200 even when
some messages fail: check each result.

Members (by ``type``): ``success`` ExecutionSuccess, ``error`` ExecutionError.
Anything else (a kind NP6 added, no ``type``, or a known kind that does not
decode) is a :class:`UnknownExecutionResult`, which keeps the raw object and reads the fields every
member shares.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

from .._decoding import UnknownVariant, register
from .._models import Model
from .execution_error import ExecutionError
from .execution_success import ExecutionSuccess


class ExecutionResultShared(Model):
    """The fields every ExecutionResult member has (read on its unknown member)."""

    pass


class UnknownExecutionResult(UnknownVariant[ExecutionResultShared]):
    """A ExecutionResult this client cannot decode as one of its members (see ``raw``, ``error``)."""

    __slots__ = ()
    DISCRIMINATOR = "type"
    SHARED = ExecutionResultShared


if TYPE_CHECKING:
    ExecutionResult: TypeAlias = ExecutionSuccess | ExecutionError | UnknownExecutionResult
else:  # what msgspec decodes; an unknown member is placed by np6._decoding's fallback
    ExecutionResult = ExecutionSuccess | ExecutionError

register(UnknownExecutionResult, ExecutionSuccess, ExecutionError)
