# Generated from #/components/schemas/ImportDuplicateFeature by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class ImportDuplicateFeature(
    Model,
    tag_field="type",
    tag="duplicate",
):
    """How duplicates in the file are handled.

    Attributes:
        rules: Which line wins when the file holds the same contact several times (set one to true).
    """

    rules: ImportDuplicateRules | None = None

    @property
    def type_(self) -> ImportDuplicateFeatureType:
        """The discriminator (``type``), implied by the class."""
        return ImportDuplicateFeatureType.DUPLICATE


from .import_duplicate_feature_type import ImportDuplicateFeatureType  # noqa: E402
from .import_duplicate_rules import ImportDuplicateRules  # noqa: E402
