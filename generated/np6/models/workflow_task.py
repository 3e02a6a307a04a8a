# Generated from #/components/schemas/WorkflowTask by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class WorkflowTask(
    Model,
):
    """A scheduled task starting a workflow.

    Attributes:
        id:
        name:
        description:
        schedulers:
        provider: The data provider of a task (the search feeding the workflow).
        handler: Node run by the task.
    """

    id: str | None = None
    name: str | None = None
    description: str | None = None
    schedulers: list[WorkflowTaskScheduler] | None = None
    provider: WorkflowTaskProvider | None = None
    handler: str | None = None


from .workflow_task_provider import WorkflowTaskProvider  # noqa: E402
from .workflow_task_scheduler import WorkflowTaskScheduler  # noqa: E402
