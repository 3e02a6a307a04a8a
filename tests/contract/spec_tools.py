"""The bundled spec as the contract and property tests see it.

* :func:`spec_document` bundles ``spec/`` (the same merge as ``python -m generator bundle``);
* :func:`operations` lists every operation with its generated module (``np6.api.<tag>.<op>``),
  named the way openapi-python-client names them;
* :func:`parameter_example` / :func:`media_example` pick the documented examples;
* :func:`to_python` turns a JSON example into the value a generated function takes (models
  through ``from_dict``, enums, date-times, lists, unions), :func:`to_wire` does the reverse and
  :func:`type_matches` checks a decoded value against a generated return annotation.
"""

from __future__ import annotations

import datetime
import enum
import functools
import importlib
import inspect
import io
import json
import re
import types
import typing
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec
import yaml
from openapi_python_client.strings import ClassName, PythonIdentifier

from generator.bundle import HTTP_METHODS, bundle

ROOT = Path(__file__).resolve().parents[2]
SPEC_DIR = ROOT / "spec"
GENERATOR_CONFIG = ROOT / "generator" / "openapi-python-client.yaml"


class Missing:
    """No documented example."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING = Missing()


class ContractSetupError(AssertionError):
    """The spec does not give what a contract call needs (an example, a matching argument...)."""


# -- the document --------------------------------------------------------------------------


@functools.cache
def spec_document() -> dict[str, Any]:
    """The bundled spec (cached: treat it as read-only)."""
    return bundle(SPEC_DIR).document


@functools.cache
def field_prefix() -> str:
    config = yaml.safe_load(GENERATOR_CONFIG.read_text(encoding="utf-8")) or {}
    return str(config.get("field_prefix", "field_"))


def resolve(node: Any, document: dict[str, Any] | None = None) -> Any:
    """Follow ``$ref`` chains inside the bundled document."""
    doc = document if document is not None else spec_document()
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#/"):
            raise ContractSetupError(f"cannot resolve {ref!r}")
        seen.add(ref)
        target: Any = doc
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def python_name(name: str) -> str:
    """The Python identifier openapi-python-client gives a parameter or operation."""
    return str(PythonIdentifier(name, field_prefix()))


def class_name(schema_name: str) -> str:
    """The class openapi-python-client generates for ``components.schemas.<schema_name>``."""
    return str(ClassName(schema_name, field_prefix()))


# -- operations ----------------------------------------------------------------------------


@dataclass(eq=False)
class Operation:
    method: str
    path: str
    data: dict[str, Any]
    parameters: list[dict[str, Any]] = field(default_factory=list)

    @property
    def operation_id(self) -> str:
        return str(self.data.get("operationId", f"<{self.method.upper()} {self.path} has no operationId>"))

    @property
    def tag(self) -> str:
        tags = self.data.get("tags") or ["default"]
        return str(tags[0])

    @property
    def module_name(self) -> str:
        return f"np6.api.{PythonIdentifier(self.tag, 'tag')}.{python_name(self.operation_id)}"

    def module(self) -> types.ModuleType:
        return importlib.import_module(self.module_name)

    @property
    def secured(self) -> bool:
        security = self.data.get("security", spec_document().get("security") or [])
        return bool(security) and all(requirement for requirement in security)

    @property
    def responses(self) -> dict[str, Any]:
        return {str(code): resolve(value) for code, value in (self.data.get("responses") or {}).items()}

    @property
    def request_body(self) -> dict[str, Any] | None:
        body = self.data.get("requestBody")
        return resolve(body) if body is not None else None

    @property
    def request_media_types(self) -> list[str]:
        body = self.request_body
        return list((body or {}).get("content") or {})

    def response_for(self, status: int) -> dict[str, Any] | None:
        responses = self.responses
        return responses.get(str(status)) or responses.get(f"{status // 100}XX") or responses.get("default")

    def __repr__(self) -> str:
        return f"{self.operation_id} ({self.method.upper()} {self.path})"


def operations(document: dict[str, Any] | None = None) -> list[Operation]:
    """Every operation of the bundled spec, in document order."""
    doc = document if document is not None else spec_document()
    result: list[Operation] = []
    for path, path_item in (doc.get("paths") or {}).items():
        item = resolve(path_item, doc)
        shared = [resolve(p, doc) for p in item.get("parameters") or []]
        for method in HTTP_METHODS:
            if method not in item:
                continue
            data = item[method]
            own = [resolve(p, doc) for p in data.get("parameters") or []]
            merged = {(p["name"], p["in"]): p for p in shared}
            merged.update({(p["name"], p["in"]): p for p in own})
            result.append(Operation(method=method, path=path, data=data, parameters=list(merged.values())))
    return result


def component_schemas(document: dict[str, Any] | None = None) -> dict[str, Any]:
    doc = document if document is not None else spec_document()
    return dict((doc.get("components") or {}).get("schemas") or {})


# -- examples ------------------------------------------------------------------------------


def _first_example(node: dict[str, Any]) -> Any:
    if "example" in node:
        return node["example"]
    examples = node.get("examples") or {}
    for entry in examples.values():
        value = resolve(entry)
        if isinstance(value, dict) and "value" in value:
            return value["value"]
    return MISSING


def schema_example(schema: Any) -> Any:
    """``example``, then ``default``, then the first ``enum`` value of a schema."""
    schema = resolve(schema)
    if not isinstance(schema, dict):
        return MISSING
    for key in ("example", "default"):
        if key in schema:
            return schema[key]
    if schema.get("enum"):
        return schema["enum"][0]
    for member in schema.get("allOf") or []:
        value = schema_example(member)
        if value is not MISSING:
            return value
    return MISSING


def parameter_example(parameter: dict[str, Any]) -> Any:
    value = _first_example(parameter)
    if value is MISSING:
        value = schema_example(parameter.get("schema"))
    return value


def media_example(media: dict[str, Any]) -> Any:
    value = _first_example(media)
    if value is MISSING:
        value = schema_example(media.get("schema"))
    return value


# -- JSON <-> Python values of the generated client ----------------------------------------


def _union_members(tp: Any) -> tuple[Any, ...] | None:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        return typing.get_args(tp)
    return None


def _is_unset(tp: Any) -> bool:
    return getattr(tp, "__name__", "") == "Unset"


def to_wire(value: Any) -> Any:
    """The JSON value the client sends (or decoded) for a Python value."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    if hasattr(value, "payload") and hasattr(value, "to_tuple"):
        payload = value.payload
        return to_wire(payload.getvalue() if hasattr(payload, "getvalue") else payload.read())
    if isinstance(value, list | tuple):
        return [to_wire(v) for v in value]
    if isinstance(value, dict):
        return {k: to_wire(v) for k, v in value.items()}
    return value


