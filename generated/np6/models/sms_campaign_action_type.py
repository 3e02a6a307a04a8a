# Generated from the spec enum SmsCampaignActionType by templates/str_enum.py.jinja: do not edit.
from .._decoding import OpenStrEnum


class SmsCampaignActionType(OpenStrEnum):
    SMSCAMPAIGN = "smsCampaign"

    def __str__(self) -> str:
        return str(self.value)
