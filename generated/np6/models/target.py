# Generated from #/components/schemas/Target by templates/model.py.jinja: do not edit.
from __future__ import annotations

import datetime

from .._models import Model


class Target(
    Model,
    rename={
        "creation_date": "creationDate",
        "hash_": "hash",
        "last_update_date": "lastUpdateDate",
    },
):
    """A contact as NP6 returns it. `fields` holds its values keyed by field *id* (as strings,
    e.g. `"8103"`); `GET /fields` gives the id of each field name. This is not the shape
    `POST /targets` accepts (see `Document`).

    Attributes:
        id: Identifier of the contact (8 characters, e.g. `000MLGPR`).
        hash_: Hash of the contact, usable to look it up instead of its id.
        creation_date: When the contact was created.
        last_update_date: When the contact was last updated.
        fields: Values of the contact keyed by field id.
    """

    id: str
    hash_: str | None = None
    creation_date: datetime.datetime | None = None
    last_update_date: datetime.datetime | None = None
    fields: TargetFields | None = None


from .target_fields import TargetFields  # noqa: E402
