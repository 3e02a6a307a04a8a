from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationRenderValues")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "title",
        "body",
        "icon",
        "thumbnail",
        "image",
    }
)


@_attrs_define
class NotificationRenderValues:
    """The rendered values.

    Attributes:
        title (None | str | Unset):
        body (None | str | Unset):
        icon (None | str | Unset):
        thumbnail (None | str | Unset):
        image (None | str | Unset):
    """

    title: None | str | Unset = UNSET
    body: None | str | Unset = UNSET
    icon: None | str | Unset = UNSET
    thumbnail: None | str | Unset = UNSET
    image: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        thumbnail: None | str | Unset
        if isinstance(self.thumbnail, Unset):
            thumbnail = UNSET
        else:
            thumbnail = self.thumbnail

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if body is not UNSET:
            field_dict["body"] = body
        if icon is not UNSET:
            field_dict["icon"] = icon
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        title = d.get("title", UNSET)

        body = d.get("body", UNSET)

        icon = d.get("icon", UNSET)

        thumbnail = d.get("thumbnail", UNSET)

        image = d.get("image", UNSET)

        notification_render_values = cls(
            title=title,
            body=body,
            icon=icon,
            thumbnail=thumbnail,
            image=image,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            notification_render_values.additional_properties = extra
        return notification_render_values

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
