from .._decoding import OpenStrEnum


class MailCampaignActionType(OpenStrEnum):
    MAILCAMPAIGN = "mailCampaign"

    def __str__(self) -> str:
        return str(self.value)
