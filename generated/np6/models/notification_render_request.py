from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationRenderRequest")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "receiver",
        "related",
        "stamp",
    }
)


@_attrs_define
class NotificationRenderRequest:
    """Who and what to render a notification version for.

    Attributes:
        receiver (NotificationReceiver | Unset): The contact a notification is rendered for.
        related (None | NotificationRenderRequestRelatedType0 | Unset): A related contact identification.
        stamp (MessageStamp | Unset): Tracking identifiers of a message (conversation flow); NP6 generates any that are
            omitted.
    """

    receiver: NotificationReceiver | Unset = UNSET
    related: None | NotificationRenderRequestRelatedType0 | Unset = UNSET
    stamp: MessageStamp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        receiver: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receiver, Unset):
            receiver = self.receiver.to_dict()

        related: dict[str, Any] | None | Unset
        if isinstance(self.related, Unset):
            related = UNSET
        elif isinstance(self.related, NotificationRenderRequestRelatedType0):
            related = self.related.to_dict()
        else:
            related = self.related

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = self.stamp.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if receiver is not UNSET:
            field_dict["receiver"] = receiver
        if related is not UNSET:
            field_dict["related"] = related
        if stamp is not UNSET:
            field_dict["stamp"] = stamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _receiver = d.get("receiver", UNSET)
        receiver: NotificationReceiver | Unset
        if isinstance(_receiver, Unset):
            receiver = UNSET
        else:
            receiver = NotificationReceiver.from_dict(_receiver)

        _related = d.get("related", UNSET)
        related: None | NotificationRenderRequestRelatedType0 | Unset
        if _related is None or isinstance(_related, Unset):
            related = _related
        else:
            related_type_0 = NotificationRenderRequestRelatedType0.from_dict(_related)

            related = related_type_0

        _stamp = d.get("stamp", UNSET)
        stamp: MessageStamp | Unset
        if isinstance(_stamp, Unset):
            stamp = UNSET
        else:
            stamp = MessageStamp.from_dict(_stamp)

        notification_render_request = cls(
            receiver=receiver,
            related=related,
            stamp=stamp,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            notification_render_request.additional_properties = extra
        return notification_render_request

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


from ..models.message_stamp import MessageStamp  # noqa: E402
from ..models.notification_receiver import NotificationReceiver  # noqa: E402
from ..models.notification_render_request_related_type_0 import NotificationRenderRequestRelatedType0  # noqa: E402
