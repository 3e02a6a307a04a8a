# Generated from #/components/schemas/ActionBase by templates/model.py.jinja: do not edit.
from __future__ import annotations

import datetime

from .._models import Model


class ActionBase(
    Model,
    rename={
        "creation_date": "creationDate",
    },
):
    """Values shared by every kind of action.

    Attributes:
        id: Identifier of the action (six characters, e.g. 000ABC). Read-only.
        name: Name of the action.
        description: Free text describing the action.
        creation_date: When the action was created (UTC). Read-only.
        informations: Where the action is filed and its current state.
    """

    id: str | None = None
    name: str | None = None
    description: str | None = None
    creation_date: datetime.datetime | None = None
    informations: ActionInformations | None = None


from .action_informations import ActionInformations  # noqa: E402
