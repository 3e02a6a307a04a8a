# Generated from #/components/schemas/Category by templates/model.py.jinja: do not edit.
from __future__ import annotations

import datetime

from .._models import Model


class Category(
    Model,
    rename={
        "creation_date": "creationDate",
    },
):
    """A category used to classify actions (v8 documentation).

    Attributes:
        id: Identifier of the category.
        name: Name of the category (unique in the account).
        description: Free text describing the category.
        creation_date: When the category was created.
    """

    id: int
    name: str
    description: str | None = None
    creation_date: datetime.datetime | None = None
