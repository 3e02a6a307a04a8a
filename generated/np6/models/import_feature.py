# Generated from #/components/schemas/ImportFeature by templates/union.py.jinja: do not edit.
"""ImportFeature: One feature of an import configuration, discriminated by `type`.

Members (by ``type``): ``segmentation`` ImportSegmentationFeature, ``redList`` ImportRedListFeature, ``duplicate`` ImportDuplicateFeature, ``report`` ImportReportFeature, ``database`` ImportDatabaseFeature, ``normalization`` ImportNormalizationFeature.
Anything else (a kind NP6 added, no ``type``, or a known kind that does not
decode) is a :class:`UnknownImportFeature`, which keeps the raw object and reads the fields every
member shares.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

from .._decoding import UnknownVariant, register
from .._models import Model
from .import_database_feature import ImportDatabaseFeature
from .import_duplicate_feature import ImportDuplicateFeature
from .import_normalization_feature import ImportNormalizationFeature
from .import_red_list_feature import ImportRedListFeature
from .import_report_feature import ImportReportFeature
from .import_segmentation_feature import ImportSegmentationFeature


class ImportFeatureShared(Model):
    """The fields every ImportFeature member has (read on its unknown member)."""

    pass


class UnknownImportFeature(UnknownVariant[ImportFeatureShared]):
    """A ImportFeature this client cannot decode as one of its members (see ``raw``, ``error``)."""

    __slots__ = ()
    DISCRIMINATOR = "type"
    SHARED = ImportFeatureShared


if TYPE_CHECKING:
    ImportFeature: TypeAlias = (
        ImportSegmentationFeature
        | ImportRedListFeature
        | ImportDuplicateFeature
        | ImportReportFeature
        | ImportDatabaseFeature
        | ImportNormalizationFeature
        | UnknownImportFeature
    )
else:  # what msgspec decodes; an unknown member is placed by np6._decoding's fallback
    ImportFeature = (
        ImportSegmentationFeature
        | ImportRedListFeature
        | ImportDuplicateFeature
        | ImportReportFeature
        | ImportDatabaseFeature
        | ImportNormalizationFeature
    )

register(
    UnknownImportFeature,
    ImportSegmentationFeature,
    ImportRedListFeature,
    ImportDuplicateFeature,
    ImportReportFeature,
    ImportDatabaseFeature,
    ImportNormalizationFeature,
)
