# Generated from #/components/schemas/CompilableExecutionResult by templates/model.py.jinja: do not edit.
from __future__ import annotations

from typing import Any

from .._models import Model


class CompilableExecutionResult(
    Model,
    rename={
        "type_": "type",
    },
):
    """Result of a compilable execution; `type` is "success" in NP6's example.

    Attributes:
        type_:
        arguments: The arguments the compilable ran with.
        value: The result (any JSON value).
    """

    type_: str
    arguments: CompilableExecutionResultArgumentsType0 | None = None
    value: Any | None = None


from .compilable_execution_result_arguments_type_0 import CompilableExecutionResultArgumentsType0  # noqa: E402
