# Generated from #/components/schemas/ImportExecutionContent by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class ImportExecutionContent(
    Model,
    rename={
        "saved_import_format": "savedImportFormat",
        "start_at": "startAt",
    },
):
    """What an execution runs with (v8 documentation); the format is inline or under `bindings`.

    Attributes:
        identifier: Identifier of an import format.
        name: Name of the import format.
        separator: Column separator as an ASCII code (59 is `;`).
        start_at: First line to import (1 skips a header line).
        binds: Column to field mappings.
        saved_import_format: True when the format is saved for reuse.
        features: Features applied by the execution.
        bindings: An import format (binding) as the v8 documentation shows it.
    """

    identifier: ImportFormatIdentifier | None = None
    name: str | None = None
    separator: int | None = None
    start_at: int | None = None
    binds: list[ImportBind] | None = None
    saved_import_format: bool | None = None
    features: list[ImportFeature] | None = None
    bindings: ImportFormat | None = None


from .import_bind import ImportBind  # noqa: E402
from .import_feature import ImportFeature  # noqa: E402
from .import_format import ImportFormat  # noqa: E402
from .import_format_identifier import ImportFormatIdentifier  # noqa: E402
