# Generated from #/components/schemas/ImportNormalizationFeature by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class ImportNormalizationFeature(
    Model,
    tag_field="type",
    tag="normalization",
):
    """Normalisation of phone numbers, per field.

    Attributes:
        fields: Field id (as a string) to the ISO 3166 alpha-3 country codes used to normalise its phone numbers.
    """

    fields: ImportNormalizationFeatureFields | None = None

    @property
    def type_(self) -> ImportNormalizationFeatureType:
        """The discriminator (``type``), implied by the class."""
        return ImportNormalizationFeatureType.NORMALIZATION


from .import_normalization_feature_fields import ImportNormalizationFeatureFields  # noqa: E402
from .import_normalization_feature_type import ImportNormalizationFeatureType  # noqa: E402
