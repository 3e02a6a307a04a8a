from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationBase")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "description",
        "stamp",
        "active",
        "settings",
        "application",
        "task",
        "versions",
    }
)


@_attrs_define
class NotificationBase:
    """Values shared by every kind of notification.

    Attributes:
        id (int | Unset): Identifier of the notification.
        name (str | Unset):
        description (None | str | Unset):
        stamp (StampInformations | Unset): Creation and last modification dates of a resource.
        active (bool | Unset): Online state of the notification.
        settings (NotificationSettings | Unset): Settings of a notification.
        application (None | Unset | UUID): Notifiable application whose subscribers receive the notification.
        task (NotificationTask | Unset): How the notification is triggered.
        versions (list[NotificationVersion] | Unset): Versions of the notification.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    stamp: StampInformations | Unset = UNSET
    active: bool | Unset = UNSET
    settings: NotificationSettings | Unset = UNSET
    application: None | Unset | UUID = UNSET
    task: NotificationTask | Unset = UNSET
    versions: list[NotificationVersion] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = self.stamp.to_dict()

        active = self.active

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        application: None | str | Unset
        if isinstance(self.application, Unset):
            application = UNSET
        elif isinstance(self.application, UUID):
            application = str(self.application)
        else:
            application = self.application

        task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task.to_dict()

        versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = []
            for versions_item_data in self.versions:
                versions_item = versions_item_data.to_dict()
                versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if stamp is not UNSET:
            field_dict["stamp"] = stamp
        if active is not UNSET:
            field_dict["active"] = active
        if settings is not UNSET:
            field_dict["settings"] = settings
        if application is not UNSET:
            field_dict["application"] = application
        if task is not UNSET:
            field_dict["task"] = task
        if versions is not UNSET:
            field_dict["versions"] = versions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d.get("id", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        _stamp = d.get("stamp", UNSET)
        stamp: StampInformations | Unset
        if isinstance(_stamp, Unset):
            stamp = UNSET
        else:
            stamp = StampInformations.from_dict(_stamp)

        active = d.get("active", UNSET)

        _settings = d.get("settings", UNSET)
        settings: NotificationSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = NotificationSettings.from_dict(_settings)

        _application = d.get("application", UNSET)
        application: None | Unset | UUID
        if _application is None or isinstance(_application, Unset):
            application = _application
        else:
            application_type_0 = UUID(_application)

            application = application_type_0

        _task = d.get("task", UNSET)
        task: NotificationTask | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = NotificationTask.from_dict(_task)

        _versions = d.get("versions", UNSET)
        versions: list[NotificationVersion] | Unset = UNSET
        if _versions is not UNSET:
            versions = [NotificationVersion.from_dict(versions_item_data) for versions_item_data in _versions]

        notification_base = cls(
            id=id,
            name=name,
            description=description,
            stamp=stamp,
            active=active,
            settings=settings,
            application=application,
            task=task,
            versions=versions,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            notification_base.additional_properties = extra
        return notification_base

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


from ..models.notification_settings import NotificationSettings  # noqa: E402
from ..models.notification_task import NotificationTask  # noqa: E402
from ..models.notification_version import NotificationVersion  # noqa: E402
from ..models.stamp_informations import StampInformations  # noqa: E402
