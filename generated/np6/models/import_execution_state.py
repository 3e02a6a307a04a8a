# Generated from #/components/schemas/ImportExecutionState by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class ImportExecutionState(
    Model,
):
    """State of the last execution of an import.

    Attributes:
        state: State of an import execution: 0 processing, 1 completed, 2 error.
    """

    state: ImportExecutionStateCode


from .import_execution_state_code import ImportExecutionStateCode  # noqa: E402
