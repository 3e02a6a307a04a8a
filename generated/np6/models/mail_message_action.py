# Generated from #/components/schemas/MailMessageAction by templates/model.py.jinja: do not edit.
from __future__ import annotations

import datetime

from .._models import Model


class MailMessageAction(
    Model,
    tag_field="type",
    tag="mailMessage",
    rename={
        "creation_date": "creationDate",
    },
):
    """An email sent one message at a time through the API (/execution, /executions).

    Attributes:
        id: Identifier of the action (six characters, e.g. 000ABC). Read-only.
        name: Name of the action.
        description: Free text describing the action.
        creation_date: When the action was created (UTC). Read-only.
        informations: Where the action is filed and its current state.
        settings: General settings of an email action. Omitted values take the account's defaults.
        content: Content of an email action.
    """

    id: str | None = None
    name: str | None = None
    description: str | None = None
    creation_date: datetime.datetime | None = None
    informations: ActionInformations | None = None
    settings: MailActionSettings | None = None
    content: MailContent | None = None

    @property
    def type_(self) -> MailMessageActionType:
        """The discriminator (``type``), implied by the class."""
        return MailMessageActionType.MAILMESSAGE


from .action_informations import ActionInformations  # noqa: E402
from .mail_action_settings import MailActionSettings  # noqa: E402
from .mail_content import MailContent  # noqa: E402
from .mail_message_action_type import MailMessageActionType  # noqa: E402
