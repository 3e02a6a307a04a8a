from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowTask")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "description",
        "schedulers",
        "provider",
        "handler",
    }
)


@_attrs_define
class WorkflowTask:
    """A scheduled task starting a workflow.

    Attributes:
        id (str | Unset):
        name (str | Unset):
        description (None | str | Unset):
        schedulers (list[WorkflowTaskScheduler] | Unset):
        provider (WorkflowTaskProvider | Unset): The data provider of a task (the search feeding the workflow).
        handler (str | Unset): Node run by the task.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    schedulers: list[WorkflowTaskScheduler] | Unset = UNSET
    provider: WorkflowTaskProvider | Unset = UNSET
    handler: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        schedulers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedulers, Unset):
            schedulers = []
            for schedulers_item_data in self.schedulers:
                schedulers_item = schedulers_item_data.to_dict()
                schedulers.append(schedulers_item)

        provider: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.to_dict()

        handler = self.handler

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if schedulers is not UNSET:
            field_dict["schedulers"] = schedulers
        if provider is not UNSET:
            field_dict["provider"] = provider
        if handler is not UNSET:
            field_dict["handler"] = handler

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d.get("id", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        _schedulers = d.get("schedulers", UNSET)
        schedulers: list[WorkflowTaskScheduler] | Unset = UNSET
        if _schedulers is not UNSET:
            schedulers = [WorkflowTaskScheduler.from_dict(schedulers_item_data) for schedulers_item_data in _schedulers]

        _provider = d.get("provider", UNSET)
        provider: WorkflowTaskProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = WorkflowTaskProvider.from_dict(_provider)

        handler = d.get("handler", UNSET)

        workflow_task = cls(
            id=id,
            name=name,
            description=description,
            schedulers=schedulers,
            provider=provider,
            handler=handler,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            workflow_task.additional_properties = extra
        return workflow_task

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


from ..models.workflow_task_provider import WorkflowTaskProvider  # noqa: E402
from ..models.workflow_task_scheduler import WorkflowTaskScheduler  # noqa: E402
