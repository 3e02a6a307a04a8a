from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cancellation_event_type import CancellationEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CancellationEvent")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "timestamp",
        "identity",
        "source",
        "type",
    }
)


@_attrs_define
class CancellationEvent:
    """An execution was cancelled before delivery (for instance when rendering failed); see `source.detail.cancellation`.

    Attributes:
        id (UUID | Unset): Unique identifier of the event.
        timestamp (int | Unset): When NP6 published the event, in milliseconds since 1970-01-01T00:00:00Z.
        identity (EventIdentity | Unset): The account the event belongs to (NP6's underlying identity).
        source (EventSource | Unset): What produced the event (channel) and the event's detail.
        type_ (CancellationEventType | Unset):
    """

    id: UUID | Unset = UNSET
    timestamp: int | Unset = UNSET
    identity: EventIdentity | Unset = UNSET
    source: EventSource | Unset = UNSET
    type_: CancellationEventType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        timestamp = self.timestamp

        identity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identity, Unset):
            identity = self.identity.to_dict()

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if identity is not UNSET:
            field_dict["identity"] = identity
        if source is not UNSET:
            field_dict["source"] = source
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _id = d.get("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        timestamp = d.get("timestamp", UNSET)

        _identity = d.get("identity", UNSET)
        identity: EventIdentity | Unset
        if isinstance(_identity, Unset):
            identity = UNSET
        else:
            identity = EventIdentity.from_dict(_identity)

        _source = d.get("source", UNSET)
        source: EventSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = EventSource.from_dict(_source)

        _type_ = d.get("type", UNSET)
        type_: CancellationEventType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CancellationEventType._decode(_type_)

        cancellation_event = cls(
            id=id,
            timestamp=timestamp,
            identity=identity,
            source=source,
            type_=type_,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            cancellation_event.additional_properties = extra
        return cancellation_event

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


from ..models.event_identity import EventIdentity  # noqa: E402
from ..models.event_source import EventSource  # noqa: E402
