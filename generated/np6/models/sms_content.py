# Generated from #/components/schemas/SmsContent by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class SmsContent(
    Model,
    rename={
        "text_content": "textContent",
    },
):
    """Content of an SMS action.

    Attributes:
        text_content: The text of the SMS.
    """

    text_content: str | None = None
