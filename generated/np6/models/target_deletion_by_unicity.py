# Generated from #/components/schemas/TargetDeletionByUnicity by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class TargetDeletionByUnicity(
    Model,
    tag_field="type",
    tag="unicity",
):
    """Delete the contacts with these unicity values.

    Attributes:
        value: One entry per contact, each the list of its unicity criteria values (e.g. `[["a@b.c"], ["d@e.f"]]`).
    """

    value: list[list[str]] | None = None

    @property
    def type_(self) -> TargetDeletionByUnicityType:
        """The discriminator (``type``), implied by the class."""
        return TargetDeletionByUnicityType.UNICITY


from .target_deletion_by_unicity_type import TargetDeletionByUnicityType  # noqa: E402
