from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailAttachment")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "name",
        "mime",
        "data",
    }
)


@_attrs_define
class EmailAttachment:
    """A file attached to one message.

    Attributes:
        name (str | Unset): File name.
        mime (str | Unset): MIME type, e.g. application/pdf.
        data (EmailAttachmentData | Unset): The attachment data.
    """

    name: str | Unset = UNSET
    mime: str | Unset = UNSET
    data: EmailAttachmentData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        mime = self.mime

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if mime is not UNSET:
            field_dict["mime"] = mime
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d.get("name", UNSET)

        mime = d.get("mime", UNSET)

        _data = d.get("data", UNSET)
        data: EmailAttachmentData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = EmailAttachmentData.from_dict(_data)

        email_attachment = cls(
            name=name,
            mime=mime,
            data=data,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            email_attachment.additional_properties = extra
        return email_attachment

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


from ..models.email_attachment_data import EmailAttachmentData  # noqa: E402
