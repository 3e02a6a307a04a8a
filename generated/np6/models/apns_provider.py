from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apns_provider_type import ApnsProviderType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApnsProvider")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "certificate",
        "bundle",
    }
)


@_attrs_define
class ApnsProvider:
    """Delivers through Apple Push Notification service.

    Attributes:
        type_ (ApnsProviderType):
        certificate (ApnsCertificate | Unset): The APNs certificate.
        bundle (str | Unset): Bundle identifier of the iOS application.
    """

    type_: ApnsProviderType
    certificate: ApnsCertificate | Unset = UNSET
    bundle: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        certificate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.certificate, Unset):
            certificate = self.certificate.to_dict()

        bundle = self.bundle

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if certificate is not UNSET:
            field_dict["certificate"] = certificate
        if bundle is not UNSET:
            field_dict["bundle"] = bundle

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = ApnsProviderType._decode(d["type"])

        _certificate = d.get("certificate", UNSET)
        certificate: ApnsCertificate | Unset
        if isinstance(_certificate, Unset):
            certificate = UNSET
        else:
            certificate = ApnsCertificate.from_dict(_certificate)

        bundle = d.get("bundle", UNSET)

        apns_provider = cls(
            type_=type_,
            certificate=certificate,
            bundle=bundle,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            apns_provider.additional_properties = extra
        return apns_provider

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


from ..models.apns_certificate import ApnsCertificate  # noqa: E402
