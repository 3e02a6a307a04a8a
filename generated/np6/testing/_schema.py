"""Checking a JSON value (or a parameter's text) against an OpenAPI 3.0 schema, in pure Python.

What NP6's spec uses is covered: ``$ref``, ``type``, ``nullable``, ``enum``, ``required``,
``properties``, ``additionalProperties``, ``min/maxProperties``, ``items``, ``min/maxItems``,
``uniqueItems``, ``allOf``, ``oneOf``/``anyOf`` (with a ``discriminator``: the alternative its
``mapping`` names; without: at least one alternative must match), the formats ``date-time``,
``date``, ``uuid``, ``int32`` and ``int64``, and the string and number bounds. Each problem
names where it is (``body.recipient.type``) and what is wrong, never more than a short excerpt
of the value.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

#: Resolves a ``{"$ref": ...}`` node into what it points at (any other node as it is).
Resolver = Callable[[Any], Any]

INT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}(:?\d{2})?)?")
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
#: Deeper than any NP6 document; a guard against a schema that refers to itself forever.
MAX_DEPTH = 64


@dataclass(frozen=True)
class Problem:
    """One way a request breaks the spec.

    Attributes:
        where: the part of the request (``body.recipient.type``, ``query parameter sort``,
            ``path parameter id``, ``header Content-Type``, ``path``).
        message: what is wrong.
        status: the status NP6 answers such a request with (400, 401, 404, 405, 411, 415).
    """

    where: str
    message: str
    status: int = 400

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def excerpt(value: object, limit: int = 40) -> str:
    """A short repr of ``value`` (a long string or structure is cut)."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def describe(value: object) -> str:
    """What a JSON value is, in words: ``a string ('abc')``, ``an array of 3 items``."""
    if value is None or isinstance(value, bool):
        return "null" if value is None else f"a boolean ({'true' if value else 'false'})"
    if isinstance(value, list):
        return f"an array of {len(value)} item{'' if len(value) == 1 else 's'}"
    kinds: list[tuple[type, str]] = [(int, "an integer"), (float, "a number"), (str, "a string"), (dict, "an object")]
    for kind, words in kinds:
        if isinstance(value, kind):
            return words if kind is dict else f"{words} ({excerpt(value)})"
    return type(value).__name__


def child(where: str, name: str) -> str:
    """The location of property ``name`` of the value at ``where``."""
    return f"{where}.{name}" if IDENTIFIER.fullmatch(name) else f"{where}[{name!r}]"


