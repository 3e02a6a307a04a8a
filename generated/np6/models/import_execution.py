# Generated from #/components/schemas/ImportExecution by templates/model.py.jinja: do not edit.
from __future__ import annotations

import datetime

from .._models import Model


class ImportExecution(
    Model,
    rename={
        "start_date": "startDate",
    },
):
    """A started import execution (v8 documentation).

    Attributes:
        start_date: When the execution started.
        state: State of an import execution: 0 processing, 1 completed, 2 error.
        content: What an execution runs with (v8 documentation); the format is inline or under `bindings`.
        source: Where an import reads its file, discriminated by `type`: `ftp` (a folder of NP6's FTP
            server) or `file` (an uploaded file). Other kinds decode as unknown variants.
    """

    start_date: datetime.datetime | None = None
    state: ImportExecutionStateCode | None = None
    content: ImportExecutionContent | None = None
    source: ImportSource | None = None


from .import_execution_content import ImportExecutionContent  # noqa: E402
from .import_execution_state_code import ImportExecutionStateCode  # noqa: E402
from .import_source import ImportSource  # noqa: E402
