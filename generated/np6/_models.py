"""The base of every generated model: a msgspec Struct with the np6 conveniences.

Models decode straight from JSON bytes in C (msgspec). They are not tracked by the cyclic
garbage collector (``gc=False``: a decoded model never refers back to itself, and tracking
100,000 events costs more than decoding them); the lists they hold still are. They keep what
users had with the attrs models:

* construction by keyword (``StaticSegment(id=1, name="x")``), attribute names, equality;
* ``to_dict()`` (JSON-ready builtins under the JSON names, unset fields left out) and
  ``from_dict()`` (which now validates: a wrong type raises :class:`msgspec.ValidationError`,
  wrapped by the client into :class:`np6.errors.DecodeError` for responses);
* ``to_json()`` / ``from_json()`` (bytes);
* a repr that shows the fields that are set (defaults left out).

An optional response field is ``X | None`` (absent and null both read None). A request-only
model's nullable optional field is ``X | None | UnsetType = UNSET``: ``UNSET`` (the default) is
not sent, ``None`` is sent as JSON null.

Properties NP6 sends that the spec does not list are not kept on the model (msgspec skips them
at C speed); the raw JSON of any call stays reachable through its ``*_detailed`` twin
(``Response.content``) and an unknown union member keeps its whole object in ``raw``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

import msgspec


def encode_hook(value: object) -> object:
    """What msgspec cannot encode itself: an unknown union member (re-sent as received)."""
    raw = getattr(value, "raw", None)
    if isinstance(raw, dict):
        return raw
    raise TypeError(f"cannot encode {type(value).__name__}")


_ENCODER = msgspec.json.Encoder(enc_hook=encode_hook)


class Model(msgspec.Struct, kw_only=True, omit_defaults=True, repr_omit_defaults=True, gc=False):
    """Base of the generated models (see the module docstring)."""

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready builtins, keyed by the JSON names (defaults and UNSET left out)."""
        out: dict[str, Any] = msgspec.to_builtins(self, enc_hook=encode_hook)
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build and validate a model from JSON-like builtins (``msgspec.ValidationError`` if they do not fit)."""
        value: Self = _decoding.convert(dict(src_dict), cls, exact=True)
        return value

    def to_json(self) -> bytes:
        """The model as JSON bytes."""
        return _ENCODER.encode(self)

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode and validate a model from JSON (``msgspec.ValidationError`` / ``msgspec.DecodeError``)."""
        value: Self = _decoding.decode(data.encode() if isinstance(data, str) else data, cls, exact=True)
        return value


class MapModel(dict[str, Any]):
    """Base of the free-form models (an object of any keys, such as a contact's ``Document``):
    a ``dict`` whose values are checked against the spec's ``additionalProperties``."""

    #: The type of each value (``Any`` when the spec leaves them free).
    VALUES: ClassVar[Any] = Any

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a mapping, each value checked (``msgspec.ValidationError`` if one does not fit)."""
        if cls.VALUES is Any:
            return cls(src_dict)
        values = msgspec.convert(dict(src_dict), dict[str, cls.VALUES], strict=False, dec_hook=decode_hook)  # type: ignore[name-defined]
        return cls(values)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = msgspec.to_builtins(dict(self), enc_hook=encode_hook)
        return out

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The object's properties (all of them: a free-form model lists none)."""
        return dict(self)

    @property
    def additional_keys(self) -> list[str]:
        return list(self)

    def to_json(self) -> bytes:
        return _ENCODER.encode(dict(self))

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        return cls.from_dict(msgspec.json.decode(data))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict.__repr__(self)})"


class OpenModel(MapModel):
    """Base of the models the spec declares open (``additionalProperties: true`` beside their
    properties: NP6 documents that they carry more keys). It keeps every key it is given, like a
    free-form model, and reads each declared property as a typed attribute, converted on access.

    Built by keyword (the declared properties, by their Python names) and/or from a mapping of
    JSON names (``CompilableFlaw({"type": "missingParameter", "name": "days"})``).
    """

    #: ``{python name: JSON name}`` of the declared properties.
    NAMES: ClassVar[dict[str, str]] = {}

    def __init__(self, src: Mapping[str, Any] | None = None, /, **fields: Any) -> None:
        super().__init__(src or {})
        for name, value in fields.items():
            if name not in self.NAMES:
                raise TypeError(f"{type(self).__name__}() got an unexpected keyword argument {name!r}")
            if value is not msgspec.UNSET:
                self[self.NAMES[name]] = msgspec.to_builtins(value, enc_hook=encode_hook)

    def _field(self, name: str, tp: Any) -> Any:
        """A declared property, converted to its type (None when absent)."""
        value = self.get(name)
        if value is None:
            return None
        return msgspec.convert(value, tp, strict=False, dec_hook=decode_hook)


def decode_hook(tp: Any, value: Any) -> Any:
    """What msgspec cannot build itself: a free-form model from its object."""
    if isinstance(tp, type) and issubclass(tp, MapModel):
        if not isinstance(value, dict):
            raise msgspec.ValidationError(f"Expected `object`, got `{type(value).__name__}`")
        return tp.from_dict(value)
    raise NotImplementedError(f"cannot decode {tp!r}")


from . import _decoding  # noqa: E402 - it imports decode_hook from here

__all__ = ["MapModel", "Model", "OpenModel", "decode_hook", "encode_hook"]
