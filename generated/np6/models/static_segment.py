# Generated from #/components/schemas/StaticSegment by templates/model.py.jinja: do not edit.
from __future__ import annotations

import datetime

from .._models import Model


class StaticSegment(
    Model,
    tag_field="type",
    tag="static",
    rename={
        "is_test": "isTest",
        "targets_count": "targetsCount",
    },
):
    """A segment holding an explicit list of contacts (filled by API calls or imports).

    Attributes:
        id: Identifier of the segment.
        name: Name of the segment.
        description: Free text describing the segment (the reference does not mark it nullable).
        creation: When the segment was created.
        expiration: When the segment expires.
        is_test: True when the segment may be used as a test segment in the test phase of an action validation.
        targets_count: Estimated number of contacts in the segment.
    """

    id: int
    name: str
    description: str | None = None
    creation: datetime.datetime | None = None
    expiration: datetime.datetime | None = None
    is_test: bool | None = None
    targets_count: int | None = None

    @property
    def type_(self) -> StaticSegmentType:
        """The discriminator (``type``), implied by the class."""
        return StaticSegmentType.STATIC


from .static_segment_type import StaticSegmentType  # noqa: E402
