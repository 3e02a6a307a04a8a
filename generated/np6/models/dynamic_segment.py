# Generated from #/components/schemas/DynamicSegment by templates/model.py.jinja: do not edit.
from __future__ import annotations

import datetime

from .._models import Model


class DynamicSegment(
    Model,
    tag_field="type",
    tag="dynamic",
    rename={
        "is_test": "isTest",
        "parent_id": "parentId",
        "search_id": "searchId",
        "targets_count": "targetsCount",
    },
):
    """A segment computed by NP6 from a search, optionally narrowing a parent segment.

    Attributes:
        id: Identifier of the segment.
        name: Name of the segment.
        description: Free text describing the segment (the reference does not mark it nullable).
        creation: When the segment was created.
        expiration: When the segment expires.
        is_test: True when the segment may be used as a test segment in the test phase of an action validation.
        targets_count: Estimated number of contacts in the segment.
        parent_id: Identifier of the parent segment.
        search_id: Identifier of the search behind the segment.
    """

    id: int
    name: str
    description: str | None = None
    creation: datetime.datetime | None = None
    expiration: datetime.datetime | None = None
    is_test: bool | None = None
    targets_count: int | None = None
    parent_id: int | None = None
    search_id: int | None = None

    @property
    def type_(self) -> DynamicSegmentType:
        """The discriminator (``type``), implied by the class."""
        return DynamicSegmentType.DYNAMIC


from .dynamic_segment_type import DynamicSegmentType  # noqa: E402
