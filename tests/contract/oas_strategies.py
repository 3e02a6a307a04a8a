"""Hypothesis strategies for OpenAPI 3.0 schemas, and their OAS 3.0 validator.

:func:`from_oas` draws JSON values from an OAS 3.0 schema of the bundled spec, reading the OAS
keywords directly: ``nullable`` (only where OAS 3.0.3 gives it meaning: next to a ``type``, and
with an ``enum`` only if the enum lists null), ``format`` (``int32``/``int64`` bounds,
``date-time``, ``date``, ``uuid``, ``email``, ``uri``, ``byte``), ``allOf`` (object members merged),
``oneOf``/``anyOf`` (a member), ``$ref`` (a schema reached again through itself is cut after two
levels), string/number/array bounds, ``pattern``, ``enum``. Objects get their required properties,
any subset of the optional ones and, where ``additionalProperties`` allows, a few unknown ones
(only for free-form objects, which keep every key: a model with declared properties keeps only those).

:func:`validator` is the OAS 3.0 validator (openapi-schema-validator ``OAS30Validator``) of a
component schema, with the spec's components embedded so ``$ref`` resolves and the date-time,
date, uuid, int32... format checks on. :func:`valid_values` is :func:`from_oas` filtered through
it, so a keyword this module does not model can never produce an invalid value.

(hypothesis-jsonschema 0.23.1, the latest release, fails on object schemas with Hypothesis
6.170: it calls ``many.more()``, a private Hypothesis API that no longer exists.)
"""

from __future__ import annotations

import base64
import datetime
import json
from typing import Any

from hypothesis import strategies as st
from jsonschema import FormatChecker
from openapi_schema_validator import OAS30Validator, oas30_format_checker

SCHEMA_REF = "#/components/schemas/"
INT_BOUNDS: dict[str, tuple[int | None, int | None]] = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
MAX_ITEMS = 3
MAX_TEXT = 20
JSON_SCALARS = st.none() | st.booleans() | st.integers(-1000, 1000) | st.text(max_size=10)
#: Names of unknown properties (never one the schema declares: those are filtered out).
EXTRA_NAMES = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=12).map("x_{}".format)


def format_checker() -> FormatChecker:
    """OAS 3.0 formats (int32, int64, byte...) plus JSON Schema's (date-time, date, uuid...)."""
    checker = FormatChecker()
    for name, (func, raises) in oas30_format_checker.checkers.items():
        checker.checks(name, raises)(func)
    return checker


def validator(name: str, components: dict[str, Any]) -> Any:
    """The OAS 3.0 validator of ``components.schemas[name]``, ``$ref``s resolving in the spec."""
    root = {"$ref": SCHEMA_REF + name, "components": {"schemas": components}}
    return OAS30Validator(root, format_checker=format_checker())


