# Generated from #/components/schemas/Workflow by templates/model.py.jinja: do not edit.
from __future__ import annotations

import datetime

from .._models import Model


class Workflow(
    Model,
    rename={
        "creation_date": "creationDate",
        "update_date": "updateDate",
    },
):
    """A scripting workflow.

    Attributes:
        id: Identifier of the workflow.
        name:
        description:
        state: State of the workflow, 0 or 1 (NP6 does not name them).
        creation_date:
        update_date:
        scripting: Script settings of a workflow or webtask.
        settings:
        listeners:
        capping:
        nodes:
        tasks:
    """

    id: int | None = None
    name: str | None = None
    description: str | None = None
    state: WorkflowState | None = None
    creation_date: datetime.datetime | None = None
    update_date: datetime.datetime | None = None
    scripting: ScriptSettings | None = None
    settings: WorkflowSettingsType0 | None = None
    listeners: list[WorkflowListener] | None = None
    capping: list[WorkflowCappingRule] | None = None
    nodes: list[WorkflowNode] | None = None
    tasks: list[WorkflowTask] | None = None


from .script_settings import ScriptSettings  # noqa: E402
from .workflow_capping_rule import WorkflowCappingRule  # noqa: E402
from .workflow_listener import WorkflowListener  # noqa: E402
from .workflow_node import WorkflowNode  # noqa: E402
from .workflow_settings_type_0 import WorkflowSettingsType0  # noqa: E402
from .workflow_state import WorkflowState  # noqa: E402
from .workflow_task import WorkflowTask  # noqa: E402
