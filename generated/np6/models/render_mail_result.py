from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RenderMailResult")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "recipient",
        "sender",
        "subject",
        "html",
        "text",
        "amp",
        "headers",
    }
)


@_attrs_define
class RenderMailResult:
    """A rendered message (nothing is sent). `type` is "success" in NP6's examples; the other
    values are not documented, so it is kept as a plain string.

        Attributes:
            type_ (str): Outcome of the render, e.g. success.
            recipient (None | str | Unset): Address the message would go to.
            sender (RenderSender | Unset): Sender of a rendered email.
            subject (None | str | Unset):
            html (None | str | Unset):
            text (None | str | Unset):
            amp (None | str | Unset): AMP version, when the action has one.
            headers (None | RenderMailResultHeadersType0 | Unset): Email headers of the rendered message.
    """

    type_: str
    recipient: None | str | Unset = UNSET
    sender: RenderSender | Unset = UNSET
    subject: None | str | Unset = UNSET
    html: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    amp: None | str | Unset = UNSET
    headers: None | RenderMailResultHeadersType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        recipient: None | str | Unset
        if isinstance(self.recipient, Unset):
            recipient = UNSET
        else:
            recipient = self.recipient

        sender: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sender, Unset):
            sender = self.sender.to_dict()

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        html: None | str | Unset
        if isinstance(self.html, Unset):
            html = UNSET
        else:
            html = self.html

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        amp: None | str | Unset
        if isinstance(self.amp, Unset):
            amp = UNSET
        else:
            amp = self.amp

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, RenderMailResultHeadersType0):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if sender is not UNSET:
            field_dict["sender"] = sender
        if subject is not UNSET:
            field_dict["subject"] = subject
        if html is not UNSET:
            field_dict["html"] = html
        if text is not UNSET:
            field_dict["text"] = text
        if amp is not UNSET:
            field_dict["amp"] = amp
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d["type"]

        recipient = d.get("recipient", UNSET)

        _sender = d.get("sender", UNSET)
        sender: RenderSender | Unset
        if isinstance(_sender, Unset):
            sender = UNSET
        else:
            sender = RenderSender.from_dict(_sender)

        subject = d.get("subject", UNSET)

        html = d.get("html", UNSET)

        text = d.get("text", UNSET)

        amp = d.get("amp", UNSET)

        _headers = d.get("headers", UNSET)
        headers: None | RenderMailResultHeadersType0 | Unset
        if _headers is None or isinstance(_headers, Unset):
            headers = _headers
        else:
            headers_type_0 = RenderMailResultHeadersType0.from_dict(_headers)

            headers = headers_type_0

        render_mail_result = cls(
            type_=type_,
            recipient=recipient,
            sender=sender,
            subject=subject,
            html=html,
            text=text,
            amp=amp,
            headers=headers,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            render_mail_result.additional_properties = extra
        return render_mail_result

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


from ..models.render_mail_result_headers_type_0 import RenderMailResultHeadersType0  # noqa: E402
from ..models.render_sender import RenderSender  # noqa: E402