def valid_values(name: str, components: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values of ``components.schemas[name]`` that its OAS 3.0 validator accepts."""
    check = validator(name, components)
    return from_oas({"$ref": SCHEMA_REF + name}, components).filter(check.is_valid)


def from_oas(schema: Any, components: dict[str, Any], _stack: tuple[str, ...] = ()) -> st.SearchStrategy[Any]:
    """JSON values of the OAS 3.0 ``schema`` (see the module docstring)."""
    _stack = getattr(schema, "stack", _stack)
    if schema is True or schema == {}:
        return JSON_SCALARS
    if not isinstance(schema, dict):
        return st.nothing()
    ref = schema.get("$ref")
    if isinstance(ref, str):
        if not ref.startswith(SCHEMA_REF):
            raise ValueError(f"unsupported $ref {ref!r}")
        name = ref[len(SCHEMA_REF) :]
        if _stack.count(name) >= 2:
            return st.nothing()
        return from_oas(components[name], components, (*_stack, name))
    base = _base(schema, components, _stack)
    if schema.get("nullable") is True and "type" in schema:
        enum = schema.get("enum")
        if enum is None or None in enum:
            return st.none() | base
    return base


def _base(schema: dict[str, Any], components: dict[str, Any], stack: tuple[str, ...]) -> st.SearchStrategy[Any]:
    if "enum" in schema:
        return st.sampled_from([v for v in schema["enum"] if v is not None] or [None])
    for key in ("oneOf", "anyOf"):
        if key in schema:
            members = [from_oas(member, components, stack) for member in schema[key]]
            return st.one_of([m for m in members if not m.is_empty] or [st.nothing()])
    if "allOf" in schema:
        return _all_of(schema, components, stack)
    kind = schema.get("type")
    if kind is None:
        kind = "object" if "properties" in schema or "additionalProperties" in schema else None
    if kind == "object":
        return _object(schema, components, stack)
    if kind == "array":
        items = from_oas(schema.get("items", {}), components, stack)
        low = int(schema.get("minItems", 0))
        high = min(int(schema.get("maxItems", low + MAX_ITEMS)), low + MAX_ITEMS)
        unique = (lambda v: json.dumps(v, sort_keys=True)) if schema.get("uniqueItems") else None
        if items.is_empty:
            return st.just([]) if low == 0 else st.nothing()
        return st.lists(items, min_size=low, max_size=high, unique_by=unique)
    if kind == "string":
        return _string(schema)
    if kind == "integer":
        format_low, format_high = INT_BOUNDS.get(schema.get("format", ""), (None, None))
        return st.integers(
            min_value=_bound(schema, "minimum", format_low, 1), max_value=_bound(schema, "maximum", format_high, -1)
        )
    if kind == "number":
        return st.floats(
            min_value=schema.get("minimum"),
            max_value=schema.get("maximum"),
            exclude_min=schema.get("exclusiveMinimum") is True and "minimum" in schema,
            exclude_max=schema.get("exclusiveMaximum") is True and "maximum" in schema,
            allow_nan=False,
            allow_infinity=False,
        ) | st.integers(min_value=_bound(schema, "minimum", None, 1), max_value=_bound(schema, "maximum", None, -1))
    if kind == "boolean":
        return st.booleans()
    return JSON_SCALARS


def _bound(schema: dict[str, Any], key: str, default: int | None, step: int) -> int | None:
    value = schema.get(key)
    if value is None:
        return default
    exclusive = schema.get(f"exclusive{key.capitalize()}") is True
    whole = int(value) if float(value).is_integer() else (int(value) + (1 if step > 0 else 0))
    bound = whole + step if exclusive and float(value).is_integer() else whole
    if default is None:
        return bound
    return max(bound, default) if step > 0 else min(bound, default)


def _string(schema: dict[str, Any]) -> st.SearchStrategy[str]:
    fmt = schema.get("format")
    low = int(schema.get("minLength", 0))
    high = int(schema.get("maxLength", low + MAX_TEXT))
    if fmt == "date-time":
        return st.datetimes(
            min_value=datetime.datetime(1900, 1, 1), timezones=st.sampled_from([datetime.UTC, _tz(2), _tz(-5.5)])
        ).map(lambda d: d.isoformat().replace("+00:00", "Z") if d.microsecond % 2 else d.isoformat())
    if fmt == "date":
        return st.dates(min_value=datetime.date(1900, 1, 1)).map(datetime.date.isoformat)
    if fmt == "uuid":
        return st.uuids().map(str)
    if fmt == "email":
        return st.emails()
    if fmt in ("uri", "url"):
        return st.text(alphabet="abcdefghij0123456789", max_size=10).map("https://example.com/{}".format)
    if fmt == "byte":
        return st.binary(max_size=16).map(lambda b: base64.b64encode(b).decode("ascii"))
    if "pattern" in schema:
        return st.from_regex(schema["pattern"]).filter(lambda s: low <= len(s) <= high)
    return st.text(min_size=low, max_size=max(low, high))


def _tz(hours: float) -> datetime.tzinfo:
    return datetime.timezone(datetime.timedelta(hours=hours))


def _object(schema: dict[str, Any], components: dict[str, Any], stack: tuple[str, ...]) -> st.SearchStrategy[Any]:
    properties = schema.get("properties") or {}
    required = set(schema.get("required") or [])
    fixed: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for name, sub in properties.items():
        strategy = from_oas(sub, components, stack)
        if name in required:
            fixed[name] = strategy
        elif not strategy.is_empty:
            optional[name] = strategy
    for name in required - set(properties):
        fixed[name] = JSON_SCALARS
    declared = fixed.keys() | optional.keys()
    known = st.fixed_dictionaries(fixed, optional=optional)
    additional = schema.get("additionalProperties", True)
    if additional is False or properties:
        # A model with declared properties keeps only those (np6/_models.py): unknown ones are
        # not drawn; a free-form object (no properties) keeps every key it is given.
        return known
    values = JSON_SCALARS if additional is True or additional == {} else from_oas(additional, components, stack)
    if values.is_empty:
        return known
    extra = st.dictionaries(EXTRA_NAMES.filter(lambda n: n not in declared), values, max_size=2)
    return st.tuples(known, extra).map(lambda pair: {**pair[1], **pair[0]})


def _all_of(schema: dict[str, Any], components: dict[str, Any], stack: tuple[str, ...]) -> st.SearchStrategy[Any]:
    """Object members merged into one object schema; otherwise the first member (then filtered)."""
    merged = _flatten({k: v for k, v in schema.items() if k != "nullable"}, components, stack)
    if merged is None:
        return from_oas(schema["allOf"][0], components, stack)
    return _object(merged, components, ())


def _flatten(schema: dict[str, Any], components: dict[str, Any], stack: tuple[str, ...]) -> dict[str, Any] | None:
    merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
    for member in [*schema["allOf"], {k: v for k, v in schema.items() if k not in ("allOf", "nullable")}]:
        resolved, inner_stack = _resolve(member, components, stack)
        if resolved is None:
            return None
        if "allOf" in resolved:
            resolved = _flatten(resolved, components, inner_stack)
            if resolved is None:
                return None
        if resolved.get("type", "object") != "object" or "oneOf" in resolved or "anyOf" in resolved:
            return None
        for name, sub in (resolved.get("properties") or {}).items():
            merged["properties"][name] = _with_stack(sub, inner_stack)
        merged["required"].extend(resolved.get("required") or [])
        if resolved.get("additionalProperties") is False:
            merged["additionalProperties"] = False
    return merged


class _Stacked(dict):  # type: ignore[type-arg]
    """A sub-schema remembering the $ref path it was reached through (for the recursion cut)."""

    stack: tuple[str, ...] = ()


def _with_stack(schema: Any, stack: tuple[str, ...]) -> Any:
    if not stack or not isinstance(schema, dict):
        return schema
    wrapped = _Stacked(schema)
    wrapped.stack = stack
    return wrapped


def _resolve(
    schema: Any, components: dict[str, Any], stack: tuple[str, ...]
) -> tuple[dict[str, Any] | None, tuple[str, ...]]:
    stack = getattr(schema, "stack", stack)
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        name = schema["$ref"][len(SCHEMA_REF) :]
        if stack.count(name) >= 2:
            return None, stack
        stack = (*stack, name)
        schema = components[name]
    return (schema if isinstance(schema, dict) else None), stack
