# Generated from #/components/schemas/TargetDeletion by templates/union.py.jinja: do not edit.
"""TargetDeletion: Which contacts a bulk deletion removes, discriminated by `type` (unicity, id or segment).

Members (by ``type``): ``unicity`` TargetDeletionByUnicity, ``id`` TargetDeletionById, ``segment`` TargetDeletionBySegment.
Anything else (a kind NP6 added, no ``type``, or a known kind that does not
decode) is a :class:`UnknownTargetDeletion`, which keeps the raw object and reads the fields every
member shares.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

from .._decoding import UnknownVariant, register
from .._models import Model
from .target_deletion_by_id import TargetDeletionById
from .target_deletion_by_segment import TargetDeletionBySegment
from .target_deletion_by_unicity import TargetDeletionByUnicity


class TargetDeletionShared(Model):
    """The fields every TargetDeletion member has (read on its unknown member)."""

    pass


class UnknownTargetDeletion(UnknownVariant[TargetDeletionShared]):
    """A TargetDeletion this client cannot decode as one of its members (see ``raw``, ``error``)."""

    __slots__ = ()
    DISCRIMINATOR = "type"
    SHARED = TargetDeletionShared


if TYPE_CHECKING:
    TargetDeletion: TypeAlias = (
        TargetDeletionByUnicity | TargetDeletionById | TargetDeletionBySegment | UnknownTargetDeletion
    )
else:  # what msgspec decodes; an unknown member is placed by np6._decoding's fallback
    TargetDeletion = TargetDeletionByUnicity | TargetDeletionById | TargetDeletionBySegment

register(UnknownTargetDeletion, TargetDeletionByUnicity, TargetDeletionById, TargetDeletionBySegment)