_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


def normalise(value: Any) -> Any:
    """A JSON value with RFC 3339 date-times as instants ('Z' and '+00:00' spell the same time)."""
    if isinstance(value, dict):
        return {k: normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    if isinstance(value, str) and _DATE_TIME.match(value):
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def with_implied_tags(raw: Any, parsed: Any) -> Any:
    """``raw`` with the discriminator of each decoded union member added where NP6 left it out:
    the class implies it, and ``to_dict()`` writes it (some NP6 samples carry no ``type``)."""
    if isinstance(raw, list) and isinstance(parsed, list):
        return [with_implied_tags(r, p) for r, p in zip(raw, parsed, strict=False)]
    config = getattr(parsed, "__struct_config__", None)
    if not isinstance(raw, dict) or config is None:
        return raw
    out = dict(raw)
    if config.tag_field is not None and config.tag_field not in out:
        out[config.tag_field] = config.tag
    for info in msgspec.structs.fields(type(parsed)):
        if info.encode_name in out:
            out[info.encode_name] = with_implied_tags(out[info.encode_name], getattr(parsed, info.name))
    return out


def to_python(tp: Any, value: Any) -> Any:
    """The Python value of type ``tp`` (a generated annotation) for the JSON ``value``."""
    members = _union_members(tp)
    if members is not None:
        candidates = [m for m in members if not _is_unset(m)]
        if value is None and type(None) in candidates:
            return None
        failures: list[str] = []
        for member in candidates:
            if member is type(None):
                continue
            try:
                converted = to_python(member, value)
            except (TypeError, ValueError, KeyError, AttributeError, ContractSetupError) as exc:
                failures.append(f"{member}: {type(exc).__name__}: {exc}")
                continue
            if normalise(to_wire(converted)) == normalise(value):
                return converted
            failures.append(f"{member}: does not round-trip")
        raise ContractSetupError(f"no member of {tp} takes {value!r}: {'; '.join(failures)}")
    if tp is Any or tp is object:
        return value
    origin = typing.get_origin(tp)
    if origin is list:
        (item,) = typing.get_args(tp) or (Any,)
        if not isinstance(value, list):
            raise TypeError(f"{value!r} is not a list")
        return [to_python(item, v) for v in value]
    if origin is dict:
        _, item = typing.get_args(tp) or (str, Any)
        if not isinstance(value, dict):
            raise TypeError(f"{value!r} is not an object")
        return {k: to_python(item, v) for k, v in value.items()}
    if not isinstance(tp, type):
        raise ContractSetupError(f"unsupported annotation {tp!r}")
    if issubclass(tp, enum.Enum):
        return tp(value)
    if tp is datetime.datetime:
        return datetime.datetime.fromisoformat(value)
    if tp is datetime.date:
        return datetime.date.fromisoformat(value)
    if tp is uuid.UUID:
        return uuid.UUID(value)
    if hasattr(tp, "from_dict"):
        if not isinstance(value, dict):
            raise TypeError(f"{value!r} is not an object")
        return tp.from_dict(value)
    if tp.__name__ == "File" and hasattr(tp, "to_tuple"):
        payload = value.encode("utf-8") if isinstance(value, str) else json.dumps(value).encode("utf-8")
        file_type: Any = tp
        return file_type(payload=io.BytesIO(payload), file_name="example")
    if tp is bool:
        if not isinstance(value, bool):
            raise TypeError(f"{value!r} is not a boolean")
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{value!r} is not an integer")
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(f"{value!r} is not a number")
        return float(value)
    if tp is str:
        if not isinstance(value, str):
            raise TypeError(f"{value!r} is not a string")
        return value
    if tp is bytes:
        if not isinstance(value, str):
            raise TypeError(f"{value!r} is not text")
        return value.encode("utf-8")
    raise ContractSetupError(f"unsupported annotation {tp!r}")


def type_matches(tp: Any, value: Any) -> bool:
    """Whether ``value`` is of the generated annotation ``tp`` (deeply for lists and dicts)."""
    members = _union_members(tp)
    if members is not None:
        return any(type_matches(member, value) for member in members)
    if tp is Any or tp is object:
        return True
    if tp is None or tp is type(None):
        return value is None
    origin = typing.get_origin(tp)
    if origin is list:
        (item,) = typing.get_args(tp) or (Any,)
        return isinstance(value, list) and all(type_matches(item, v) for v in value)
    if origin is dict:
        _, item = typing.get_args(tp) or (str, Any)
        return isinstance(value, dict) and all(type_matches(item, v) for v in value.values())
    if not isinstance(tp, type):
        return False
    if tp is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if tp is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, tp)


