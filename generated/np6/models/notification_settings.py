from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationSettings")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "urgent",
        "purpose",
        "expiration",
        "mp",
    }
)


@_attrs_define
class NotificationSettings:
    """Settings of a notification.

    Attributes:
        urgent (bool | Unset): Urgency of the notification (false by default).
        purpose (None | NotificationSettingsPurposeType0 | Unset): Purpose of the notification, Marketing (default) or
            Service.
        expiration (None | NotificationSettingsExpirationType0 | Unset): When an undelivered notification expires.
        mp (None | NotificationSettingsMpType0 | Unset): Marketing pressure settings.
    """

    urgent: bool | Unset = UNSET
    purpose: None | NotificationSettingsPurposeType0 | Unset = UNSET
    expiration: None | NotificationSettingsExpirationType0 | Unset = UNSET
    mp: None | NotificationSettingsMpType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        urgent = self.urgent

        purpose: dict[str, Any] | None | Unset
        if isinstance(self.purpose, Unset):
            purpose = UNSET
        elif isinstance(self.purpose, NotificationSettingsPurposeType0):
            purpose = self.purpose.to_dict()
        else:
            purpose = self.purpose

        expiration: dict[str, Any] | None | Unset
        if isinstance(self.expiration, Unset):
            expiration = UNSET
        elif isinstance(self.expiration, NotificationSettingsExpirationType0):
            expiration = self.expiration.to_dict()
        else:
            expiration = self.expiration

        mp: dict[str, Any] | None | Unset
        if isinstance(self.mp, Unset):
            mp = UNSET
        elif isinstance(self.mp, NotificationSettingsMpType0):
            mp = self.mp.to_dict()
        else:
            mp = self.mp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if urgent is not UNSET:
            field_dict["urgent"] = urgent
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if mp is not UNSET:
            field_dict["mp"] = mp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        urgent = d.get("urgent", UNSET)

        _purpose = d.get("purpose", UNSET)
        purpose: None | NotificationSettingsPurposeType0 | Unset
        if _purpose is None or isinstance(_purpose, Unset):
            purpose = _purpose
        else:
            purpose_type_0 = NotificationSettingsPurposeType0.from_dict(_purpose)

            purpose = purpose_type_0

        _expiration = d.get("expiration", UNSET)
        expiration: None | NotificationSettingsExpirationType0 | Unset
        if _expiration is None or isinstance(_expiration, Unset):
            expiration = _expiration
        else:
            expiration_type_0 = NotificationSettingsExpirationType0.from_dict(_expiration)

            expiration = expiration_type_0

        _mp = d.get("mp", UNSET)
        mp: None | NotificationSettingsMpType0 | Unset
        if _mp is None or isinstance(_mp, Unset):
            mp = _mp
        else:
            mp_type_0 = NotificationSettingsMpType0.from_dict(_mp)

            mp = mp_type_0

        notification_settings = cls(
            urgent=urgent,
            purpose=purpose,
            expiration=expiration,
            mp=mp,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            notification_settings.additional_properties = extra
        return notification_settings

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


from ..models.notification_settings_expiration_type_0 import NotificationSettingsExpirationType0  # noqa: E402
from ..models.notification_settings_mp_type_0 import NotificationSettingsMpType0  # noqa: E402
from ..models.notification_settings_purpose_type_0 import NotificationSettingsPurposeType0  # noqa: E402
