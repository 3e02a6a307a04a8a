from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import UnknownVariant
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotifiableApplication")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "name",
        "description",
        "active",
        "stamp",
        "icon",
        "providers",
        "routes",
        "channels",
    }
)


@_attrs_define
class NotifiableApplication:
    """A mobile application notifications can be pushed to.

    Attributes:
        type_ (str | Unset): Kind of application (native in NP6's examples).
        id (None | Unset | UUID): Identifier of the application (null when creating).
        name (str | Unset):
        description (None | str | Unset):
        active (bool | Unset): Online state of the application.
        stamp (None | NotifiableApplicationStampType0 | Unset): Creation and last modification dates (null when
            creating).
        icon (None | str | Unset): Icon of the application.
        providers (list[ApnsProvider | FirebaseProvider | HttpProvider | UnknownVariant] | Unset): Services used to
            deliver notifications to the application.
        routes (list[ApplicationRoute] | None | Unset): Routes available for redirections.
        channels (list[ApplicationRoute] | None | Unset): Channels handling how notifications are displayed.
    """

    type_: str | Unset = UNSET
    id: None | Unset | UUID = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    active: bool | Unset = UNSET
    stamp: None | NotifiableApplicationStampType0 | Unset = UNSET
    icon: None | str | Unset = UNSET
    providers: list[ApnsProvider | FirebaseProvider | HttpProvider | UnknownVariant] | Unset = UNSET
    routes: list[ApplicationRoute] | None | Unset = UNSET
    channels: list[ApplicationRoute] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        active = self.active

        stamp: dict[str, Any] | None | Unset
        if isinstance(self.stamp, Unset):
            stamp = UNSET
        elif isinstance(self.stamp, NotifiableApplicationStampType0):
            stamp = self.stamp.to_dict()
        else:
            stamp = self.stamp

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        providers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.providers, Unset):
            providers = []
            for providers_item_data in self.providers:
                providers_item: dict[str, Any]
                providers_item = providers_item_data.to_dict()

                providers.append(providers_item)

        routes: list[dict[str, Any]] | None | Unset
        if isinstance(self.routes, Unset):
            routes = UNSET
        elif isinstance(self.routes, list):
            routes = []
            for routes_type_0_item_data in self.routes:
                routes_type_0_item = routes_type_0_item_data.to_dict()
                routes.append(routes_type_0_item)

        else:
            routes = self.routes

        channels: list[dict[str, Any]] | None | Unset
        if isinstance(self.channels, Unset):
            channels = UNSET
        elif isinstance(self.channels, list):
            channels = []
            for channels_type_0_item_data in self.channels:
                channels_type_0_item = channels_type_0_item_data.to_dict()
                channels.append(channels_type_0_item)

        else:
            channels = self.channels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if active is not UNSET:
            field_dict["active"] = active
        if stamp is not UNSET:
            field_dict["stamp"] = stamp
        if icon is not UNSET:
            field_dict["icon"] = icon
        if providers is not UNSET:
            field_dict["providers"] = providers
        if routes is not UNSET:
            field_dict["routes"] = routes
        if channels is not UNSET:
            field_dict["channels"] = channels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d.get("type", UNSET)

        _id = d.get("id", UNSET)
        id: None | Unset | UUID
        if _id is None or isinstance(_id, Unset):
            id = _id
        else:
            id_type_0 = UUID(_id)

            id = id_type_0

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        active = d.get("active", UNSET)

        _stamp = d.get("stamp", UNSET)
        stamp: None | NotifiableApplicationStampType0 | Unset
        if _stamp is None or isinstance(_stamp, Unset):
            stamp = _stamp
        else:
            stamp_type_0 = NotifiableApplicationStampType0.from_dict(_stamp)

            stamp = stamp_type_0

        icon = d.get("icon", UNSET)

        def _parse_providers_item(data: object) -> ApnsProvider | FirebaseProvider | HttpProvider | UnknownVariant:
            if not isinstance(data, dict):
                raise TypeError(f"expected an object with a 'type' property, got {type(data).__name__}")
            kind = data.get("type")
            if kind == "firebase":
                return FirebaseProvider.from_dict(data)
            if kind == "apns":
                return ApnsProvider.from_dict(data)
            if kind == "http":
                return HttpProvider.from_dict(data)
            return UnknownVariant(data, "type", None)

        _providers = d.get("providers", UNSET)
        providers: list[ApnsProvider | FirebaseProvider | HttpProvider | UnknownVariant] | Unset = UNSET
        if _providers is not UNSET:
            providers = [_parse_providers_item(providers_item_data) for providers_item_data in _providers]

        _routes = d.get("routes", UNSET)
        routes: list[ApplicationRoute] | None | Unset
        if _routes is None or isinstance(_routes, Unset):
            routes = _routes
        else:
            routes_type_0 = [ApplicationRoute.from_dict(routes_type_0_item_data) for routes_type_0_item_data in _routes]

            routes = routes_type_0

        _channels = d.get("channels", UNSET)
        channels: list[ApplicationRoute] | None | Unset
        if _channels is None or isinstance(_channels, Unset):
            channels = _channels
        else:
            channels_type_0 = [
                ApplicationRoute.from_dict(channels_type_0_item_data) for channels_type_0_item_data in _channels
            ]

            channels = channels_type_0

        notifiable_application = cls(
            type_=type_,
            id=id,
            name=name,
            description=description,
            active=active,
            stamp=stamp,
            icon=icon,
            providers=providers,
            routes=routes,
            channels=channels,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            notifiable_application.additional_properties = extra
        return notifiable_application

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


from ..models.apns_provider import ApnsProvider  # noqa: E402
from ..models.application_route import ApplicationRoute  # noqa: E402
from ..models.firebase_provider import FirebaseProvider  # noqa: E402
from ..models.http_provider import HttpProvider  # noqa: E402
from ..models.notifiable_application_stamp_type_0 import NotifiableApplicationStampType0  # noqa: E402
