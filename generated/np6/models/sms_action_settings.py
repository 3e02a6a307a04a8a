# Generated from #/components/schemas/SmsActionSettings by templates/model.py.jinja: do not edit.
from __future__ import annotations

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

    field: int | None = None
    sms_format: int | None = None
    sms_type: int | None = None
    countries: list[str] | None = None
