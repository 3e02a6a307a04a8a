from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageStamp")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "time",
        "id",
        "thread",
        "set",
    }
)


@_attrs_define
class MessageStamp:
    """Tracking identifiers of a message (conversation flow); NP6 generates any that are omitted.

    Attributes:
        time (int | Unset): Creation time, in milliseconds since 1970-01-01T00:00:00Z.
        id (str | Unset): Stamp id.
        thread (str | Unset): Thread id.
        set_ (str | Unset): Set id.
    """

    time: int | Unset = UNSET
    id: str | Unset = UNSET
    thread: str | Unset = UNSET
    set_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        id = self.id

        thread = self.thread

        set_ = self.set_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time is not UNSET:
            field_dict["time"] = time
        if id is not UNSET:
            field_dict["id"] = id
        if thread is not UNSET:
            field_dict["thread"] = thread
        if set_ is not UNSET:
            field_dict["set"] = set_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        time = d.get("time", UNSET)

        id = d.get("id", UNSET)

        thread = d.get("thread", UNSET)

        set_ = d.get("set", UNSET)

        message_stamp = cls(
            time=time,
            id=id,
            thread=thread,
            set_=set_,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            message_stamp.additional_properties = extra
        return message_stamp

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
