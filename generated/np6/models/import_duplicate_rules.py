# Generated from #/components/schemas/ImportDuplicateRules by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class ImportDuplicateRules(
    Model,
):
    """Which line wins when the file holds the same contact several times (set one to true).

    Attributes:
        first: Keep the first line.
        last: Keep the last line.
        ignore: Ignore the duplicates (v8 documentation).
    """

    first: bool | None = None
    last: bool | None = None
    ignore: bool | None = None
