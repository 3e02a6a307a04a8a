from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import UnknownVariant
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventActivation")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "version",
        "kind",
        "receiver",
        "stamp",
        "recipient",
    }
)


@_attrs_define
class EventActivation:
    """The activation (one message to one contact) the event is about.

    Attributes:
        id (int | str | Unset): Identifier of the action or notification: a string for email and SMS actions (`000PE4`),
            an integer for notifications (`156`).
        version (UUID | Unset): Version of the notification that was activated (notification events only).
        kind (str | Unset): Kind of activation, e.g. `message` for an email action or `application` for a notification.
        receiver (EventReceiverContact | EventReceiverFootprint | EventReceiverId | UnknownVariant | Unset): The contact
            a message was for, discriminated by `type`.
        stamp (EventStamp | Unset): Tracking stamp of a message.
        recipient (str | Unset): Address the message was sent to (email address or phone number).
    """

    id: int | str | Unset = UNSET
    version: UUID | Unset = UNSET
    kind: str | Unset = UNSET
    receiver: EventReceiverContact | EventReceiverFootprint | EventReceiverId | UnknownVariant | Unset = UNSET
    stamp: EventStamp | Unset = UNSET
    recipient: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        version: str | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = str(self.version)

        kind = self.kind

        receiver: dict[str, Any] | Unset
        if isinstance(self.receiver, Unset):
            receiver = UNSET
        else:
            receiver = self.receiver.to_dict()

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = self.stamp.to_dict()

        recipient = self.recipient

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if kind is not UNSET:
            field_dict["kind"] = kind
        if receiver is not UNSET:
            field_dict["receiver"] = receiver
        if stamp is not UNSET:
            field_dict["stamp"] = stamp
        if recipient is not UNSET:
            field_dict["recipient"] = recipient

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.get("id", UNSET))

        _version = d.get("version", UNSET)
        version: UUID | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = UUID(_version)

        kind = d.get("kind", UNSET)

        def _parse_receiver(
            data: object,
        ) -> EventReceiverContact | EventReceiverFootprint | EventReceiverId | UnknownVariant | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected an object with a 'type' property, got {type(data).__name__}")
            kind = data.get("type")
            if kind == "footprint":
                return EventReceiverFootprint.from_dict(data)
            if kind == "id":
                return EventReceiverId.from_dict(data)
            if kind == "contact":
                return EventReceiverContact.from_dict(data)
            return UnknownVariant(data, "type", None)

        receiver = _parse_receiver(d.get("receiver", UNSET))

        _stamp = d.get("stamp", UNSET)
        stamp: EventStamp | Unset
        if isinstance(_stamp, Unset):
            stamp = UNSET
        else:
            stamp = EventStamp.from_dict(_stamp)

        recipient = d.get("recipient", UNSET)

        event_activation = cls(
            id=id,
            version=version,
            kind=kind,
            receiver=receiver,
            stamp=stamp,
            recipient=recipient,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            event_activation.additional_properties = extra
        return event_activation

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


from ..models.event_receiver_contact import EventReceiverContact  # noqa: E402
from ..models.event_receiver_footprint import EventReceiverFootprint  # noqa: E402
from ..models.event_receiver_id import EventReceiverId  # noqa: E402
from ..models.event_stamp import EventStamp  # noqa: E402
