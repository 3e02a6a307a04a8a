from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import UnknownVariant
from ..types import UNSET, Unset

T = TypeVar("T", bound="RenderEmailRequest")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "receiver",
        "related",
        "stamp",
        "headers",
        "content",
    }
)


@_attrs_define
class RenderEmailRequest:
    """One email to render without sending it (media type application/vnd.np6.cm.email). NP6
    names the contact `receiver` here, as in the render-links request.

        Attributes:
            receiver (RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint | UnknownVariant): Who a
                message is for, discriminated by `type`.
            related (None | RenderEmailRequestRelatedType0 | Unset): A related contact identification.
            stamp (MessageStamp | Unset): Tracking identifiers of a message (conversation flow); NP6 generates any that are
                omitted.
            headers (EmailHeadersOverride | Unset): Overrides of the action's email headers for one message.
            content (None | RenderEmailRequestContentType0 | Unset): Content override.
    """

    receiver: RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint | UnknownVariant
    related: None | RenderEmailRequestRelatedType0 | Unset = UNSET
    stamp: MessageStamp | Unset = UNSET
    headers: EmailHeadersOverride | Unset = UNSET
    content: None | RenderEmailRequestContentType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        receiver: dict[str, Any]
        receiver = self.receiver.to_dict()

        related: dict[str, Any] | None | Unset
        if isinstance(self.related, Unset):
            related = UNSET
        elif isinstance(self.related, RenderEmailRequestRelatedType0):
            related = self.related.to_dict()
        else:
            related = self.related

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = self.stamp.to_dict()

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        content: dict[str, Any] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, RenderEmailRequestContentType0):
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
        if headers is not UNSET:
            field_dict["headers"] = headers
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
        related: None | RenderEmailRequestRelatedType0 | Unset
        if _related is None or isinstance(_related, Unset):
            related = _related
        else:
            related_type_0 = RenderEmailRequestRelatedType0.from_dict(_related)

            related = related_type_0

        _stamp = d.get("stamp", UNSET)
        stamp: MessageStamp | Unset
        if isinstance(_stamp, Unset):
            stamp = UNSET
        else:
            stamp = MessageStamp.from_dict(_stamp)

        _headers = d.get("headers", UNSET)
        headers: EmailHeadersOverride | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = EmailHeadersOverride.from_dict(_headers)

        _content = d.get("content", UNSET)
        content: None | RenderEmailRequestContentType0 | Unset
        if _content is None or isinstance(_content, Unset):
            content = _content
        else:
            content_type_0 = RenderEmailRequestContentType0.from_dict(_content)

            content = content_type_0

        render_email_request = cls(
            receiver=receiver,
            related=related,
            stamp=stamp,
            headers=headers,
            content=content,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            render_email_request.additional_properties = extra
        return render_email_request

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


from ..models.email_headers_override import EmailHeadersOverride  # noqa: E402
from ..models.message_stamp import MessageStamp  # noqa: E402
from ..models.recipient_by_hash import RecipientByHash  # noqa: E402
from ..models.recipient_by_id import RecipientById  # noqa: E402
from ..models.recipient_by_unicity import RecipientByUnicity  # noqa: E402
from ..models.recipient_footprint import RecipientFootprint  # noqa: E402
from ..models.render_email_request_content_type_0 import RenderEmailRequestContentType0  # noqa: E402
from ..models.render_email_request_related_type_0 import RenderEmailRequestRelatedType0  # noqa: E402
