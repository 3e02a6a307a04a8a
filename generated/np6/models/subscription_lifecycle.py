# Generated from #/components/schemas/SubscriptionLifecycle by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class SubscriptionLifecycle(
    Model,
):
    """Creation and modification of a subscription (set by NP6).

    Attributes:
        creation: One lifecycle event (creation or modification) of a subscription.
        modification: One lifecycle event (creation or modification) of a subscription.
    """

    creation: SubscriptionLifecycleEvent | None = None
    modification: SubscriptionLifecycleEvent | None = None


from .subscription_lifecycle_event import SubscriptionLifecycleEvent  # noqa: E402
