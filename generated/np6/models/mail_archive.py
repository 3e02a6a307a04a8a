from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MailArchive")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "action",
        "target",
        "sendingDate",
        "url",
        "expiresOn",
    }
)


@_attrs_define
class MailArchive:
    """An archived copy (.eml) of an email sent to one contact.

    Attributes:
        id (str | Unset): Identifier of the archive.
        action (str | Unset): Identifier of the action that sent the email.
        target (str | Unset): Identifier of the contact who received it.
        sending_date (datetime.datetime | Unset): When the contact received the email.
        url (str | Unset): Temporary download link of the archive (blank when not available).
        expires_on (datetime.datetime | Unset): When the download link expires.
    """

    id: str | Unset = UNSET
    action: str | Unset = UNSET
    target: str | Unset = UNSET
    sending_date: datetime.datetime | Unset = UNSET
    url: str | Unset = UNSET
    expires_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        action = self.action

        target = self.target

        sending_date: str | Unset = UNSET
        if not isinstance(self.sending_date, Unset):
            sending_date = self.sending_date.isoformat()

        url = self.url

        expires_on: str | Unset = UNSET
        if not isinstance(self.expires_on, Unset):
            expires_on = self.expires_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if action is not UNSET:
            field_dict["action"] = action
        if target is not UNSET:
            field_dict["target"] = target
        if sending_date is not UNSET:
            field_dict["sendingDate"] = sending_date
        if url is not UNSET:
            field_dict["url"] = url
        if expires_on is not UNSET:
            field_dict["expiresOn"] = expires_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d.get("id", UNSET)

        action = d.get("action", UNSET)

        target = d.get("target", UNSET)

        _sending_date = d.get("sendingDate", UNSET)
        sending_date: datetime.datetime | Unset
        if isinstance(_sending_date, Unset):
            sending_date = UNSET
        else:
            sending_date = datetime.datetime.fromisoformat(_sending_date)

        url = d.get("url", UNSET)

        _expires_on = d.get("expiresOn", UNSET)
        expires_on: datetime.datetime | Unset
        if isinstance(_expires_on, Unset):
            expires_on = UNSET
        else:
            expires_on = datetime.datetime.fromisoformat(_expires_on)

        mail_archive = cls(
            id=id,
            action=action,
            target=target,
            sending_date=sending_date,
            url=url,
            expires_on=expires_on,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            mail_archive.additional_properties = extra
        return mail_archive

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
