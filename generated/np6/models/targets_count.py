# Generated from #/components/schemas/TargetsCount by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class TargetsCount(
    Model,
    rename={
        "targets_count": "targetsCount",
    },
):
    """Number of contacts of the account.

    Attributes:
        targets_count: Total number of contacts.
    """

    targets_count: int
