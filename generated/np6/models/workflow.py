from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_state import WorkflowState
from ..types import UNSET, Unset

T = TypeVar("T", bound="Workflow")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "description",
        "state",
        "creationDate",
        "updateDate",
        "scripting",
        "settings",
        "listeners",
        "capping",
        "nodes",
        "tasks",
    }
)


@_attrs_define
class Workflow:
    """A scripting workflow.

    Attributes:
        id (int | Unset): Identifier of the workflow.
        name (str | Unset):
        description (None | str | Unset):
        state (WorkflowState | Unset): State of the workflow, 0 or 1 (NP6 does not name them).
        creation_date (datetime.datetime | None | Unset):
        update_date (datetime.datetime | None | Unset):
        scripting (ScriptSettings | Unset): Script settings of a workflow or webtask.
        settings (None | Unset | WorkflowSettingsType0):
        listeners (list[WorkflowListener] | Unset):
        capping (list[WorkflowCappingRule] | Unset):
        nodes (list[WorkflowNode] | Unset):
        tasks (list[WorkflowTask] | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    state: WorkflowState | Unset = UNSET
    creation_date: datetime.datetime | None | Unset = UNSET
    update_date: datetime.datetime | None | Unset = UNSET
    scripting: ScriptSettings | Unset = UNSET
    settings: None | Unset | WorkflowSettingsType0 = UNSET
    listeners: list[WorkflowListener] | Unset = UNSET
    capping: list[WorkflowCappingRule] | Unset = UNSET
    nodes: list[WorkflowNode] | Unset = UNSET
    tasks: list[WorkflowTask] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        state: int | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        creation_date: None | str | Unset
        if isinstance(self.creation_date, Unset):
            creation_date = UNSET
        elif isinstance(self.creation_date, datetime.datetime):
            creation_date = self.creation_date.isoformat()
        else:
            creation_date = self.creation_date

        update_date: None | str | Unset
        if isinstance(self.update_date, Unset):
            update_date = UNSET
        elif isinstance(self.update_date, datetime.datetime):
            update_date = self.update_date.isoformat()
        else:
            update_date = self.update_date

        scripting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scripting, Unset):
            scripting = self.scripting.to_dict()

        settings: dict[str, Any] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, WorkflowSettingsType0):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

        listeners: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.listeners, Unset):
            listeners = []
            for listeners_item_data in self.listeners:
                listeners_item = listeners_item_data.to_dict()
                listeners.append(listeners_item)

        capping: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.capping, Unset):
            capping = []
            for capping_item_data in self.capping:
                capping_item = capping_item_data.to_dict()
                capping.append(capping_item)

        nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item = nodes_item_data.to_dict()
                nodes.append(nodes_item)

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if state is not UNSET:
            field_dict["state"] = state
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if update_date is not UNSET:
            field_dict["updateDate"] = update_date
        if scripting is not UNSET:
            field_dict["scripting"] = scripting
        if settings is not UNSET:
            field_dict["settings"] = settings
        if listeners is not UNSET:
            field_dict["listeners"] = listeners
        if capping is not UNSET:
            field_dict["capping"] = capping
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if tasks is not UNSET:
            field_dict["tasks"] = tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d.get("id", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        _state = d.get("state", UNSET)
        state: WorkflowState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = WorkflowState._decode(_state)

        _creation_date = d.get("creationDate", UNSET)
        creation_date: datetime.datetime | None | Unset
        if _creation_date is None or isinstance(_creation_date, Unset):
            creation_date = _creation_date
        else:
            creation_date_type_0 = datetime.datetime.fromisoformat(_creation_date)

            creation_date = creation_date_type_0

        _update_date = d.get("updateDate", UNSET)
        update_date: datetime.datetime | None | Unset
        if _update_date is None or isinstance(_update_date, Unset):
            update_date = _update_date
        else:
            update_date_type_0 = datetime.datetime.fromisoformat(_update_date)

            update_date = update_date_type_0

        _scripting = d.get("scripting", UNSET)
        scripting: ScriptSettings | Unset
        if isinstance(_scripting, Unset):
            scripting = UNSET
        else:
            scripting = ScriptSettings.from_dict(_scripting)

        _settings = d.get("settings", UNSET)
        settings: None | Unset | WorkflowSettingsType0
        if _settings is None or isinstance(_settings, Unset):
            settings = _settings
        else:
            settings_type_0 = WorkflowSettingsType0.from_dict(_settings)

            settings = settings_type_0

        _listeners = d.get("listeners", UNSET)
        listeners: list[WorkflowListener] | Unset = UNSET
        if _listeners is not UNSET:
            listeners = [WorkflowListener.from_dict(listeners_item_data) for listeners_item_data in _listeners]

        _capping = d.get("capping", UNSET)
        capping: list[WorkflowCappingRule] | Unset = UNSET
        if _capping is not UNSET:
            capping = [WorkflowCappingRule.from_dict(capping_item_data) for capping_item_data in _capping]

        _nodes = d.get("nodes", UNSET)
        nodes: list[WorkflowNode] | Unset = UNSET
        if _nodes is not UNSET:
            nodes = [WorkflowNode.from_dict(nodes_item_data) for nodes_item_data in _nodes]

        _tasks = d.get("tasks", UNSET)
        tasks: list[WorkflowTask] | Unset = UNSET
        if _tasks is not UNSET:
            tasks = [WorkflowTask.from_dict(tasks_item_data) for tasks_item_data in _tasks]

        workflow = cls(
            id=id,
            name=name,
            description=description,
            state=state,
            creation_date=creation_date,
            update_date=update_date,
            scripting=scripting,
            settings=settings,
            listeners=listeners,
            capping=capping,
            nodes=nodes,
            tasks=tasks,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            workflow.additional_properties = extra
        return workflow

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.script_settings import ScriptSettings  # noqa: E402
from ..models.workflow_capping_rule import WorkflowCappingRule  # noqa: E402
from ..models.workflow_listener import WorkflowListener  # noqa: E402
from ..models.workflow_node import WorkflowNode  # noqa: E402
from ..models.workflow_settings_type_0 import WorkflowSettingsType0  # noqa: E402
from ..models.workflow_task import WorkflowTask  # noqa: E402
