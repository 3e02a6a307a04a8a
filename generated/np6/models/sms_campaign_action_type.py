from .._decoding import OpenStrEnum


class SmsCampaignActionType(OpenStrEnum):
    SMSCAMPAIGN = "smsCampaign"

    def __str__(self) -> str:
        return str(self.value)
