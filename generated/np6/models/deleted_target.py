# Generated from #/components/schemas/DeletedTarget by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class DeletedTarget(
    Model,
):
    """A contact removed by a bulk deletion (v8 documentation).

    Attributes:
        id: Identifier of the deleted contact.
        unicity: Its unicity criteria values.
    """

    id: str | None = None
    unicity: list[str] | None = None
