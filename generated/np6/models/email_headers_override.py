from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailHeadersOverride")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "from",
        "reply",
    }
)


@_attrs_define
class EmailHeadersOverride:
    """Overrides of the action's email headers for one message.

    Attributes:
        from_ (MailFrom | Unset): The From address of an email, in three parts (never a plain string, NP6 answers 400).
        reply (None | str | Unset): Reply-To address.
    """

    from_: MailFrom | Unset = UNSET
    reply: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.to_dict()

        reply: None | str | Unset
        if isinstance(self.reply, Unset):
            reply = UNSET
        else:
            reply = self.reply

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if reply is not UNSET:
            field_dict["reply"] = reply

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _from_ = d.get("from", UNSET)
        from_: MailFrom | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = MailFrom.from_dict(_from_)

        reply = d.get("reply", UNSET)

        email_headers_override = cls(
            from_=from_,
            reply=reply,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            email_headers_override.additional_properties = extra
        return email_headers_override

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


from ..models.mail_from import MailFrom  # noqa: E402
