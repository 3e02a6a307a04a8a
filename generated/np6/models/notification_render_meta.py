from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationRenderMeta")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "notification",
        "version",
        "application",
        "subscription",
        "stamp",
    }
)


@_attrs_define
class NotificationRenderMeta:
    """What a render used.

    Attributes:
        notification (int | Unset): Notification rendered.
        version (UUID | Unset): Version rendered.
        application (None | Unset | UUID): Notifiable application used.
        subscription (None | Unset | UUID): Subscription of the contact used.
        stamp (None | NotificationRenderMetaStampType0 | Unset): Stamp used.
    """

    notification: int | Unset = UNSET
    version: UUID | Unset = UNSET
    application: None | Unset | UUID = UNSET
    subscription: None | Unset | UUID = UNSET
    stamp: None | NotificationRenderMetaStampType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification = self.notification

        version: str | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = str(self.version)

        application: None | str | Unset
        if isinstance(self.application, Unset):
            application = UNSET
        elif isinstance(self.application, UUID):
            application = str(self.application)
        else:
            application = self.application

        subscription: None | str | Unset
        if isinstance(self.subscription, Unset):
            subscription = UNSET
        elif isinstance(self.subscription, UUID):
            subscription = str(self.subscription)
        else:
            subscription = self.subscription

        stamp: dict[str, Any] | None | Unset
        if isinstance(self.stamp, Unset):
            stamp = UNSET
        elif isinstance(self.stamp, NotificationRenderMetaStampType0):
            stamp = self.stamp.to_dict()
        else:
            stamp = self.stamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notification is not UNSET:
            field_dict["notification"] = notification
        if version is not UNSET:
            field_dict["version"] = version
        if application is not UNSET:
            field_dict["application"] = application
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if stamp is not UNSET:
            field_dict["stamp"] = stamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        notification = d.get("notification", UNSET)

        _version = d.get("version", UNSET)
        version: UUID | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = UUID(_version)

        _application = d.get("application", UNSET)
        application: None | Unset | UUID
        if _application is None or isinstance(_application, Unset):
            application = _application
        else:
            application_type_0 = UUID(_application)

            application = application_type_0

        _subscription = d.get("subscription", UNSET)
        subscription: None | Unset | UUID
        if _subscription is None or isinstance(_subscription, Unset):
            subscription = _subscription
        else:
            subscription_type_0 = UUID(_subscription)

            subscription = subscription_type_0

        _stamp = d.get("stamp", UNSET)
        stamp: None | NotificationRenderMetaStampType0 | Unset
        if _stamp is None or isinstance(_stamp, Unset):
            stamp = _stamp
        else:
            stamp_type_0 = NotificationRenderMetaStampType0.from_dict(_stamp)

            stamp = stamp_type_0

        notification_render_meta = cls(
            notification=notification,
            version=version,
            application=application,
            subscription=subscription,
            stamp=stamp,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            notification_render_meta.additional_properties = extra
        return notification_render_meta

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


from ..models.notification_render_meta_stamp_type_0 import NotificationRenderMetaStampType0  # noqa: E402
