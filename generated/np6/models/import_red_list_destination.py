# Generated from #/components/schemas/ImportRedListDestination by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class ImportRedListDestination(
    Model,
):
    """Which redlists the imported contacts go to.

    Attributes:
        mail: True for the email redlist.
        sms: True for the SMS redlist.
    """

    mail: bool | None = None
    sms: bool | None = None
