# Generated from #/components/schemas/ImportFtpSource by templates/model.py.jinja: do not edit.
from __future__ import annotations

import datetime

from .._models import Model


class ImportFtpSource(
    Model,
    tag_field="type",
    tag="ftp",
    rename={
        "creation_date": "creationDate",
        "template_filename": "templateFilename",
        "update_date": "updateDate",
    },
):
    """Files picked up in a folder of NP6's FTP server.

    Attributes:
        id: Identifier of the source.
        creation_date: When the source was created.
        update_date: When the source was last updated (for a file source, the upload).
        folder: FTP folder read by the import.
        template_filename: Name of the files the import picks up in the folder.
    """

    id: int | None = None
    creation_date: datetime.datetime | None = None
    update_date: datetime.datetime | None = None
    folder: str | None = None
    template_filename: str | None = None

    @property
    def type_(self) -> ImportFtpSourceType:
        """The discriminator (``type``), implied by the class."""
        return ImportFtpSourceType.FTP


from .import_ftp_source_type import ImportFtpSourceType  # noqa: E402
