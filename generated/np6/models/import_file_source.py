# Generated from #/components/schemas/ImportFileSource by templates/model.py.jinja: do not edit.
from __future__ import annotations

import datetime

from .._models import Model


class ImportFileSource(
    Model,
    tag_field="type",
    tag="file",
    rename={
        "creation_date": "creationDate",
        "update_date": "updateDate",
    },
):
    """A file uploaded with `PUT /imports/{id}/source`.

    Attributes:
        id: Identifier of the source.
        creation_date: When the source was created.
        update_date: When the source was last updated (for a file source, the upload).
        filename: Name under which NP6 stored the uploaded file (a prefix, then the sent name).
        data: Content of the file, as the 8.1.0 reference lists it (structure not documented).
    """

    id: int | None = None
    creation_date: datetime.datetime | None = None
    update_date: datetime.datetime | None = None
    filename: str | None = None
    data: list[ImportFileSourceDataItem] | None = None

    @property
    def type_(self) -> ImportFileSourceType:
        """The discriminator (``type``), implied by the class."""
        return ImportFileSourceType.FILE


from .import_file_source_data_item import ImportFileSourceDataItem  # noqa: E402
from .import_file_source_type import ImportFileSourceType  # noqa: E402
