# Generated from an inline schema of the spec by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class MailActionSettingsMpType0(
    Model,
):
    """Marketing pressure settings.

    Attributes:
        use: True to apply the account's marketing pressure rules.
        increment: True to count this action in the marketing pressure.
    """

    use: bool | None = None
    increment: bool | None = None
