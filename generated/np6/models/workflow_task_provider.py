# Generated from #/components/schemas/WorkflowTaskProvider by templates/model.py.jinja: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from msgspec import UNSET, UnsetType

from .._models import OpenModel


class WorkflowTaskProvider(OpenModel):
    """The data provider of a task (the search feeding the workflow).

    Attributes:
        type_:
        value: The underlying search.
        projection: Context data given to the workflow.
    """

    NAMES = {
        "type_": "type",
        "value": "value",
        "projection": "projection",
    }

    if TYPE_CHECKING:

        def __init__(
            self,
            src: Mapping[str, Any] | None = None,
            /,
            *,
            type_: str | UnsetType = UNSET,
            value: WorkflowTaskProviderValueType0 | None | UnsetType = UNSET,
            projection: WorkflowTaskProviderProjectionType0 | None | UnsetType = UNSET,
        ) -> None: ...

    @property
    def type_(self) -> str | None:
        value: str | None = self._field("type", str)
        return value

    @property
    def value(self) -> WorkflowTaskProviderValueType0 | None:
        value: WorkflowTaskProviderValueType0 | None = self._field("value", WorkflowTaskProviderValueType0)
        return value

    @property
    def projection(self) -> WorkflowTaskProviderProjectionType0 | None:
        value: WorkflowTaskProviderProjectionType0 | None = self._field(
            "projection", WorkflowTaskProviderProjectionType0
        )
        return value


from .workflow_task_provider_projection_type_0 import WorkflowTaskProviderProjectionType0  # noqa: E402
from .workflow_task_provider_value_type_0 import WorkflowTaskProviderValueType0  # noqa: E402
