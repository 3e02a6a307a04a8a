from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RenderSender")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "bounce",
        "label",
        "reply",
        "value",
    }
)


@_attrs_define
class RenderSender:
    """Sender of a rendered email.

    Attributes:
        bounce (None | str | Unset): Bounce (return-path) address.
        label (None | str | Unset): Display name.
        reply (None | str | Unset): Reply-To address.
        value (None | str | Unset): From address.
    """

    bounce: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    reply: None | str | Unset = UNSET
    value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bounce: None | str | Unset
        if isinstance(self.bounce, Unset):
            bounce = UNSET
        else:
            bounce = self.bounce

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        reply: None | str | Unset
        if isinstance(self.reply, Unset):
            reply = UNSET
        else:
            reply = self.reply

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bounce is not UNSET:
            field_dict["bounce"] = bounce
        if label is not UNSET:
            field_dict["label"] = label
        if reply is not UNSET:
            field_dict["reply"] = reply
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        bounce = d.get("bounce", UNSET)

        label = d.get("label", UNSET)

        reply = d.get("reply", UNSET)

        value = d.get("value", UNSET)

        render_sender = cls(
            bounce=bounce,
            label=label,
            reply=reply,
            value=value,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            render_sender.additional_properties = extra
        return render_sender

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
