# Generated from an inline schema of the spec by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class MailActionSettingsPurposeType0(
    Model,
    rename={
        "type_": "type",
    },
):
    """Purpose of the message (marketing or service).

    Attributes:
        type_:
    """

    type_: str | None = None
