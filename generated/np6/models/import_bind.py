# Generated from #/components/schemas/ImportBind by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class ImportBind(
    Model,
    rename={
        "column_index": "columnIndex",
        "field_id": "fieldId",
    },
):
    """Mapping of one file column to a field.

    Attributes:
        column_index: Position of the column in the file, from 0.
        field_id: Field receiving the column (-10 for a column that is not imported).
    """

    column_index: int | None = None
    field_id: int | None = None
