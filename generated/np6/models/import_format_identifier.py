# Generated from #/components/schemas/ImportFormatIdentifier by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class ImportFormatIdentifier(
    Model,
):
    """Identifier of an import format.

    Attributes:
        guid: Identifier of the import format (the `binding` of an import definition).
    """

    guid: int | None = None
