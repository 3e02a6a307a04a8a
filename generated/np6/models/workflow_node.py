from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowNode")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "name",
        "description",
        "default",
        "settings",
        "next",
        "event",
        "data",
        "flow",
    }
)


@_attrs_define
class WorkflowNode:
    """A node of a workflow. `type` is one of publish, request, script, sendMail, sendSms, sms,
    sleep, wait, wait.kill, updateTarget, multipleslots, sendpushapp, data-manager/pipeline,
    data-table/pipeline, np6.notification/execution, if, match, sample, split, switch,
    wait.race, wait.all, conditionaltimeslots, data-explorer-v2.match or terminal; the fields
    of each kind are not documented and pass through as given.

        Attributes:
            type_ (str):
            id (str | Unset):
            name (None | str | Unset):
            description (None | str | Unset):
            default (bool | None | Unset): True for an entry-point node.
            settings (None | Unset | WorkflowNodeSettingsType0):
            next_ (None | str | Unset): Identifier of the next node to run.
            event (TypedExpression | Unset): A value discriminated by `type` (e.g. a literal expression); NP6 does not list
                the variants.
            data (TypedExpression | Unset): A value discriminated by `type` (e.g. a literal expression); NP6 does not list
                the variants.
            flow (TypedExpression | Unset): A value discriminated by `type` (e.g. a literal expression); NP6 does not list
                the variants.
    """

    type_: str
    id: str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    default: bool | None | Unset = UNSET
    settings: None | Unset | WorkflowNodeSettingsType0 = UNSET
    next_: None | str | Unset = UNSET
    event: TypedExpression | Unset = UNSET
    data: TypedExpression | Unset = UNSET
    flow: TypedExpression | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        default: bool | None | Unset
        if isinstance(self.default, Unset):
            default = UNSET
        else:
            default = self.default

        settings: dict[str, Any] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, WorkflowNodeSettingsType0):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        flow: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flow, Unset):
            flow = self.flow.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if default is not UNSET:
            field_dict["default"] = default
        if settings is not UNSET:
            field_dict["settings"] = settings
        if next_ is not UNSET:
            field_dict["next"] = next_
        if event is not UNSET:
            field_dict["event"] = event
        if data is not UNSET:
            field_dict["data"] = data
        if flow is not UNSET:
            field_dict["flow"] = flow

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d["type"]

        id = d.get("id", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        default = d.get("default", UNSET)

        _settings = d.get("settings", UNSET)
        settings: None | Unset | WorkflowNodeSettingsType0
        if _settings is None or isinstance(_settings, Unset):
            settings = _settings
        else:
            settings_type_0 = WorkflowNodeSettingsType0.from_dict(_settings)

            settings = settings_type_0

        next_ = d.get("next", UNSET)

        _event = d.get("event", UNSET)
        event: TypedExpression | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = TypedExpression.from_dict(_event)

        _data = d.get("data", UNSET)
        data: TypedExpression | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = TypedExpression.from_dict(_data)

        _flow = d.get("flow", UNSET)
        flow: TypedExpression | Unset
        if isinstance(_flow, Unset):
            flow = UNSET
        else:
            flow = TypedExpression.from_dict(_flow)

        workflow_node = cls(
            type_=type_,
            id=id,
            name=name,
            description=description,
            default=default,
            settings=settings,
            next_=next_,
            event=event,
            data=data,
            flow=flow,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            workflow_node.additional_properties = extra
        return workflow_node

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


from ..models.typed_expression import TypedExpression  # noqa: E402
from ..models.workflow_node_settings_type_0 import WorkflowNodeSettingsType0  # noqa: E402
