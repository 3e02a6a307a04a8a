# Generated from #/components/schemas/Segment by templates/union.py.jinja: do not edit.
"""Segment: A segment of contacts as NP6 returns it, discriminated by `type`.

Members (by ``type``): ``static`` StaticSegment, ``dynamic`` DynamicSegment.
Anything else (a kind NP6 added, no ``type``, or a known kind that does not
decode) is a :class:`UnknownSegment`, which keeps the raw object and reads the fields every
member shares.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, TypeAlias

from .._decoding import UnknownVariant, register
from .dynamic_segment import DynamicSegment
from .segment_base import SegmentBase
from .static_segment import StaticSegment


class UnknownSegment(UnknownVariant[SegmentBase]):
    """A Segment this client cannot decode as one of its members (see ``raw``, ``error``)."""

    __slots__ = ()
    DISCRIMINATOR = "type"
    SHARED = SegmentBase

    @property
    def id(self) -> int | None:
        return None if self.shared is None else self.shared.id

    @property
    def name(self) -> str | None:
        return None if self.shared is None else self.shared.name

    @property
    def description(self) -> str | None:
        return None if self.shared is None else self.shared.description

    @property
    def creation(self) -> datetime.datetime | None:
        return None if self.shared is None else self.shared.creation

    @property
    def expiration(self) -> datetime.datetime | None:
        return None if self.shared is None else self.shared.expiration

    @property
    def is_test(self) -> bool | None:
        return None if self.shared is None else self.shared.is_test

    @property
    def targets_count(self) -> int | None:
        return None if self.shared is None else self.shared.targets_count


if TYPE_CHECKING:
    Segment: TypeAlias = StaticSegment | DynamicSegment | UnknownSegment
else:  # what msgspec decodes; an unknown member is placed by np6._decoding's fallback
    Segment = StaticSegment | DynamicSegment

register(UnknownSegment, StaticSegment, DynamicSegment)
