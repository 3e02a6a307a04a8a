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

import types
import typing
from collections.abc import Callable, Mapping
from enum import IntEnum, StrEnum
from typing import Any, ClassVar, Generic, Self, cast

import msgspec
from typing_extensions import TypeVar

from ._models import decode_hook

#: The type of the properties the members of a union share (None: they share none).
S = TypeVar("S", default=None)
T = TypeVar("T")

#: What a generated decoder raises on data that does not fit its model (caught where a
#: value is kept undecoded instead: an odd array item, the shared part of an unknown member).
DECODE_ERRORS: tuple[type[Exception], ...] = (
    msgspec.DecodeError,  # and its msgspec.ValidationError
    ValueError,
    TypeError,
    KeyError,
    AttributeError,
    IndexError,
)

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
    the discriminator is missing (some NP6 event samples carry no top-level ``type``); or the
    object is of a known kind but does not decode (one odd item never costs the rest of its
    array: ``error`` says what failed).

    Each named union of the spec has its own subclass (``np6.models.UnknownSegment``...), which
    reads the fields every member shares as typed properties (``item.name``: ``str | None``),
    so code reading common fields needs no isinstance.

    Attributes:
        type: the discriminator value, or None when the object has none (or not a string).
        discriminator: the name of the discriminating property (``"type"`` by NP6 convention).
        raw: the object as received, untouched.
        shared: the properties every member of the union shares, decoded and typed (for events:
            ``EventEnvelope`` with ``id``, ``timestamp``, ``identity``, ``source``), or None
            when they do not decode either.
        error: why a known kind did not decode (None for an unknown or missing kind).
    """

    __slots__ = ("discriminator", "error", "raw", "shared", "type")

    #: The discriminating property and the shared part's model (set by each union's subclass).
    DISCRIMINATOR: ClassVar[str] = "type"
    SHARED: ClassVar[Any] = None

    def __init__(
        self,
        raw: Mapping[str, Any],
        discriminator: str | None = None,
        shared: Callable[[Mapping[str, Any]], S] | None = None,
        error: BaseException | str | None = None,
    ) -> None:
        discriminator = discriminator or type(self).DISCRIMINATOR
        value = raw.get(discriminator) if isinstance(raw, Mapping) else None
        self.type: str | None = value if isinstance(value, str) else None
        self.discriminator = discriminator
        self.raw: dict[str, Any] = dict(raw) if isinstance(raw, Mapping) else {}
        if shared is None and type(self).SHARED is not None:
            shared = type(self).SHARED.from_dict
        self.shared: S | None = _decode_shared(shared, self.raw)
        self.error: str | None = _error_text(error)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], discriminator: str | None = None) -> Self:
        return cls(src_dict, discriminator)

    @classmethod
    def odd(
        cls,
        data: object,
        discriminator: str | None = None,
        shared: Callable[[Mapping[str, Any]], S] | None = None,
        error: BaseException | str | None = None,
    ) -> Self:
        """The stand-in of an item that did not decode (kept with its raw data and error)."""
        raw: Mapping[str, Any] = data if isinstance(data, Mapping) else {"value": data}
        return cls(raw, discriminator, shared, error)

    @property
    def is_known_kind(self) -> bool:
        """True when the item is of a kind this client knows but did not decode (see ``error``)."""
        return self.error is not None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.raw)

    def to_json(self) -> bytes:
        return msgspec.json.encode(self.raw)

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
        name = type(self).__name__
        return f"{name}({self.discriminator}={self.type!r}, keys={sorted(self.raw)!r}{error})"


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


#: The unknown member of each registered union, by its members (see :func:`register`).
_UNIONS: dict[frozenset[type], type[UnknownVariant[Any]]] = {}
#: The unknown member of the union each member class belongs to.
_MEMBER_OF: dict[type, type[UnknownVariant[Any]]] = {}


def register(unknown: type[UnknownVariant[Any]], *members: type) -> None:
    """Declare a named union (each ``np6/models/<union>.py`` does, once): its members and the
    class an unknown or undecodable member is kept as."""
    _UNIONS[frozenset(members)] = unknown
    for member in members:
        _MEMBER_OF.setdefault(member, unknown)


_DECODERS: dict[Any, msgspec.json.Decoder[Any]] = {}


def _decoder(tp: Any) -> msgspec.json.Decoder[Any]:
    decoder = _DECODERS.get(tp)
    if decoder is None:
        decoder = _DECODERS[tp] = msgspec.json.Decoder(tp, dec_hook=decode_hook)
    return decoder


def decode(content: bytes, tp: Any, *, exact: bool = False) -> Any:
    """Decode JSON ``content`` as ``tp``: in C when everything fits (the fast path), else
    value by value (:func:`convert`), so an unknown or odd union member is kept as its
    union's unknown member instead of failing the whole document.

    Raises ``msgspec.DecodeError`` (not JSON) or ``msgspec.ValidationError`` (does not fit,
    outside any union).
    """
    content = _without_bom(content)
    try:
        return _decoder(tp).decode(content)
    except msgspec.ValidationError:
        pass
    return convert(msgspec.json.decode(content), tp, exact=exact)


_BOM = b"\xef\xbb\xbf"


def _without_bom(content: bytes) -> bytes:
    """The body without a UTF-8 byte order mark (JSON parsers may refuse one; NP6 may send it)."""
    return content[3:] if content[:3] == _BOM else content


class Items(Generic[T]):
    """The items of an event operation's array: each decodes as ``item`` or is kept as ``unknown``."""

    __slots__ = ("_list", "item", "unknown")

    def __init__(self, item: Any, unknown: type[UnknownVariant[Any]]) -> None:
        self.item = item
        self.unknown = unknown
        self._list: Any = list[item]

    def decode(self, content: bytes) -> list[T]:
        """The whole array in C; on a misfit, item by item (one odd item never fails the array)."""
        content = _without_bom(content)
        try:
            items: list[T] = _decoder(self._list).decode(content)
            return items
        except msgspec.ValidationError:
            pass
        data = msgspec.json.decode(content)
        if not isinstance(data, list):
            raise msgspec.ValidationError(f"Expected `array`, got `{type(data).__name__}`")
        return [self.convert(value) for value in data]

    def convert(self, value: Any) -> T:
        """One item from its JSON value (a streamed item), kept as ``unknown`` if it does not fit."""
        try:
            item: T = convert(value, self.item)
            return item
        except DECODE_ERRORS as exc:
            odd: T = self.unknown.odd(value, None, None, exc)  # type: ignore[assignment]
            return odd