def _is_type(value: object, kind: str) -> bool:
    checks: dict[str, Callable[[object], bool]] = {
        "object": lambda v: isinstance(v, dict),
        "array": lambda v: isinstance(v, list),
        "string": lambda v: isinstance(v, str),
        "boolean": lambda v: isinstance(v, bool),
        "integer": lambda v: (
            (isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer())
        ),
        "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    }
    check = checks.get(kind)
    return True if check is None else check(value)


def _same(a: object, b: object) -> bool:
    """JSON equality (``true`` is not ``1``)."""
    return type(a) is type(b) and a == b if isinstance(a, bool) or isinstance(b, bool) else a == b


def _article(kind: str) -> str:
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


def _format_problem(value: str, fmt: str) -> str | None:
    if fmt == "uuid" and not UUID.fullmatch(value):
        return f"{excerpt(value)} is not a UUID (8-4-4-4-12 hexadecimal digits)"
    if fmt == "date-time":
        try:
            if not DATE_TIME.fullmatch(value):
                raise ValueError(value)
            datetime.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            return f"{excerpt(value)} is not an ISO 8601 date-time (such as '2024-05-01T12:00:00Z')"
    if fmt == "date":
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            return f"{excerpt(value)} is not an ISO 8601 date (such as '2024-05-01')"
    return None


class Validator:
    """Checks values against the schemas of one document (``resolve`` follows its ``$ref``)."""

    def __init__(self, resolve: Resolver, *, limit: int = 20) -> None:
        self._resolve = resolve
        self._limit = limit

    def check(self, value: object, schema: object, where: str) -> list[Problem]:
        """Every problem of ``value`` (a parsed JSON value) under ``schema`` (at most ``limit``)."""
        problems: list[Problem] = []
        self._check(value, schema, where, problems, 0)
        return problems[: self._limit]

    def check_text(self, text: str, schema: object, where: str) -> list[Problem]:
        """Problems of a parameter's text (a query or path value) under its scalar ``schema``."""
        node = self._resolve(schema)
        if not isinstance(node, Mapping):
            return []
        alternatives = node.get("oneOf") or node.get("anyOf")
        if alternatives:
            found = [self.check_text(text, alternative, where) for alternative in alternatives]
            if any(not problems for problems in found):
                return []
            return [Problem(where, "; or ".join(problem.message for problems in found for problem in problems))]
        if text == "" and node.get("nullable"):
            return []
        value, problem = _from_text(text, str(node.get("type")))
        return [Problem(where, problem)] if problem is not None else self.check(value, node, where)

    # -- the walk ------------------------------------------------------------------------------

    def _check(self, value: object, schema: object, where: str, out: list[Problem], depth: int) -> None:
        node = self._resolve(schema)
        if not isinstance(node, Mapping) or depth > MAX_DEPTH or len(out) >= self._limit:
            return
        if value is None:
            if not node.get("nullable") and ("type" in node or "enum" in node):
                out.append(Problem(where, "null is not allowed here"))
            for part in node.get("allOf") or ():
                self._check(value, part, where, out, depth + 1)
            return
        for part in node.get("allOf") or ():
            self._check(value, part, where, out, depth + 1)
        if node.get("oneOf") or node.get("anyOf"):
            self._alternatives(value, node, where, out, depth)
        kind = node.get("type")
        if isinstance(kind, str) and not _is_type(value, kind):
            out.append(Problem(where, f"expected {_article(kind)}, got {describe(value)}"))
            return
        enum = node.get("enum")
        if isinstance(enum, list) and not any(_same(value, allowed) for allowed in enum):
            allowed = ", ".join(excerpt(item) for item in enum)
            out.append(Problem(where, f"{excerpt(value)} is not one of the allowed values ({allowed})"))
            return
        if isinstance(value, str):
            self._string(value, node, where, out)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            self._number(value, node, where, out)
        elif isinstance(value, list):
            self._array(value, node, where, out, depth)
        elif isinstance(value, dict):
            self._object(value, node, where, out, depth)

    def _alternatives(self, value: object, node: Mapping[str, Any], where: str, out: list[Problem], depth: int) -> None:
        alternatives: list[Any] = list(node.get("oneOf") or node.get("anyOf") or ())
        discriminator = node.get("discriminator")
        if isinstance(discriminator, Mapping) and isinstance(value, dict):
            name = str(discriminator.get("propertyName"))
            mapping = {str(key): str(ref) for key, ref in (discriminator.get("mapping") or {}).items()}
            for alternative in alternatives:  # implicit mapping: the schema's own name
                ref = alternative.get("$ref") if isinstance(alternative, Mapping) else None
                if isinstance(ref, str) and ref not in mapping.values():
                    mapping[ref.rsplit("/", 1)[-1]] = ref
            known = ", ".join(repr(key) for key in mapping)
            if name not in value:
                out.append(Problem(where, f"missing {name!r}, which says which kind it is (one of {known})"))
                return
            kind = value[name]
            if not isinstance(kind, str) or kind not in mapping:
                out.append(Problem(child(where, name), f"unknown kind {excerpt(kind)}: expected one of {known}"))
                return
            ref = mapping[kind] if mapping[kind].startswith("#") else f"#/components/schemas/{mapping[kind]}"
            self._check(value, {"$ref": ref}, where, out, depth + 1)
            return
        found: list[list[Problem]] = []
        for alternative in alternatives:
            problems: list[Problem] = []
            self._check(value, alternative, where, problems, depth + 1)
            if not problems:
                return
            found.append(problems)
        if not found:
            return
        names = [_name(alternative) for alternative in alternatives]
        closest = min(range(len(found)), key=lambda index: len(found[index]))
        out.append(Problem(where, f"matches none of its {len(found)} alternatives ({', '.join(names)})"))
        out.extend(found[closest])

    def _string(self, value: str, node: Mapping[str, Any], where: str, out: list[Problem]) -> None:
        fmt = node.get("format")
        problem = _format_problem(value, fmt) if isinstance(fmt, str) else None
        if problem is not None:
            out.append(Problem(where, problem))
        if isinstance(node.get("minLength"), int) and len(value) < node["minLength"]:
            out.append(Problem(where, f"shorter than {node['minLength']} characters"))
        if isinstance(node.get("maxLength"), int) and len(value) > node["maxLength"]:
            out.append(Problem(where, f"longer than {node['maxLength']} characters ({len(value)})"))
        pattern = node.get("pattern")
        if isinstance(pattern, str) and not re.search(pattern, value):
            out.append(Problem(where, f"{excerpt(value)} does not match the pattern {pattern!r}"))

    def _number(self, value: float, node: Mapping[str, Any], where: str, out: list[Problem]) -> None:
        bounds = INT_RANGES.get(str(node.get("format")))
        if bounds is not None and not bounds[0] <= value <= bounds[1]:
            out.append(Problem(where, f"{value} is out of the {node['format']} range"))
        minimum, maximum = node.get("minimum"), node.get("maximum")
        if isinstance(minimum, (int, float)) and (
            value < minimum or (node.get("exclusiveMinimum") is True and value == minimum)
        ):
            out.append(Problem(where, f"{value} is below the minimum {minimum}"))
        if isinstance(maximum, (int, float)) and (
            value > maximum or (node.get("exclusiveMaximum") is True and value == maximum)
        ):
            out.append(Problem(where, f"{value} is above the maximum {maximum}"))

    def _array(self, value: list[Any], node: Mapping[str, Any], where: str, out: list[Problem], depth: int) -> None:
        low, high = node.get("minItems"), node.get("maxItems")
        if isinstance(low, int) and len(value) < low:
            out.append(Problem(where, f"{len(value)} items, at least {low} expected"))
        if isinstance(high, int) and len(value) > high:
            out.append(Problem(where, f"{len(value)} items, at most {high} allowed"))
        if node.get("uniqueItems") and len({repr(item) for item in value}) < len(value):
            out.append(Problem(where, "items repeat, they must be unique"))
        items = node.get("items")
        if items is not None:
            for index, item in enumerate(value):
                self._check(item, items, f"{where}[{index}]", out, depth + 1)

    def _object(
        self, value: dict[str, Any], node: Mapping[str, Any], where: str, out: list[Problem], depth: int
    ) -> None:
        properties: Mapping[str, Any] = node.get("properties") or {}
        for name in node.get("required") or ():
            if name not in value:
                out.append(Problem(child(where, str(name)), "required, missing"))
        low, high = node.get("minProperties"), node.get("maxProperties")
        if isinstance(low, int) and len(value) < low:
            out.append(Problem(where, f"{len(value)} properties, at least {low} expected"))
        if isinstance(high, int) and len(value) > high:
            out.append(Problem(where, f"{len(value)} properties, at most {high} allowed"))
        extra = node.get("additionalProperties", True)
        for name, item in value.items():
            if name in properties:
                self._check(item, properties[name], child(where, name), out, depth + 1)
            elif extra is False:
                known = ", ".join(properties) or "none"
                out.append(Problem(child(where, name), f"unknown property (the properties: {known})"))
            elif isinstance(extra, Mapping):
                self._check(item, extra, child(where, name), out, depth + 1)


def _from_text(text: str, kind: str) -> tuple[object, str | None]:
    """The value a parameter's text stands for under a schema of type ``kind``, or what is wrong."""
    value: object = text
    if kind == "integer":
        value = int(text) if re.fullmatch(r"[+-]?\d+", text) else None
    elif kind == "number":
        try:
            value = float(text)
        except ValueError:
            value = None
    elif kind == "boolean":
        value = {"true": True, "false": False}.get(text)
    if value is None:
        return None, f"expected {_article(kind) if kind != 'boolean' else 'true or false'}, got {excerpt(text)}"
    return value, None


def _name(schema: object) -> str:
    if isinstance(schema, Mapping):
        ref = schema.get("$ref")
        if isinstance(ref, str):
            return ref.rsplit("/", 1)[-1]
        kind = schema.get("type")
        if isinstance(kind, str):
            fmt = schema.get("format")
            return f"{kind} ({fmt})" if isinstance(fmt, str) else kind
    return "schema"
