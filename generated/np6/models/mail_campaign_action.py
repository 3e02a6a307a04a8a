# Generated from #/components/schemas/MailCampaignAction by templates/model.py.jinja: do not edit.
from __future__ import annotations

import datetime

from .._models import Model


class MailCampaignAction(
    Model,
    tag_field="type",
    tag="mailCampaign",
    rename={
        "creation_date": "creationDate",
    },
):
    """An email sent to segments according to its scheduler.

    Attributes:
        id: Identifier of the action (six characters, e.g. 000ABC). Read-only.
        name: Name of the action.
        description: Free text describing the action.
        creation_date: When the action was created (UTC). Read-only.
        informations: Where the action is filed and its current state.
        settings: General settings of an email action. Omitted values take the account's defaults.
        content: Content of an email action.
        scheduler: When a campaign action is sent. Actions have no recurrence.
        monitor: Sending activity of a campaign action.
    """

    id: str | None = None
    name: str | None = None
    description: str | None = None
    creation_date: datetime.datetime | None = None
    informations: ActionInformations | None = None
    settings: MailActionSettings | None = None
    content: MailContent | None = None
    scheduler: ActionSchedulerModel | None = None
    monitor: ActionMonitor | None = None

    @property
    def type_(self) -> MailCampaignActionType:
        """The discriminator (``type``), implied by the class."""
        return MailCampaignActionType.MAILCAMPAIGN


from .action_informations import ActionInformations  # noqa: E402
from .action_monitor import ActionMonitor  # noqa: E402
from .action_scheduler_model import ActionSchedulerModel  # noqa: E402
from .mail_action_settings import MailActionSettings  # noqa: E402
from .mail_campaign_action_type import MailCampaignActionType  # noqa: E402
from .mail_content import MailContent  # noqa: E402
