# Generated from #/components/schemas/EventIdentity by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class EventIdentity(
    Model,
    rename={
        "type_": "type",
    },
):
    """The account the event belongs to (NP6's underlying identity).

    Attributes:
        type_: Kind of identity; `customer` in every documented event.
        agency: Agency code of the account.
        customer: Customer code of the account within the agency.
    """

    type_: str | None = None
    agency: str | None = None
    customer: str | None = None
