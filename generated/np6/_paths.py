"""Path parameters: a value fills exactly one path segment, or is refused before sending.

Every generated operation builds its URL with :func:`expand`. The rule, for every value:

* ``None``, booleans and any type other than the parameter's are refused (a ``str`` parameter
  also takes an ``int``, which is unambiguous: ``get_target(1234)`` asks for ``/targets/1234``);
* ``""``, ``"."`` and ``".."`` are refused: URL normalisation drops or merges such a segment,
  so ``remove_target_from_segment("..", 41)`` would be ``DELETE /segments/41``;
* control characters (line breaks, NUL, ...) are refused: no NP6 id holds one, they are a
  mistake (a line read from a file) or an attack on logs;
* everything else is percent-encoded as one segment (``/`` becomes ``%2F``, ``%`` ``%25``), so
  no value can reach another path.

The refusal is :class:`np6.errors.InvalidPathParameterError` (an ``NP6Error`` and a
``ValueError``) naming the operation and the parameter.
"""

from __future__ import annotations

from urllib.parse import quote
from uuid import UUID

from ._validation import InvalidPathParameterError

#: Values that URL normalisation (RFC 3986 section 5.2.4) removes or merges with a neighbour.
_DOT_SEGMENTS = frozenset({"", ".", ".."})


def segment(operation: str, name: str, value: object, kind: type) -> str:
    """The percent-encoded path segment of ``value`` for the parameter ``name`` of type ``kind``."""
    if value is None or isinstance(value, bool):
        raise InvalidPathParameterError(operation, name, f"must be {_a(kind)}, got {type(value).__name__} {value!r}")
    accepted: tuple[type, ...] = {str: (str, int), float: (float, int), UUID: (UUID, str)}.get(kind, (kind,))
    if kind is UUID and isinstance(value, str):
        try:
            value = UUID(value)
        except ValueError:
            raise InvalidPathParameterError(operation, name, f"must be a UUID, got {value!r}") from None
    if not isinstance(value, accepted):
        raise InvalidPathParameterError(operation, name, f"must be {_a(kind)}, got {type(value).__name__}")
    text = repr(value) if isinstance(value, float) else str(value)
    if text in _DOT_SEGMENTS:
        raise InvalidPathParameterError(
            operation, name, f"is {text!r}, which would change the path requested (it is not one path segment)"
        )
    for index, char in enumerate(text):
        if char < " " or char == "\x7f":
            raise InvalidPathParameterError(
                operation, name, f"has a control character {char!r} at position {index} (no NP6 id has one)"
            )
    return quote(text, safe="")


def _a(kind: type) -> str:
    name = kind.__name__
    return f"an {name}" if name[:1].lower() in "aeiou" and name != "UUID" else f"a {name}"


def expand(operation: str, template: str, values: dict[str, tuple[object, type]]) -> str:
    """``template`` (e.g. ``/targets/{id}/segments/{segment_id}``) with each ``{name}`` filled.

    ``values`` maps each template name (the argument's Python name) to ``(value, type)``.
    """
    filled = template
    for name, (value, kind) in values.items():
        filled = filled.replace("{" + name + "}", segment(operation, name, value, kind))
    return filled


__all__ = ["expand", "segment"]
