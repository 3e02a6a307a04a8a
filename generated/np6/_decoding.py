"""Forward-compatible decoding for the np6 models.

NP6 adds values and event types without notice. A client that rejects them breaks on a day
nobody changed anything, so the generated models are open:

* enums derive from :class:`OpenStrEnum` / :class:`OpenIntEnum`: an unknown value becomes a
  pseudo-member of the enum (``member.is_known`` is False) instead of raising ``ValueError``;
* a discriminated union (``oneOf`` + ``discriminator``) dispatches on its discriminator value;
  a value this client does not know decodes to :class:`UnknownVariant`, which keeps the raw
  object (``raw``) and serialises back unchanged;
* unknown properties of an object stay in its ``additional_properties``.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum, StrEnum
from typing import Any, Self, cast

#: At most this many distinct unknown values are remembered per enum (identity of repeated
#: unknown values is kept up to this bound; past it each occurrence is a new pseudo-member).
MAX_UNKNOWN_MEMBERS = 256


def _remember(cls: type[Any], value: object, member: Any) -> Any:
    table: dict[Any, Any] = cls._value2member_map_
    if len(table) - len(cls._member_map_) >= MAX_UNKNOWN_MEMBERS:
        return member
    return table.setdefault(value, member)


class OpenStrEnum(StrEnum):
    """A string enum that accepts values it does not list (kept as unknown pseudo-members).

    ``Kind("newValue")`` returns a member whose ``value`` and ``str()`` are ``"newValue"``,
    which compares equal to the string and serialises back unchanged; ``is_known`` is False
    and it is not listed by ``list(Kind)``.
    """

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        remembered: Self = _remember(cls, value, member)
        return remembered

    @classmethod
    def _decode(cls, value: Any) -> Self:
        """The member for a decoded JSON value (fast path of ``cls(value)``)."""
        try:
            return cast(Self, cls._value2member_map_[value])
        except (KeyError, TypeError):
            return cls(value)

    @property
    def is_known(self) -> bool:
        """True for a value this version of the client lists, False for one NP6 added since."""
        return type(self)._member_map_.get(self._name_) is self


class OpenIntEnum(IntEnum):
    """An integer enum that accepts values it does not list (see :class:`OpenStrEnum`)."""

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}".replace("-", "MINUS_")
        member._value_ = value
        remembered: Self = _remember(cls, value, member)
        return remembered

    @classmethod
    def _decode(cls, value: Any) -> Self:
        """The member for a decoded JSON value (fast path of ``cls(value)``)."""
        try:
            return cast(Self, cls._value2member_map_[value])
        except (KeyError, TypeError):
            return cls(value)

    @property
    def is_known(self) -> bool:
        """True for a value this version of the client lists, False for one NP6 added since."""
        return type(self)._member_map_.get(self._name_) is self


class UnknownVariant:
    """A member of a discriminated union whose discriminator value this client does not know.

    Attributes:
        type: the discriminator value (e.g. a new event ``type``).
        discriminator: the name of the discriminating property (``"type"`` by NP6 convention).
        raw: the object as received, untouched.
    """

    __slots__ = ("discriminator", "raw", "type")

    def __init__(self, raw: Mapping[str, Any], discriminator: str = "type") -> None:
        value = raw.get(discriminator)
        if not isinstance(value, str):
            raise ValueError(f"no string discriminator {discriminator!r} in {sorted(raw)!r}")
        self.type: str = value
        self.discriminator = discriminator
        self.raw: dict[str, Any] = dict(raw)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], discriminator: str = "type") -> UnknownVariant:
        return cls(src_dict, discriminator)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.raw)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Every property but the discriminator (like a model's unknown properties)."""
        return {k: v for k, v in self.raw.items() if k != self.discriminator}

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        return self.raw[key]

    def __contains__(self, key: str) -> bool:
        return key in self.raw

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UnknownVariant):
            return NotImplemented
        return (self.discriminator, self.raw) == (other.discriminator, other.raw)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"UnknownVariant({self.discriminator}={self.type!r}, keys={sorted(self.raw)!r})"


__all__ = ["MAX_UNKNOWN_MEMBERS", "OpenIntEnum", "OpenStrEnum", "UnknownVariant"]
