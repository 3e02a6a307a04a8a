from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RenderContext")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "display",
        "render",
        "recipient",
    }
)


@_attrs_define
class RenderContext:
    """Context of a links render.

    Attributes:
        id (str | Unset):
        display (int | Unset):
        render (int | Unset):
        recipient (str | Unset):
    """

    id: str | Unset = UNSET
    display: int | Unset = UNSET
    render: int | Unset = UNSET
    recipient: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display = self.display

        render = self.render

        recipient = self.recipient

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if display is not UNSET:
            field_dict["display"] = display
        if render is not UNSET:
            field_dict["render"] = render
        if recipient is not UNSET:
            field_dict["recipient"] = recipient

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d.get("id", UNSET)

        display = d.get("display", UNSET)

        render = d.get("render", UNSET)

        recipient = d.get("recipient", UNSET)

        render_context = cls(
            id=id,
            display=display,
            render=render,
            recipient=recipient,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            render_context.additional_properties = extra
        return render_context

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
