# Generated from #/components/schemas/ImportSourceBase by templates/model.py.jinja: do not edit.
from __future__ import annotations

import datetime

from .._models import Model


class ImportSourceBase(
    Model,
    rename={
        "creation_date": "creationDate",
        "update_date": "updateDate",
    },
):
    """Properties of every kind of import source (the `type` discriminator is on each kind).

    Attributes:
        id: Identifier of the source.
        creation_date: When the source was created.
        update_date: When the source was last updated (for a file source, the upload).
    """

    id: int | None = None
    creation_date: datetime.datetime | None = None
    update_date: datetime.datetime | None = None
