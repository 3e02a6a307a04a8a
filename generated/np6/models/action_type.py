# Generated from the spec enum ActionType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class ActionType(OpenStrEnum):
    MAILCAMPAIGN = "mailCampaign"
    MAILMESSAGE = "mailMessage"
    SMSCAMPAIGN = "smsCampaign"
    SMSMESSAGE = "smsMessage"

    def __str__(self) -> str:
        return str(self.value)
