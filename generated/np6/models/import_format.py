# Generated from #/components/schemas/ImportFormat by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class ImportFormat(
    Model,
    rename={
        "saved_import_format": "savedImportFormat",
        "start_at": "startAt",
    },
):
    """An import format (binding) as the v8 documentation shows it.

    Attributes:
        identifier: Identifier of an import format.
        name: Name of the import format.
        separator: Column separator as an ASCII code (59 is `;`).
        start_at: First line to import (1 skips a header line).
        binds: Column to field mappings.
        saved_import_format: True when the format is saved for reuse.
    """

    identifier: ImportFormatIdentifier | None = None
    name: str | None = None
    separator: int | None = None
    start_at: int | None = None
    binds: list[ImportBind] | None = None
    saved_import_format: bool | None = None


from .import_bind import ImportBind  # noqa: E402
from .import_format_identifier import ImportFormatIdentifier  # noqa: E402
