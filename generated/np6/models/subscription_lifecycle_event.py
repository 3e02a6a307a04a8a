# Generated from #/components/schemas/SubscriptionLifecycleEvent by templates/model.py.jinja: do not edit.
from __future__ import annotations

import datetime

from .._models import Model


class SubscriptionLifecycleEvent(
    Model,
):
    """One lifecycle event (creation or modification) of a subscription.

    Attributes:
        date: When it happened.
        user: Platform user behind a lifecycle event (null in NP6's sample).
    """

    date: datetime.datetime | None = None
    user: SubscriptionUserType0 | None = None


from .subscription_user_type_0 import SubscriptionUserType0  # noqa: E402
