# Generated from #/components/schemas/Subscription by templates/model.py.jinja: do not edit.
from __future__ import annotations

from uuid import UUID

from .._models import Model


class Subscription(
    Model,
):
    """A device subscribed to push notifications of an application, bound to a contact.

    Attributes:
        id: Identifier of the subscription.
        lifecycle: Creation and modification of a subscription (set by NP6).
        application: Notifiable application of the subscription (see the Mobile Application operations).
        provider: Push provider of the subscription and the device token it knows. `type` is NP6's
            discriminator; `firebase` is the value documented.
        contact: Contact the subscription is bound to. `type` is NP6's discriminator: NP6 answers with a
            `footprint` (the contact's `id`, `unicity` and `hash` together); other kinds name the
            contact by one identifier in `value`.
    """

    id: UUID | None = None
    lifecycle: SubscriptionLifecycle | None = None
    application: UUID | None = None
    provider: SubscriptionProvider | None = None
    contact: SubscriptionContact | None = None


from .subscription_contact import SubscriptionContact  # noqa: E402
from .subscription_lifecycle import SubscriptionLifecycle  # noqa: E402
from .subscription_provider import SubscriptionProvider  # noqa: E402
