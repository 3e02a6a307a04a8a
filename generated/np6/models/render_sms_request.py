from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import UnknownVariant
from ..types import UNSET, Unset

T = TypeVar("T", bound="RenderSmsRequest")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "receiver",
        "related",
        "stamp",
        "content",
    }
)


@_attrs_define
class RenderSmsRequest:
    """One SMS to render without sending it (media type application/vnd.np6.cm.sms).

    Attributes:
        receiver (RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint | UnknownVariant): Who a
            message is for, discriminated by `type`.
        related (None | RenderSmsRequestRelatedType0 | Unset): A related contact identification.
        stamp (MessageStamp | Unset): Tracking identifiers of a message (conversation flow); NP6 generates any that are
            omitted.
        content (None | RenderSmsRequestContentType0 | Unset): Content override.
    """

    receiver: RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint | UnknownVariant
    related: None | RenderSmsRequestRelatedType0 | Unset = UNSET
    stamp: MessageStamp | Unset = UNSET
    content: None | RenderSmsRequestContentType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        receiver: dict[str, Any]
        receiver = self.receiver.to_dict()

        related: dict[str, Any] | None | Unset
        if isinstance(self.related, Unset):
            related = UNSET
        elif isinstance(self.related, RenderSmsRequestRelatedType0):
            related = self.related.to_dict()
        else:
            related = self.related

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = self.stamp.to_dict()

        content: dict[str, Any] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, RenderSmsRequestContentType0):
            content = self.content.to_dict()
        else:
            content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "receiver": receiver,
            }
        )
        if related is not UNSET:
            field_dict["related"] = related
        if stamp is not UNSET:
            field_dict["stamp"] = stamp
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_receiver(
            data: object,
        ) -> RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint | UnknownVariant:
            if not isinstance(data, dict):
                raise TypeError(f"expected an object with a 'type' property, got {type(data).__name__}")
            kind = data.get("type")
            if kind == "id":
                return RecipientById.from_dict(data)
            if kind == "unicity":
                return RecipientByUnicity.from_dict(data)
            if kind == "hash":
                return RecipientByHash.from_dict(data)
            if kind == "footprint":
                return RecipientFootprint.from_dict(data)
            return UnknownVariant(data, "type", None)

        receiver = _parse_receiver(d["receiver"])

        _related = d.get("related", UNSET)
        related: None | RenderSmsRequestRelatedType0 | Unset
        if _related is None or isinstance(_related, Unset):
            related = _related
        else:
            related_type_0 = RenderSmsRequestRelatedType0.from_dict(_related)

            related = related_type_0

        _stamp = d.get("stamp", UNSET)
        stamp: MessageStamp | Unset
        if isinstance(_stamp, Unset):
            stamp = UNSET
        else:
            stamp = MessageStamp.from_dict(_stamp)

        _content = d.get("content", UNSET)
        content: None | RenderSmsRequestContentType0 | Unset
        if _content is None or isinstance(_content, Unset):
            content = _content
        else:
            content_type_0 = RenderSmsRequestContentType0.from_dict(_content)

            content = content_type_0

        render_sms_request = cls(
            receiver=receiver,
            related=related,
            stamp=stamp,
            content=content,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            render_sms_request.additional_properties = extra
        return render_sms_request

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
from ..models.recipient_by_hash import RecipientByHash  # noqa: E402
from ..models.recipient_by_id import RecipientById  # noqa: E402
from ..models.recipient_by_unicity import RecipientByUnicity  # noqa: E402
from ..models.recipient_footprint import RecipientFootprint  # noqa: E402
from ..models.render_sms_request_content_type_0 import RenderSmsRequestContentType0  # noqa: E402
from ..models.render_sms_request_related_type_0 import RenderSmsRequestRelatedType0  # noqa: E402
