# Generated from #/components/schemas/SmsCampaignAction by templates/model.py.jinja: do not edit.
from __future__ import annotations

import datetime

from .._models import Model


class SmsCampaignAction(
    Model,
    tag_field="type",
    tag="smsCampaign",
    rename={
        "creation_date": "creationDate",
    },
):
    """An SMS sent to segments according to its scheduler.

    Attributes:
        id: Identifier of the action (six characters, e.g. 000ABC). Read-only.
        name: Name of the action.
        description: Free text describing the action.
        creation_date: When the action was created (UTC). Read-only.
        informations: Where the action is filed and its current state.
        settings: General settings of an SMS action (from the v8 documentation).
        content: Content of an SMS action.
        scheduler: When a campaign action is sent. Actions have no recurrence.
        monitor: Sending activity of a campaign action.
    """

    id: str | None = None
    name: str | None = None
    description: str | None = None
    creation_date: datetime.datetime | None = None
    informations: ActionInformations | None = None
    settings: SmsActionSettings | None = None
    content: SmsContent | None = None
    scheduler: ActionSchedulerModel | None = None
    monitor: ActionMonitor | None = None

    @property
    def type_(self) -> SmsCampaignActionType:
        """The discriminator (``type``), implied by the class."""
        return SmsCampaignActionType.SMSCAMPAIGN


from .action_informations import ActionInformations  # noqa: E402
from .action_monitor import ActionMonitor  # noqa: E402
from .action_scheduler_model import ActionSchedulerModel  # noqa: E402
from .sms_action_settings import SmsActionSettings  # noqa: E402
from .sms_campaign_action_type import SmsCampaignActionType  # noqa: E402
from .sms_content import SmsContent  # noqa: E402
