# Generated from #/components/schemas/SmsActionSettings by templates/model.py.jinja: do not edit.
from __future__ import annotations

from msgspec import UNSET, UnsetType

from .._models import Model


class SmsActionSettings(
    Model,
    rename={
        "sms_format": "smsFormat",
        "sms_type": "smsType",
    },
):
    """General settings of an SMS action (from the v8 documentation).

    Attributes:
        field: Identifier of the contact field holding the phone number.
        sms_format: SMS format code.
        sms_type: SMS type code.
        countries: Countries the SMS may be sent to.
    """

    field: int | None | UnsetType = UNSET
    sms_format: int | None | UnsetType = UNSET
    sms_type: int | None | UnsetType = UNSET
    countries: list[str] | None | UnsetType = UNSET
