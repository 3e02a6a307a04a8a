# Generated from an inline schema of the spec by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class MailActionSettingsTemplating(
    Model,
):
    """Templating engine; NP6 documents version "4.1" (content overrides in sends need it).

    Attributes:
        version:
    """

    version: str | None = None
