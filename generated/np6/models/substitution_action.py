# Generated from #/components/schemas/SubstitutionAction by templates/union.py.jinja: do not edit.
"""SubstitutionAction: An email or SMS action, discriminated by `type`. The same document is sent to create or
update an action (read-only values such as `id`, `creationDate` and the state are ignored)
and returned by reads.

Members (by ``type``): ``mailMessage`` MailMessageAction, ``mailCampaign`` MailCampaignAction, ``smsMessage`` SmsMessageAction, ``smsCampaign`` SmsCampaignAction.
Anything else (a kind NP6 added, no ``type``, or a known kind that does not
decode) is a :class:`UnknownSubstitutionAction`, which keeps the raw object and reads the fields every
member shares.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, TypeAlias

from .._decoding import UnknownVariant, register
from .action_base import ActionBase
from .action_informations import ActionInformations
from .mail_campaign_action import MailCampaignAction
from .mail_message_action import MailMessageAction
from .sms_campaign_action import SmsCampaignAction
from .sms_message_action import SmsMessageAction


class UnknownSubstitutionAction(UnknownVariant[ActionBase]):
    """A SubstitutionAction this client cannot decode as one of its members (see ``raw``, ``error``)."""

    __slots__ = ()
    DISCRIMINATOR = "type"
    SHARED = ActionBase

    @property
    def id(self) -> str | None:
        return None if self.shared is None else self.shared.id

    @property
    def name(self) -> str | None:
        return None if self.shared is None else self.shared.name

    @property
    def description(self) -> str | None:
        return None if self.shared is None else self.shared.description

    @property
    def creation_date(self) -> datetime.datetime | None:
        return None if self.shared is None else self.shared.creation_date

    @property
    def informations(self) -> ActionInformations | None:
        return None if self.shared is None else self.shared.informations


if TYPE_CHECKING:
    SubstitutionAction: TypeAlias = (
        MailMessageAction | MailCampaignAction | SmsMessageAction | SmsCampaignAction | UnknownSubstitutionAction
    )
else:  # what msgspec decodes; an unknown member is placed by np6._decoding's fallback
    SubstitutionAction = MailMessageAction | MailCampaignAction | SmsMessageAction | SmsCampaignAction

register(UnknownSubstitutionAction, MailMessageAction, MailCampaignAction, SmsMessageAction, SmsCampaignAction)
