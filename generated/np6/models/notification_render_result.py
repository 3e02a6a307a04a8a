from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationRenderResult")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "meta",
        "channel",
        "redirection",
        "render",
    }
)


@_attrs_define
class NotificationRenderResult:
    """A rendered notification (nothing is sent). `type` is "success" in NP6's example.

    Attributes:
        type_ (str): Outcome of the render, e.g. success.
        meta (NotificationRenderMeta | Unset): What a render used.
        channel (None | str | Unset): The rendered display channel.
        redirection (None | str | Unset): The rendered redirection link.
        render (NotificationRenderValues | Unset): The rendered values.
    """

    type_: str
    meta: NotificationRenderMeta | Unset = UNSET
    channel: None | str | Unset = UNSET
    redirection: None | str | Unset = UNSET
    render: NotificationRenderValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        redirection: None | str | Unset
        if isinstance(self.redirection, Unset):
            redirection = UNSET
        else:
            redirection = self.redirection

        render: dict[str, Any] | Unset = UNSET
        if not isinstance(self.render, Unset):
            render = self.render.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta
        if channel is not UNSET:
            field_dict["channel"] = channel
        if redirection is not UNSET:
            field_dict["redirection"] = redirection
        if render is not UNSET:
            field_dict["render"] = render

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d["type"]

        _meta = d.get("meta", UNSET)
        meta: NotificationRenderMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = NotificationRenderMeta.from_dict(_meta)

        channel = d.get("channel", UNSET)

        redirection = d.get("redirection", UNSET)

        _render = d.get("render", UNSET)
        render: NotificationRenderValues | Unset
        if isinstance(_render, Unset):
            render = UNSET
        else:
            render = NotificationRenderValues.from_dict(_render)

        notification_render_result = cls(
            type_=type_,
            meta=meta,
            channel=channel,
            redirection=redirection,
            render=render,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            notification_render_result.additional_properties = extra
        return notification_render_result

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


from ..models.notification_render_meta import NotificationRenderMeta  # noqa: E402
from ..models.notification_render_values import NotificationRenderValues  # noqa: E402
