# Generated from #/components/schemas/WorkflowNode by templates/model.py.jinja: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from msgspec import UNSET, UnsetType

from .._models import OpenModel


class WorkflowNode(OpenModel):
    """A node of a workflow. `type` is one of publish, request, script, sendMail, sendSms, sms,
    sleep, wait, wait.kill, updateTarget, multipleslots, sendpushapp, data-manager/pipeline,
    data-table/pipeline, np6.notification/execution, if, match, sample, split, switch,
    wait.race, wait.all, conditionaltimeslots, data-explorer-v2.match or terminal; the fields
    of each kind are not documented and pass through as given.

    Attributes:
        type_:
        id:
        name:
        description:
        default: True for an entry-point node.
        settings:
        next_: Identifier of the next node to run.
        event: A value discriminated by `type` (e.g. a literal expression); NP6 does not list the variants.
        data: A value discriminated by `type` (e.g. a literal expression); NP6 does not list the variants.
        flow: A value discriminated by `type` (e.g. a literal expression); NP6 does not list the variants.
    """

    NAMES = {
        "type_": "type",
        "id": "id",
        "name": "name",
        "description": "description",
        "default": "default",
        "settings": "settings",
        "next_": "next",
        "event": "event",
        "data": "data",
        "flow": "flow",
    }

    if TYPE_CHECKING:

        def __init__(
            self,
            src: Mapping[str, Any] | None = None,
            /,
            *,
            type_: str | UnsetType = UNSET,
            id: str | UnsetType = UNSET,
            name: str | None | UnsetType = UNSET,
            description: str | None | UnsetType = UNSET,
            default: bool | None | UnsetType = UNSET,
            settings: WorkflowNodeSettingsType0 | None | UnsetType = UNSET,
            next_: str | None | UnsetType = UNSET,
            event: TypedExpression | UnsetType = UNSET,
            data: TypedExpression | UnsetType = UNSET,
            flow: TypedExpression | UnsetType = UNSET,
        ) -> None: ...

    @property
    def type_(self) -> str:
        value: str = self._field("type", str)
        return value

    @property
    def id(self) -> str | None:
        value: str | None = self._field("id", str)
        return value

    @property
    def name(self) -> str | None:
        value: str | None = self._field("name", str)
        return value

    @property
    def description(self) -> str | None:
        value: str | None = self._field("description", str)
        return value

    @property
    def default(self) -> bool | None:
        value: bool | None = self._field("default", bool)
        return value

    @property
    def settings(self) -> WorkflowNodeSettingsType0 | None:
        value: WorkflowNodeSettingsType0 | None = self._field("settings", WorkflowNodeSettingsType0)
        return value

    @property
    def next_(self) -> str | None:
        value: str | None = self._field("next", str)
        return value

    @property
    def event(self) -> TypedExpression | None:
        value: TypedExpression | None = self._field("event", TypedExpression)
        return value

    @property
    def data(self) -> TypedExpression | None:
        value: TypedExpression | None = self._field("data", TypedExpression)
        return value

    @property
    def flow(self) -> TypedExpression | None:
        value: TypedExpression | None = self._field("flow", TypedExpression)
        return value


from .typed_expression import TypedExpression  # noqa: E402
from .workflow_node_settings_type_0 import WorkflowNodeSettingsType0  # noqa: E402
