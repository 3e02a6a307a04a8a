from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionLifecycle")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "creation",
        "modification",
    }
)


@_attrs_define
class SubscriptionLifecycle:
    """Creation and modification of a subscription (set by NP6).

    Attributes:
        creation (SubscriptionLifecycleEvent | Unset): One lifecycle event (creation or modification) of a subscription.
        modification (SubscriptionLifecycleEvent | Unset): One lifecycle event (creation or modification) of a
            subscription.
    """

    creation: SubscriptionLifecycleEvent | Unset = UNSET
    modification: SubscriptionLifecycleEvent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creation, Unset):
            creation = self.creation.to_dict()

        modification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.modification, Unset):
            modification = self.modification.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if creation is not UNSET:
            field_dict["creation"] = creation
        if modification is not UNSET:
            field_dict["modification"] = modification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _creation = d.get("creation", UNSET)
        creation: SubscriptionLifecycleEvent | Unset
        if isinstance(_creation, Unset):
            creation = UNSET
        else:
            creation = SubscriptionLifecycleEvent.from_dict(_creation)

        _modification = d.get("modification", UNSET)
        modification: SubscriptionLifecycleEvent | Unset
        if isinstance(_modification, Unset):
            modification = UNSET
        else:
            modification = SubscriptionLifecycleEvent.from_dict(_modification)

        subscription_lifecycle = cls(
            creation=creation,
            modification=modification,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            subscription_lifecycle.additional_properties = extra
        return subscription_lifecycle

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


from ..models.subscription_lifecycle_event import SubscriptionLifecycleEvent  # noqa: E402
