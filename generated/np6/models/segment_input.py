# Generated from #/components/schemas/SegmentInput by templates/model.py.jinja: do not edit.
from __future__ import annotations

import datetime

from msgspec import UNSET, UnsetType

from .._models import Model


class SegmentInput(
    Model,
    rename={
        "is_test": "isTest",
        "parent_id": "parentId",
        "search_id": "searchId",
        "targets_count": "targetsCount",
        "type_": "type",
    },
):
    """Data to create or update a segment. The update page lists the whole segment model as its
    body; NP6 sets the read-only values (creation date, contact count) itself.

    Attributes:
        type_: Kind of segment. Static segments hold an explicit list of contacts; dynamic ones are computed (and may
            have a parent).
        name: Name of the segment.
        id: Identifier of the segment (updates only; ignored on creation).
        description: Free text describing the segment.
        creation: Creation date (read-only; listed in the body model by the update page).
        expiration: When the segment expires.
        is_test: True to make the segment usable as a test segment.
        targets_count: Estimated number of contacts (read-only; listed in the body model by the update page).
        parent_id: Parent segment of a dynamic segment (null for none).
        search_id: Search behind a dynamic segment.
    """

    type_: SegmentType
    name: str
    id: int | None = None
    description: str | None = None
    creation: datetime.datetime | None | UnsetType = UNSET
    expiration: datetime.datetime | None | UnsetType = UNSET
    is_test: bool | None | UnsetType = UNSET
    targets_count: int | None | UnsetType = UNSET
    parent_id: int | None | UnsetType = UNSET
    search_id: int | None | UnsetType = UNSET


from .segment_type import SegmentType  # noqa: E402
