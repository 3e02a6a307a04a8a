from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MailActionSettingsPerformanceType0")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "openingRate",
        "clickRate",
        "unsubscribedRate",
    }
)


@_attrs_define
class MailActionSettingsPerformanceType0:
    """Expected rates used for reporting.

    Attributes:
        opening_rate (float | Unset):
        click_rate (float | Unset):
        unsubscribed_rate (float | Unset):
    """

    opening_rate: float | Unset = UNSET
    click_rate: float | Unset = UNSET
    unsubscribed_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        opening_rate = self.opening_rate

        click_rate = self.click_rate

        unsubscribed_rate = self.unsubscribed_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if opening_rate is not UNSET:
            field_dict["openingRate"] = opening_rate
        if click_rate is not UNSET:
            field_dict["clickRate"] = click_rate
        if unsubscribed_rate is not UNSET:
            field_dict["unsubscribedRate"] = unsubscribed_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        opening_rate = d.get("openingRate", UNSET)

        click_rate = d.get("clickRate", UNSET)

        unsubscribed_rate = d.get("unsubscribedRate", UNSET)

        mail_action_settings_performance_type_0 = cls(
            opening_rate=opening_rate,
            click_rate=click_rate,
            unsubscribed_rate=unsubscribed_rate,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            mail_action_settings_performance_type_0.additional_properties = extra
        return mail_action_settings_performance_type_0

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
