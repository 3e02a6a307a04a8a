from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsActionSettings")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "field",
        "smsFormat",
        "smsType",
        "countries",
    }
)


@_attrs_define
class SmsActionSettings:
    """General settings of an SMS action (from the v8 documentation).

    Attributes:
        field (int | None | Unset): Identifier of the contact field holding the phone number.
        sms_format (int | None | Unset): SMS format code.
        sms_type (int | None | Unset): SMS type code.
        countries (list[str] | None | Unset): Countries the SMS may be sent to.
    """

    field: int | None | Unset = UNSET
    sms_format: int | None | Unset = UNSET
    sms_type: int | None | Unset = UNSET
    countries: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field: int | None | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        sms_format: int | None | Unset
        if isinstance(self.sms_format, Unset):
            sms_format = UNSET
        else:
            sms_format = self.sms_format

        sms_type: int | None | Unset
        if isinstance(self.sms_type, Unset):
            sms_type = UNSET
        else:
            sms_type = self.sms_type

        countries: list[str] | None | Unset
        if isinstance(self.countries, Unset):
            countries = UNSET
        elif isinstance(self.countries, list):
            countries = self.countries

        else:
            countries = self.countries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field is not UNSET:
            field_dict["field"] = field
        if sms_format is not UNSET:
            field_dict["smsFormat"] = sms_format
        if sms_type is not UNSET:
            field_dict["smsType"] = sms_type
        if countries is not UNSET:
            field_dict["countries"] = countries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        field = d.get("field", UNSET)

        sms_format = d.get("smsFormat", UNSET)

        sms_type = d.get("smsType", UNSET)

        _countries = d.get("countries", UNSET)
        countries: list[str] | None | Unset
        if _countries is None or isinstance(_countries, Unset):
            countries = _countries
        else:
            countries_type_0 = cast(list[str], _countries)

            countries = countries_type_0

        sms_action_settings = cls(
            field=field,
            sms_format=sms_format,
            sms_type=sms_type,
            countries=countries,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            sms_action_settings.additional_properties = extra
        return sms_action_settings

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
