# Generated from #/components/schemas/ImportDefinition by templates/model.py.jinja: do not edit.
from __future__ import annotations

import datetime

from .._models import Model


class ImportDefinition(
    Model,
    rename={
        "creation_date": "creationDate",
        "update_date": "updateDate",
    },
):
    """An import definition: the import format (`binding`, the mapping of file columns to
    fields), what the import does (`features`), where the file comes from (`source`) and,
    for automatic imports, its `scheduler`. NP6 reads and writes this one model; on
    creation `id` is null and the dates are ignored.

    Attributes:
        id: Identifier of the import definition.
        name: Name of the import.
        creation_date: When the import definition was created.
        update_date: When the import definition was last updated.
        binding: Identifier of the import format mapping file columns to fields.
        features: Import configuration features.
        source: Where an import reads its file, discriminated by `type`: `ftp` (a folder of NP6's FTP
            server) or `file` (an uploaded file). Other kinds decode as unknown variants.
        scheduler: Scheduler running an automatic import (`type` is NP6's discriminator; the v8
            documentation shows a `periodic` one with `frequency` and `validity`). Reads may carry
            only the `id`.
    """

    id: int | None = None
    name: str | None = None
    creation_date: datetime.datetime | None = None
    update_date: datetime.datetime | None = None
    binding: int | None = None
    features: list[ImportFeature] | None = None
    source: ImportSource | None = None
    scheduler: ImportScheduler | None = None


from .import_feature import ImportFeature  # noqa: E402
from .import_scheduler import ImportScheduler  # noqa: E402
from .import_source import ImportSource  # noqa: E402
