from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowListener")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "description",
        "event",
        "handler",
    }
)


@_attrs_define
class WorkflowListener:
    """An event listener of a workflow.

    Attributes:
        id (str | Unset):
        name (str | Unset):
        description (None | str | Unset):
        event (TypedExpression | Unset): A value discriminated by `type` (e.g. a literal expression); NP6 does not list
            the variants.
        handler (str | Unset): Node handling the event.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    event: TypedExpression | Unset = UNSET
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

        event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.to_dict()

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
        if event is not UNSET:
            field_dict["event"] = event
        if handler is not UNSET:
            field_dict["handler"] = handler

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d.get("id", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        _event = d.get("event", UNSET)
        event: TypedExpression | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = TypedExpression.from_dict(_event)

        handler = d.get("handler", UNSET)

        workflow_listener = cls(
            id=id,
            name=name,
            description=description,
            event=event,
            handler=handler,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            workflow_listener.additional_properties = extra
        return workflow_listener

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
