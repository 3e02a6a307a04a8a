# Generated from #/components/schemas/ImportSource by templates/union.py.jinja: do not edit.
"""ImportSource: Where an import reads its file, discriminated by `type`: `ftp` (a folder of NP6's FTP
server) or `file` (an uploaded file). Other kinds decode as unknown variants.

Members (by ``type``): ``ftp`` ImportFtpSource, ``file`` ImportFileSource.
Anything else (a kind NP6 added, no ``type``, or a known kind that does not
decode) is a :class:`UnknownImportSource`, which keeps the raw object and reads the fields every
member shares.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, TypeAlias

from .._decoding import UnknownVariant, register
from .import_file_source import ImportFileSource
from .import_ftp_source import ImportFtpSource
from .import_source_base import ImportSourceBase


class UnknownImportSource(UnknownVariant[ImportSourceBase]):
    """A ImportSource this client cannot decode as one of its members (see ``raw``, ``error``)."""

    __slots__ = ()
    DISCRIMINATOR = "type"
    SHARED = ImportSourceBase

    @property
    def id(self) -> int | None:
        return None if self.shared is None else self.shared.id

    @property
    def creation_date(self) -> datetime.datetime | None:
        return None if self.shared is None else self.shared.creation_date

    @property
    def update_date(self) -> datetime.datetime | None:
        return None if self.shared is None else self.shared.update_date


if TYPE_CHECKING:
    ImportSource: TypeAlias = ImportFtpSource | ImportFileSource | UnknownImportSource
else:  # what msgspec decodes; an unknown member is placed by np6._decoding's fallback
    ImportSource = ImportFtpSource | ImportFileSource

register(UnknownImportSource, ImportFtpSource, ImportFileSource)
