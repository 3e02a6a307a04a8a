from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventStamp")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "time",
        "id",
        "thread",
    }
)


@_attrs_define
class EventStamp:
    """Tracking stamp of a message.

    Attributes:
        time (int | Unset): When the message was stamped, in milliseconds since the epoch.
        id (UUID | Unset): Identifier of the message (the id an execution returned).
        thread (UUID | Unset): Identifier of the thread the message belongs to.
    """

    time: int | Unset = UNSET
    id: UUID | Unset = UNSET
    thread: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        thread: str | Unset = UNSET
        if not isinstance(self.thread, Unset):
            thread = str(self.thread)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time is not UNSET:
            field_dict["time"] = time
        if id is not UNSET:
            field_dict["id"] = id
        if thread is not UNSET:
            field_dict["thread"] = thread

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        time = d.get("time", UNSET)

        _id = d.get("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _thread = d.get("thread", UNSET)
        thread: UUID | Unset
        if isinstance(_thread, Unset):
            thread = UNSET
        else:
            thread = UUID(_thread)

        event_stamp = cls(
            time=time,
            id=id,
            thread=thread,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            event_stamp.additional_properties = extra
        return event_stamp

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
