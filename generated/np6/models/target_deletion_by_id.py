# Generated from #/components/schemas/TargetDeletionById by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class TargetDeletionById(
    Model,
    tag_field="type",
    tag="id",
):
    """Delete the contacts with these identifiers.

    Attributes:
        value: Contact identifiers.
    """

    value: list[str] | None = None

    @property
    def type_(self) -> TargetDeletionByIdType:
        """The discriminator (``type``), implied by the class."""
        return TargetDeletionByIdType.ID


from .target_deletion_by_id_type import TargetDeletionByIdType  # noqa: E402
