from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MailFrom")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "prefix",
        "domain",
        "label",
    }
)


@_attrs_define
class MailFrom:
    """The From address of an email, in three parts (never a plain string, NP6 answers 400).

    Attributes:
        prefix (str | Unset): Part of the address before the '@'.
        domain (str | Unset): Sending domain (after the '@'), one configured on the account.
        label (None | str | Unset): Display name.
    """

    prefix: str | Unset = UNSET
    domain: str | Unset = UNSET
    label: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prefix = self.prefix

        domain = self.domain

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if domain is not UNSET:
            field_dict["domain"] = domain
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        prefix = d.get("prefix", UNSET)

        domain = d.get("domain", UNSET)

        label = d.get("label", UNSET)

        mail_from = cls(
            prefix=prefix,
            domain=domain,
            label=label,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            mail_from.additional_properties = extra
        return mail_from

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
