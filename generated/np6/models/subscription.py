from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Subscription")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "lifecycle",
        "application",
        "provider",
        "contact",
    }
)


@_attrs_define
class Subscription:
    """A device subscribed to push notifications of an application, bound to a contact.

    Attributes:
        id (UUID | Unset): Identifier of the subscription.
        lifecycle (SubscriptionLifecycle | Unset): Creation and modification of a subscription (set by NP6).
        application (UUID | Unset): Notifiable application of the subscription (see the Mobile Application operations).
        provider (SubscriptionProvider | Unset): Push provider of the subscription and the device token it knows. `type`
            is NP6's
            discriminator; `firebase` is the value documented.
        contact (SubscriptionContact | Unset): Contact the subscription is bound to. `type` is NP6's discriminator: NP6
            answers with a
            `footprint` (the contact's `id`, `unicity` and `hash` together); other kinds name the
            contact by one identifier in `value`.
    """

    id: UUID | Unset = UNSET
    lifecycle: SubscriptionLifecycle | Unset = UNSET
    application: UUID | Unset = UNSET
    provider: SubscriptionProvider | Unset = UNSET
    contact: SubscriptionContact | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        lifecycle: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lifecycle, Unset):
            lifecycle = self.lifecycle.to_dict()

        application: str | Unset = UNSET
        if not isinstance(self.application, Unset):
            application = str(self.application)

        provider: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.to_dict()

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if lifecycle is not UNSET:
            field_dict["lifecycle"] = lifecycle
        if application is not UNSET:
            field_dict["application"] = application
        if provider is not UNSET:
            field_dict["provider"] = provider
        if contact is not UNSET:
            field_dict["contact"] = contact

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _id = d.get("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _lifecycle = d.get("lifecycle", UNSET)
        lifecycle: SubscriptionLifecycle | Unset
        if isinstance(_lifecycle, Unset):
            lifecycle = UNSET
        else:
            lifecycle = SubscriptionLifecycle.from_dict(_lifecycle)

        _application = d.get("application", UNSET)
        application: UUID | Unset
        if isinstance(_application, Unset):
            application = UNSET
        else:
            application = UUID(_application)

        _provider = d.get("provider", UNSET)
        provider: SubscriptionProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = SubscriptionProvider.from_dict(_provider)

        _contact = d.get("contact", UNSET)
        contact: SubscriptionContact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = SubscriptionContact.from_dict(_contact)

        subscription = cls(
            id=id,
            lifecycle=lifecycle,
            application=application,
            provider=provider,
            contact=contact,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            subscription.additional_properties = extra
        return subscription

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


from ..models.subscription_contact import SubscriptionContact  # noqa: E402
from ..models.subscription_lifecycle import SubscriptionLifecycle  # noqa: E402
from ..models.subscription_provider import SubscriptionProvider  # noqa: E402
