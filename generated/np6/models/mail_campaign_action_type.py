# Generated from the spec enum MailCampaignActionType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class MailCampaignActionType(OpenStrEnum):
    MAILCAMPAIGN = "mailCampaign"

    def __str__(self) -> str:
        return str(self.value)
