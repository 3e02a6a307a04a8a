# Generated from #/components/schemas/ImportDatabaseFeature by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class ImportDatabaseFeature(
    Model,
    tag_field="type",
    tag="database",
    rename={
        "crush_data": "crushData",
        "update_existing": "updateExisting",
    },
):
    """How the import writes into the contact database.

    Attributes:
        update_existing: True to update the contacts that already exist.
        crush_data: True to overwrite existing values with empty ones from the file.
    """

    update_existing: bool | None = None
    crush_data: bool | None = None

    @property
    def type_(self) -> ImportDatabaseFeatureType:
        """The discriminator (``type``), implied by the class."""
        return ImportDatabaseFeatureType.DATABASE


from .import_database_feature_type import ImportDatabaseFeatureType  # noqa: E402
