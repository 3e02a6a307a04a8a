# Generated from #/components/schemas/TargetDeletionBySegment by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class TargetDeletionBySegment(
    Model,
    tag_field="type",
    tag="segment",
):
    """Delete every contact of a segment.

    Attributes:
        value: Identifier of the segment whose contacts are deleted.
    """

    value: int | None = None

    @property
    def type_(self) -> TargetDeletionBySegmentType:
        """The discriminator (``type``), implied by the class."""
        return TargetDeletionBySegmentType.SEGMENT


from .target_deletion_by_segment_type import TargetDeletionBySegmentType  # noqa: E402
