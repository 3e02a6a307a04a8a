from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_receiver_contact_type import EventReceiverContactType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventReceiverContact")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "value",
    }
)


@_attrs_define
class EventReceiverContact:
    """The contact of a notification; `value` describes it (its shape is not printed in full by the reference).

    Attributes:
        type_ (EventReceiverContactType):
        value (EventReceiverContactValue | Unset): The contact, itself typed by a `type` property.
    """

    type_: EventReceiverContactType
    value: EventReceiverContactValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = EventReceiverContactType._decode(d["type"])

        _value = d.get("value", UNSET)
        value: EventReceiverContactValue | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = EventReceiverContactValue.from_dict(_value)

        event_receiver_contact = cls(
            type_=type_,
            value=value,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            event_receiver_contact.additional_properties = extra
        return event_receiver_contact

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


from ..models.event_receiver_contact_value import EventReceiverContactValue  # noqa: E402
