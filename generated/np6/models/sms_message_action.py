# Generated from #/components/schemas/SmsMessageAction by templates/model.py.jinja: do not edit.
from __future__ import annotations

import datetime

from .._models import Model


class SmsMessageAction(
    Model,
    tag_field="type",
    tag="smsMessage",
    rename={
        "creation_date": "creationDate",
    },
):
    """An SMS sent one message at a time through the API.

    Attributes:
        id: Identifier of the action (six characters, e.g. 000ABC). Read-only.
        name: Name of the action.
        description: Free text describing the action.
        creation_date: When the action was created (UTC). Read-only.
        informations: Where the action is filed and its current state.
        settings: General settings of an SMS action (from the v8 documentation).
        content: Content of an SMS action.
    """

    id: str | None = None
    name: str | None = None
    description: str | None = None
    creation_date: datetime.datetime | None = None
    informations: ActionInformations | None = None
    settings: SmsActionSettings | None = None
    content: SmsContent | None = None

    @property
    def type_(self) -> SmsMessageActionType:
        """The discriminator (``type``), implied by the class."""
        return SmsMessageActionType.SMSMESSAGE


from .action_informations import ActionInformations  # noqa: E402
from .sms_action_settings import SmsActionSettings  # noqa: E402
from .sms_content import SmsContent  # noqa: E402
from .sms_message_action_type import SmsMessageActionType  # noqa: E402
