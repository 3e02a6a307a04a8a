from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionLifecycleEvent")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "date",
        "user",
    }
)


@_attrs_define
class SubscriptionLifecycleEvent:
    """One lifecycle event (creation or modification) of a subscription.

    Attributes:
        date (datetime.datetime | Unset): When it happened.
        user (None | SubscriptionUserType0 | Unset): Platform user behind a lifecycle event (null in NP6's sample).
    """

    date: datetime.datetime | Unset = UNSET
    user: None | SubscriptionUserType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, SubscriptionUserType0):
            user = self.user.to_dict()
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _date = d.get("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        _user = d.get("user", UNSET)
        user: None | SubscriptionUserType0 | Unset
        if _user is None or isinstance(_user, Unset):
            user = _user
        else:
            componentsschemas_subscription_user_type_0 = SubscriptionUserType0.from_dict(_user)

            user = componentsschemas_subscription_user_type_0

        subscription_lifecycle_event = cls(
            date=date,
            user=user,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            subscription_lifecycle_event.additional_properties = extra
        return subscription_lifecycle_event

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


from ..models.subscription_user_type_0 import SubscriptionUserType0  # noqa: E402
