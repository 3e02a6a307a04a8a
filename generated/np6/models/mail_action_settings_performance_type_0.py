# Generated from an inline schema of the spec by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class MailActionSettingsPerformanceType0(
    Model,
    rename={
        "click_rate": "clickRate",
        "opening_rate": "openingRate",
        "unsubscribed_rate": "unsubscribedRate",
    },
):
    """Expected rates used for reporting.

    Attributes:
        opening_rate:
        click_rate:
        unsubscribed_rate:
    """

    opening_rate: float | None = None
    click_rate: float | None = None
    unsubscribed_rate: float | None = None
