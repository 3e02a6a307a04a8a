# Generated from #/components/schemas/ImportRedListFeature by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class ImportRedListFeature(
    Model,
    tag_field="type",
    tag="redList",
):
    """Put the imported contacts in redlists.

    Attributes:
        destination: Which redlists the imported contacts go to.
    """

    destination: ImportRedListDestination | None = None

    @property
    def type_(self) -> ImportRedListFeatureType:
        """The discriminator (``type``), implied by the class."""
        return ImportRedListFeatureType.REDLIST


from .import_red_list_destination import ImportRedListDestination  # noqa: E402
from .import_red_list_feature_type import ImportRedListFeatureType  # noqa: E402
