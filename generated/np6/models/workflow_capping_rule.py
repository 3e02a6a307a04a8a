from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowCappingRule")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "key",
        "increment",
        "threshold",
        "period",
        "nodes",
    }
)


@_attrs_define
class WorkflowCappingRule:
    """A capping rule limiting how often nodes of a workflow run.

    Attributes:
        key (TypedExpression | Unset): A value discriminated by `type` (e.g. a literal expression); NP6 does not list
            the variants.
        increment (int | Unset): Value added to the counter at each pass.
        threshold (int | Unset): Counter value at which the capping applies.
        period (CappingPeriod | Unset): Period over which a capping counts.
        nodes (list[str] | Unset): Identifiers of the capped nodes.
    """

    key: TypedExpression | Unset = UNSET
    increment: int | Unset = UNSET
    threshold: int | Unset = UNSET
    period: CappingPeriod | Unset = UNSET
    nodes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key: dict[str, Any] | Unset = UNSET
        if not isinstance(self.key, Unset):
            key = self.key.to_dict()

        increment = self.increment

        threshold = self.threshold

        period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.period, Unset):
            period = self.period.to_dict()

        nodes: list[str] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = self.nodes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if increment is not UNSET:
            field_dict["increment"] = increment
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if period is not UNSET:
            field_dict["period"] = period
        if nodes is not UNSET:
            field_dict["nodes"] = nodes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _key = d.get("key", UNSET)
        key: TypedExpression | Unset
        if isinstance(_key, Unset):
            key = UNSET
        else:
            key = TypedExpression.from_dict(_key)

        increment = d.get("increment", UNSET)

        threshold = d.get("threshold", UNSET)

        _period = d.get("period", UNSET)
        period: CappingPeriod | Unset
        if isinstance(_period, Unset):
            period = UNSET
        else:
            period = CappingPeriod.from_dict(_period)

        nodes = cast(list[str], d.get("nodes", UNSET))

        workflow_capping_rule = cls(
            key=key,
            increment=increment,
            threshold=threshold,
            period=period,
            nodes=nodes,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            workflow_capping_rule.additional_properties = extra
        return workflow_capping_rule

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


from ..models.capping_period import CappingPeriod  # noqa: E402
from ..models.typed_expression import TypedExpression  # noqa: E402