# -- arguments of a generated function -----------------------------------------------------


@dataclass
class Call:
    """The keyword arguments of one contract call and what they should put on the wire."""

    kwargs: dict[str, Any]
    media_type: str | None = None
    body: Any = MISSING


def _argument_name(signature: inspect.Signature, parameter: dict[str, Any]) -> str:
    name = python_name(parameter["name"])
    for candidate in (name, f"{name}_{parameter['in']}", python_name(f"{parameter['name']}_{parameter['in']}")):
        if candidate in signature.parameters:
            return candidate
    raise ContractSetupError(
        f"the generated function has no argument for {parameter['in']} parameter {parameter['name']!r}"
        f" (looked for {name!r}); it takes {list(signature.parameters)}"
    )


def build_call(operation: Operation, function: Callable[..., Any], media_type: str | None) -> Call:
    """Arguments for ``function`` (a generated ``sync_detailed``/``sync``) from the spec's examples.

    Required parameters must have an example; optional ones are sent when they have one, so
    their serialisation is checked too. The body is the example of ``media_type``, decoded
    through the annotation of the ``body`` argument (a model's ``from_dict``, or the raw list
    or primitive).
    """
    signature = inspect.signature(function)
    hints = typing.get_type_hints(function)
    call = Call(kwargs={}, media_type=media_type)
    for parameter in operation.parameters:
        if parameter["in"] == "cookie":
            continue
        value = parameter_example(parameter)
        if value is MISSING:
            if parameter.get("required"):
                raise ContractSetupError(
                    f"{operation!r}: required {parameter['in']} parameter {parameter['name']!r} has no example"
                )
            continue
        name = _argument_name(signature, parameter)
        call.kwargs[name] = to_python(hints[name], value)
    body = operation.request_body
    if body is not None and media_type is not None:
        media = (body.get("content") or {})[media_type]
        example = media_example(media)
        if example is MISSING:
            if body.get("required"):
                raise ContractSetupError(f"{operation!r}: the {media_type} request body has no example")
        else:
            example = _prism_readable(example, media.get("schema"))
            if "body" not in signature.parameters:
                raise ContractSetupError(f"{operation!r}: the generated function takes no body argument")
            call.kwargs["body"] = to_python(_documented_member(hints["body"], media.get("schema")), example)
            call.body = example
        if "content_type" in signature.parameters:
            call.kwargs["content_type"] = _content_type_argument(hints.get("content_type"), media_type)
    return call


