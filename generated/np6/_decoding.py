"""Forward-compatible decoding for the np6 models.

NP6 adds values and event types without notice. A client that rejects them breaks on a day
nobody changed anything, so the generated models are open:

* enums derive from :class:`OpenStrEnum` / :class:`OpenIntEnum`: an unknown value becomes a
  pseudo-member of the enum (``member.is_known`` is False) instead of raising ``ValueError``;
* a discriminated union (``oneOf`` + ``discriminator``) dispatches on its discriminator value;
  a value this client does not know, or a missing one, decodes to :class:`UnknownVariant`,
  which keeps the raw object (``raw``), serialises back unchanged and, when the members share
  a base (every NP6 event: ``EventEnvelope``), decodes those shared properties (``shared``);
* in the arrays of event operations, an item that does not decode becomes an
  :class:`UnknownVariant` with ``error`` set, instead of failing the whole array;
* unknown properties of an object stay in its ``additional_properties``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import IntEnum, StrEnum
from typing import Any, Generic, Self, cast

from typing_extensions import TypeVar

#: The type of the properties the members of a union share (None: they share none).
S = TypeVar("S", default=None)

#: What a generated decoder raises on data that does not fit its model (caught where a
#: value is kept undecoded instead: an odd array item, the shared part of an unknown member).
DECODE_ERRORS: tuple[type[Exception], ...] = (ValueError, TypeError, KeyError, AttributeError, IndexError)

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


class UnknownVariant(Generic[S]):
    """An object of a discriminated union that this client cannot decode as one of its members.

    Three cases: the discriminator value is one this client does not know (NP6 added a kind);
    the discriminator is missing (some NP6 event samples carry no top-level ``type``); or, in
    an array, the item is of a known kind but does not decode (one odd item never costs the
    rest of the array: ``error`` says what failed).

    Attributes:
        type: the discriminator value, or None when the object has none (or not a string).
        discriminator: the name of the discriminating property (``"type"`` by NP6 convention).
        raw: the object as received, untouched.
        shared: the properties every member of the union shares, decoded and typed (for events:
            ``EventEnvelope`` with ``id``, ``timestamp``, ``identity``, ``source``), or None
            when the union's members share no base or these properties do not decode either.
        error: why a known kind did not decode (None for an unknown or missing kind).
    """

    __slots__ = ("discriminator", "error", "raw", "shared", "type")

    def __init__(
        self,
        raw: Mapping[str, Any],
        discriminator: str = "type",
        shared: Callable[[Mapping[str, Any]], S] | None = None,
        error: BaseException | str | None = None,
    ) -> None:
        value = raw.get(discriminator) if isinstance(raw, Mapping) else None
        self.type: str | None = value if isinstance(value, str) else None
        self.discriminator = discriminator
        self.raw: dict[str, Any] = dict(raw) if isinstance(raw, Mapping) else {}
        self.shared: S | None = _decode_shared(shared, self.raw)
        self.error: str | None = _error_text(error)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], discriminator: str = "type") -> UnknownVariant[S]:
        return cls(src_dict, discriminator)

    @classmethod
    def odd(
        cls,
        data: object,
        discriminator: str,
        shared: Callable[[Mapping[str, Any]], S] | None,
        error: BaseException,
    ) -> UnknownVariant[S]:
        """The stand-in of an array item that did not decode (kept with its raw data and error)."""
        raw: Mapping[str, Any] = data if isinstance(data, Mapping) else {"value": data}
        return cls(raw, discriminator, shared, error)

    @property
    def is_known_kind(self) -> bool:
        """True when the item is of a kind this client knows but did not decode (see ``error``)."""
        return self.error is not None

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
        error = f", error={self.error!r}" if self.error else ""
        return f"UnknownVariant({self.discriminator}={self.type!r}, keys={sorted(self.raw)!r}{error})"


def _decode_shared(shared: Callable[[Mapping[str, Any]], S] | None, raw: dict[str, Any]) -> S | None:
    if shared is None:
        return None
    try:
        return shared(raw)
    except DECODE_ERRORS:
        return None


def _error_text(error: BaseException | str | None, limit: int = 300) -> str | None:
    if error is None:
        return None
    text = error if isinstance(error, str) else f"{type(error).__name__}: {error}"
    return text if len(text) <= limit else text[:limit] + "..."


__all__ = ["DECODE_ERRORS", "MAX_UNKNOWN_MEMBERS", "OpenIntEnum", "OpenStrEnum", "UnknownVariant"]