def convert(value: Any, tp: Any, *, exact: bool = False) -> Any:
    """Build ``tp`` from JSON builtins, placing unknown union members where the C path cannot.

    With ``exact``, a model class asked for is built as that class or fails (``from_dict``);
    otherwise a union member's class stands for its union (an item of another kind is kept as
    the union's unknown member: an event operation typed with one kind).
    """
    try:
        return msgspec.convert(value, tp, strict=False, dec_hook=decode_hook)
    except msgspec.ValidationError:
        if exact and isinstance(tp, type) and issubclass(tp, msgspec.Struct):
            return _struct(value, tp, fallback=False)
    return _lenient(value, tp)


def _lenient(value: Any, tp: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin is list and isinstance(value, list):
        (inner,) = typing.get_args(tp) or (Any,)
        return [_lenient(item, inner) for item in value]
    if origin is dict and isinstance(value, dict):
        _, inner = typing.get_args(tp) or (Any, Any)
        return {key: _lenient(item, inner) for key, item in value.items()}
    if origin in (typing.Union, types.UnionType):
        return _lenient_union(value, tp)
    if isinstance(tp, type) and issubclass(tp, msgspec.Struct):
        unknown = _MEMBER_OF.get(tp)
        if unknown is not None and isinstance(value, dict):
            return _variant(value, [tp], unknown)
        return _struct(value, tp)
    return msgspec.convert(value, tp, strict=False, dec_hook=decode_hook)


def _lenient_union(value: Any, tp: Any) -> Any:
    members = typing.get_args(tp)
    if value is None and type(None) in members:
        return None
    structs = [m for m in members if isinstance(m, type) and issubclass(m, msgspec.Struct)]
    if structs and isinstance(value, dict):
        unknown = _UNIONS.get(frozenset(structs))
        if unknown is not None:
            return _variant(value, structs, unknown)
        if len(structs) == 1:
            return _lenient(value, structs[0])
    return msgspec.convert(value, tp, strict=False, dec_hook=decode_hook)


def _variant(value: dict[str, Any], members: list[type], unknown: type[UnknownVariant[Any]]) -> Any:
    """The member ``value`` names by its discriminator, or ``unknown`` (unknown, missing, odd)."""
    kind = value.get(unknown.DISCRIMINATOR)
    for member in members:
        config = member.__struct_config__  # type: ignore[attr-defined]
        if kind is None and len(members) == 1 and config.tag_field is not None:
            break  # no discriminator: decoded as the one member it can be
        if config.tag == kind:
            break
    else:
        return unknown(value)
    try:
        return _struct(value, member)
    except DECODE_ERRORS as exc:
        return unknown(value, None, None, exc)


def _struct(value: Any, cls: type, *, fallback: bool = True) -> Any:
    if not isinstance(value, dict):
        raise msgspec.ValidationError(f"Expected `object`, got `{type(value).__name__}`")
    if fallback:
        try:
            return msgspec.convert(value, cls, strict=False, dec_hook=decode_hook)
        except msgspec.ValidationError:
            pass
    config = cls.__struct_config__  # type: ignore[attr-defined]
    if config.tag_field is not None and value.get(config.tag_field, config.tag) != config.tag:
        raise msgspec.ValidationError(f"Invalid value {value.get(config.tag_field)!r} - at `$.{config.tag_field}`")
    kwargs: dict[str, Any] = {}
    for info in msgspec.structs.fields(cls):
        if info.encode_name in value:
            try:
                kwargs[info.name] = _lenient(value[info.encode_name], info.type)
            except msgspec.ValidationError as exc:
                raise msgspec.ValidationError(f"{exc} - at `$.{info.encode_name}`") from None
        elif info.required:
            raise msgspec.ValidationError(f"Object missing required field `{info.encode_name}`")
    return cls(**kwargs)


__all__ = [
    "DECODE_ERRORS",
    "MAX_UNKNOWN_MEMBERS",
    "Items",
    "OpenIntEnum",
    "OpenStrEnum",
    "UnknownVariant",
    "convert",
    "decode",
    "register",
]