def _prism_readable(example: Any, schema: Any) -> Any:
    """The example, or another valid value when Prism would take the example for no body.

    Prism 5.16 refuses a required body that is falsy JSON (``false``, ``0``, ``""``) with "Body
    parameter is required" (``checkRequiredBodyIsProvided`` tests ``!body``). Such an example
    is replaced by a truthy value of the same schema, so the operation is still checked.
    """
    if example is None or example or isinstance(example, list | dict):
        return example
    schema = resolve(schema)
    schema = schema if isinstance(schema, dict) else {}
    enum_values = [v for v in schema.get("enum") or [] if v]
    if enum_values:
        return enum_values[0]
    if isinstance(example, bool):
        return True
    if isinstance(example, int | float):
        minimum = schema.get("minimum", 1)
        return minimum if minimum and minimum > 0 else 1
    if isinstance(example, str):
        return "x" * max(1, int(schema.get("minLength", 1)))
    return example


def _generated_from(member: Any, schema: Any) -> bool:
    """Whether the annotation ``member`` is what a named schema (or an array of one) generates."""
    if not isinstance(schema, dict):
        return False
    ref = schema.get("$ref", "")
    if ref.startswith("#/components/schemas/"):
        target = resolve(schema)
        if isinstance(target, dict) and target.get("type") == "array":
            return _generated_from(member, target.get("items"))
        return getattr(member, "__name__", None) == class_name(ref.rsplit("/", 1)[-1])
    if schema.get("type") == "array" and typing.get_origin(member) is list:
        (item,) = typing.get_args(member) or (Any,)
        return _generated_from(item, schema.get("items"))
    return False


def _documented_member(tp: Any, schema: Any) -> Any:
    """The member of a union annotation generated from the media type's ``schema``, if it is named."""
    members = _union_members(tp)
    if members is None:
        return tp
    for member in members:
        if _generated_from(member, schema):
            return member
    return tp


def _content_type_argument(tp: Any, media_type: str) -> Any:
    """The ``content_type`` argument naming ``media_type`` (a string, or an enum of media types)."""
    members = _union_members(tp) or (tp,)
    for member in members:
        if isinstance(member, type) and issubclass(member, enum.Enum):
            try:
                return member(media_type)
            except ValueError:
                continue
    return media_type


def cases(document: dict[str, Any] | None = None) -> Iterator[tuple[Operation, str | None]]:
    """(operation, request media type) pairs: one per media type of the request body, else one."""
    for operation in operations(document):
        media_types = operation.request_media_types
        if not media_types:
            yield operation, None
        else:
            for media_type in media_types:
                yield operation, media_type


def is_json(media_type: str | None) -> bool:
    if not media_type:
        return False
    base = media_type.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json") or base.endswith("/json")
