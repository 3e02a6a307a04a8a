from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowTaskProvider")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "value",
        "projection",
    }
)


@_attrs_define
class WorkflowTaskProvider:
    """The data provider of a task (the search feeding the workflow).

    Attributes:
        type_ (str | Unset):
        value (None | Unset | WorkflowTaskProviderValueType0): The underlying search.
        projection (None | Unset | WorkflowTaskProviderProjectionType0): Context data given to the workflow.
    """

    type_: str | Unset = UNSET
    value: None | Unset | WorkflowTaskProviderValueType0 = UNSET
    projection: None | Unset | WorkflowTaskProviderProjectionType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value: dict[str, Any] | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, WorkflowTaskProviderValueType0):
            value = self.value.to_dict()
        else:
            value = self.value

        projection: dict[str, Any] | None | Unset
        if isinstance(self.projection, Unset):
            projection = UNSET
        elif isinstance(self.projection, WorkflowTaskProviderProjectionType0):
            projection = self.projection.to_dict()
        else:
            projection = self.projection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value
        if projection is not UNSET:
            field_dict["projection"] = projection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d.get("type", UNSET)

        _value = d.get("value", UNSET)
        value: None | Unset | WorkflowTaskProviderValueType0
        if _value is None or isinstance(_value, Unset):
            value = _value
        else:
            value_type_0 = WorkflowTaskProviderValueType0.from_dict(_value)

            value = value_type_0

        _projection = d.get("projection", UNSET)
        projection: None | Unset | WorkflowTaskProviderProjectionType0
        if _projection is None or isinstance(_projection, Unset):
            projection = _projection
        else:
            projection_type_0 = WorkflowTaskProviderProjectionType0.from_dict(_projection)

            projection = projection_type_0

        workflow_task_provider = cls(
            type_=type_,
            value=value,
            projection=projection,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            workflow_task_provider.additional_properties = extra
        return workflow_task_provider

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


from ..models.workflow_task_provider_projection_type_0 import WorkflowTaskProviderProjectionType0  # noqa: E402
from ..models.workflow_task_provider_value_type_0 import WorkflowTaskProviderValueType0  # noqa: E402
