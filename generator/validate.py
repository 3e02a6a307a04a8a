"""Validate a bundled spec: references, operation identity, OpenAPI structure, project rules,
examples and Redocly lint.

Every problem is reported as a one-line :class:`~generator.bundle.SpecError` located in the
source file (``spec/paths/segment.yaml:42:9``), never only in the bundled document, and never
as a traceback or a dump of the document. The stages run in that order and the first failing
one stops the rest: the references are checked first because openapi-spec-validator cannot
even walk a document with a dangling ``$ref`` (it raises instead of reporting).
"""

from __future__ import annotations

import json
import keyword
import re
import reprlib
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from jsonschema.exceptions import ValidationError
from jsonschema_path import SchemaPath
from openapi_schema_validator import OAS30Validator, oas30_format_checker
from openapi_spec_validator import OpenAPIV30SpecValidator
from openapi_spec_validator.validation import keywords
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from . import resources
from .bundle import HTTP_METHODS, Bundle, Pointer, SpecError, ref_pointer

SOURCE_KINDS = ("reference-8.1.0", "legacy-v8-doc", "cookbook", "third-party-client", "field-report")
OPERATION_ID = re.compile(r"^[a-z][A-Za-z0-9]*$")


# Keys whose value is data (an example, a default...), never OpenAPI objects: a "$ref" in it is data.
LITERAL_KEYS = frozenset({"example", "default", "enum"})
# Keys whose value maps names (chosen by the spec's author) to objects: no key of it is literal.
NAME_MAPS = frozenset(
    {
        "paths",
        "properties",
        "schemas",
        "parameters",
        "responses",
        "headers",
        "examples",
        "requestBodies",
        "securitySchemes",
        "links",
        "callbacks",
        "content",
        "encoding",
        "variables",
    }
)


def _walk_objects(node: Any, pointer: Pointer, name_map: str | None = None) -> Iterator[tuple[Pointer, Any]]:
    """Every (pointer, node) of the document's objects and name maps, literal values left out.

    ``name_map`` is the key of the name map holding ``node``, if any: the value of an Example
    Object (an entry of ``examples``) is data. A key of a name map is a name, never skipped, so a
    property named ``example`` is walked while the value of an ``example`` is not.
    """
    yield pointer, node
    if isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk_objects(value, (*pointer, index))
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        if key in LITERAL_KEYS or (isinstance(key, str) and key.startswith("x-")):
            continue
        if (key == "value" and name_map == "examples") or (key == "mapping" and isinstance(value, dict)):
            continue  # an example's value; a discriminator mapping (checked as references)
        if key in NAME_MAPS and isinstance(value, dict):
            yield (*pointer, key), value
            for name, entry in value.items():
                yield from _walk_objects(entry, (*pointer, key, name), key)
        else:
            yield from _walk_objects(value, (*pointer, key))


def _unresolved(result: Bundle, ref: str) -> str | None:
    """Why a ``$ref`` (or a discriminator mapping value) does not resolve; ``None`` when it does.

    A reference to a reference is followed; a broken one further along the chain is reported
    where it is written, not here, but a cycle is reported at each of its references.
    """
    seen: set[str] = set()
    while ref not in seen:
        seen.add(ref)
        target = ref_pointer(ref)
        if target is None:
            return None if len(seen) > 1 else "is not a reference into this document (the spec is bundled: '#/...')"
        node, resolved = result.node_at(target)
        if resolved < len(target):
            parent = f"{target[resolved - 1]}/" if resolved else ""
            return None if len(seen) > 1 else f"does not resolve (no {parent}{target[resolved]})"
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            return None
        ref = node["$ref"]
    return f"is a cycle of references (back to {ref!r})"


def reference_errors(result: Bundle) -> Iterator[SpecError]:
    """Every ``$ref`` (and discriminator mapping) resolves in the bundle; every key is a string.

    Checked before openapi-spec-validator, which raises on a dangling reference (and on a
    non-string key, e.g. an unquoted status code: ``200:`` is an int in YAML) instead of
    reporting it.
    """
    for pointer, node in _walk_objects(result.document, ()):
        if not isinstance(node, dict):
            continue
        for key in node:
            if not isinstance(key, str):
                yield result.error(
                    f"key {key!r} is a YAML {type(key).__name__}, not a string: quote it ('{key}')", (*pointer, key)
                )
        ref = node.get("$ref")
        if "$ref" in node and not isinstance(ref, str):
            yield result.error(f"$ref must be a string, got {type(ref).__name__}", (*pointer, "$ref"))
        elif isinstance(ref, str) and (problem := _unresolved(result, ref)):
            yield result.error(f"$ref {ref!r} {problem}", (*pointer, "$ref"))
        discriminator = node.get("discriminator")
        mapping = discriminator.get("mapping") if isinstance(discriminator, dict) else None
        for value, target in (mapping or {}).items() if isinstance(mapping, dict) else ():
            if isinstance(target, str):
                ref = target if "/" in target or target.startswith("#") else f"#/components/schemas/{target}"
                if problem := _unresolved(result, ref):
                    where = (*pointer, "discriminator", "mapping", value)
                    yield result.error(f"discriminator mapping {value!r}: {target!r} {problem}", where)


def _parameters(result: Bundle, declared: Any, where: Pointer) -> Iterator[tuple[Pointer, dict[str, Any]]]:
    """The (pointer, parameter) of a ``parameters`` list, references resolved."""
    for index, entry in enumerate(declared if isinstance(declared, list) else []):
        parameter, hops = entry, 0
        while isinstance(parameter, dict) and isinstance(parameter.get("$ref"), str) and hops < 20:
            target = ref_pointer(parameter["$ref"])
            node, resolved = result.node_at(target or ())
            parameter = node if target is not None and resolved == len(target) else None
            hops += 1
        if isinstance(parameter, dict):
            yield (*where, index), parameter


def _path_parameters(result: Bundle, declared: Any, where: Pointer) -> dict[str, Pointer]:
    """Name -> pointer of the ``in: path`` parameters of a ``parameters`` list."""
    found: dict[str, Pointer] = {}
    for pointer, parameter in _parameters(result, declared, where):
        if parameter.get("in") == "path" and isinstance(parameter.get("name"), str):
            found.setdefault(parameter["name"], pointer)
    return found


TEMPLATE_VARIABLE = re.compile(r"\{([^{}]*)\}")


def operation_errors(result: Bundle) -> Iterator[SpecError]:
    """Unique operationIds (both places named) and path templates matching the path parameters."""
    seen: dict[str, tuple[str, str]] = {}
    for path, method, operation in result.operations():
        if not isinstance(operation, dict):
            continue
        op_id = operation.get("operationId")
        if isinstance(op_id, str):
            if op_id in seen:
                first_path, first_method = seen[op_id]
                first = result.where(("paths", first_path, first_method, "operationId"))
                yield result.error(
                    f"operationId {op_id!r} of {method.upper()} {path} is already used by "
                    f"{first_method.upper()} {first_path} ({first})",
                    ("paths", path, method, "operationId"),
                )
            else:
                seen[op_id] = (path, method)
    for path, item in result.document.get("paths", {}).items():
        if not isinstance(path, str) or not isinstance(item, dict):
            continue
        variables = TEMPLATE_VARIABLE.findall(path)
        if any(brace in TEMPLATE_VARIABLE.sub("", path) for brace in "{}"):
            yield result.error(f"path {path!r} has an unbalanced '{{' or '}}'", ("paths", path))
            continue
        shared = _path_parameters(result, item.get("parameters"), ("paths", path, "parameters"))
        for name, pointer in shared.items():
            if name not in variables:
                yield result.error(f"{path}: parameter {name!r} is 'in: path' but the path has no {{{name}}}", pointer)
        for method in (m for m in HTTP_METHODS if isinstance(item.get(m), dict)):
            own = _path_parameters(result, item[method].get("parameters"), ("paths", path, method, "parameters"))
            for name, pointer in own.items():
                if name not in variables:
                    yield result.error(
                        f"{method.upper()} {path}: parameter {name!r} is 'in: path' but the path has no {{{name}}}",
                        pointer,
                    )
            for name in dict.fromkeys(variables):
                if name not in own and name not in shared:
                    yield result.error(
                        f"{method.upper()} {path}: path variable {{{name}}} has no 'in: path' parameter {name!r}",
                        ("paths", path, method),
                    )


_SHORT = reprlib.Repr()
_SHORT.maxlevel, _SHORT.maxdict, _SHORT.maxlist, _SHORT.maxstring, _SHORT.maxother = 2, 4, 4, 60, 60


def _describe(exc: BaseException) -> str:
    """One short line for an exception raised by a validator (never the document it holds)."""
    ref = getattr(exc, "ref", None)
    if isinstance(ref, str):
        return f"$ref {ref!r} does not resolve ({type(exc).__name__})"
    text = str(exc).strip().splitlines()
    first = text[0] if text else ""
    return f"{type(exc).__name__}: {first[:160]}" if first else type(exc).__name__


def _message(error: ValidationError) -> str:
    """The message of a validator error, with a long repr of the instance shortened."""
    message = str(error.message)
    instance = getattr(error, "instance", None)
    if isinstance(instance, dict | list):
        full = repr(instance)
        if message.startswith(full) and len(full) > 80:
            message = _SHORT.repr(instance) + message[len(full) :]
    return message


class _Located(OpenAPIValidationError):
    """An openapi-spec-validator error whose path is where its keyword validator was."""


def _locating(cls: type[keywords.KeywordValidator]) -> type[keywords.KeywordValidator]:
    """``cls`` reporting each error at the node it validates, and an exception as an error there.

    openapi-spec-validator's own checks (beyond its JSON schema) yield errors without a path
    (``Duplicate parameter 'id'``), and its walk raises on some malformed documents: the
    innermost keyword validator, which is handed the node (a ``SchemaPath``), gives both a
    path. Its path is the walk's, through references; :meth:`Bundle.canonical` follows those.
    """

    def __call__(self: keywords.KeywordValidator, *args: Any, **kwargs: Any) -> Iterator[ValidationError]:
        here = next((tuple(arg.parts) for arg in args if isinstance(arg, SchemaPath)), ())
        try:
            for error in cls.__call__(self, *args, **kwargs):
                if isinstance(error, _Located):
                    yield error
                    continue
                located = _Located.create_from(error)
                # a value validator checks the schema's `default`: its error path is inside that value
                inner = ("default",) if isinstance(self, keywords.ValueValidator) else tuple(error.relative_path)
                located.relative_path.clear()
                located.relative_path.extend((*here, *inner))
                yield located
        except Exception as exc:  # any crash of the walk becomes a located error
            yield _Located(f"openapi-spec-validator failed here: {_describe(exc)}", path=here)

    return type(cls.__name__, (cls,), {"__call__": __call__})


class _LocatingSpecValidator(OpenAPIV30SpecValidator):
    keyword_validators = {name: _locating(cls) for name, cls in OpenAPIV30SpecValidator.keyword_validators.items()}


def structural_errors(result: Bundle) -> Iterator[SpecError]:
    """Errors of the OpenAPI 3.0 schema itself (openapi-spec-validator)."""
    try:
        for error in _LocatingSpecValidator(result.document).iter_errors():
            pointer: Pointer = tuple(getattr(error, "absolute_path", ()) or ())
            yield result.error(_message(error), pointer)
    except Exception as exc:  # outside any keyword validator: at the root
        yield result.error(f"openapi-spec-validator failed: {_describe(exc)}", ())


#: Every ``x-np6-*`` extension the spec may use (documented in spec/README.md, "Extensions"):
#: name -> (the objects it may sit on, a check of its value, what the value must be).
EXTENSIONS: dict[str, tuple[frozenset[str], Callable[[Any], bool], str]] = {
    "x-np6-source": (frozenset({"operation"}), lambda v: isinstance(v, dict), "a mapping {kind, url, note}"),
    "x-np6-slug": (frozenset({"tag"}), lambda v: isinstance(v, str) and bool(v), "the tag's reference slug"),
    "x-np6-idempotent": (frozenset({"operation"}), lambda v: isinstance(v, bool), "true or false"),
    "x-np6-deviation": (
        frozenset({"any"}),
        lambda v: isinstance(v, str) and bool(v.strip()),
        "one sentence saying why the spec departs from NP6's page",
    ),
    "x-np6-example-source": (frozenset({"any"}), lambda v: v == "constructed", "'constructed'"),
    "x-np6-window": (frozenset({"parameter"}), lambda v: v in ("start", "end", "order"), "start, end or order"),
    "x-np6-resource": (
        frozenset({"tag"}),
        lambda v: isinstance(v, str) and re.fullmatch(r"[a-z][a-z_]*(\.[a-z][a-z_]*)?", v) is not None,
        "the client attribute of the tag's operations, e.g. 'segments' or 'events.actions'",
    ),
    "x-np6-mixin": (
        frozenset({"tag"}),
        lambda v: isinstance(v, str) and v.isidentifier() and v[:1].isupper(),
        "the name of a class of np6/_workflows.py (its Async twin is Async<name>)",
    ),
    "x-np6-method": (
        frozenset({"operation"}),
        lambda v: isinstance(v, str) and v.isidentifier() and v.islower() and not keyword.iskeyword(v),
        "a snake_case method name",
    ),
}


def _extension_holders(result: Bundle) -> Iterator[tuple[Pointer, str, dict[str, Any]]]:
    """(pointer, kind, mapping) of every mapping that may hold extensions (example values skipped)."""
    operations = {("paths", path, method) for path, method, _ in result.operations()}
    stack: list[tuple[Pointer, Any]] = [((), result.document)]
    while stack:
        pointer, node = stack.pop()
        if isinstance(node, dict):
            is_tag = pointer[:1] == ("tags",) and len(pointer) == 2
            is_parameter = (len(pointer) == 3 and pointer[:2] == ("components", "parameters")) or (
                len(pointer) >= 2 and pointer[-2] == "parameters" and isinstance(pointer[-1], int)
            )
            kind = "operation" if pointer in operations else "tag" if is_tag else "parameter" if is_parameter else ""
            yield pointer, kind, node
            for key, value in node.items():
                if key not in ("example", "examples", "default", "enum") or not isinstance(value, (dict, list)):
                    stack.append(((*pointer, key), value))
                elif key == "examples" and isinstance(value, dict):
                    # Example Objects may carry x-np6-example-source beside their value.
                    for name, example in value.items():
                        if isinstance(example, dict):
                            holder = {k: v for k, v in example.items() if k != "value"}
                            yield (*pointer, key, name), "", holder
        elif isinstance(node, list):
            stack.extend(((*pointer, index), item) for index, item in enumerate(node))


def extension_errors(result: Bundle) -> Iterator[SpecError]:
    """Every ``x-np6-*`` key is a documented extension, on an object it belongs to, with a valid value."""
    for pointer, kind, node in _extension_holders(result):
        for key, value in node.items():
            if not (isinstance(key, str) and key.startswith("x-np6-")):
                continue
            known = EXTENSIONS.get(key)
            here = (*pointer, key)
            if known is None:
                names = ", ".join(sorted(EXTENSIONS))
                yield result.error(f"unknown extension {key!r} (documented ones: {names}; see spec/README.md)", here)
                continue
            places, valid, expected = known
            if "any" not in places and kind not in places:
                yield result.error(f"{key} belongs on an {' or '.join(sorted(places))} object", here)
            elif not valid(value):
                yield result.error(f"{key} must be {expected}, got {value!r}", here)


def _is_object_schema(result: Bundle, schema: Any) -> bool:
    target = result.document
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    if isinstance(ref, str) and ref.startswith("#/"):
        for part in ref[2:].split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
        schema = target
    return isinstance(schema, dict) and (schema.get("type") == "object" or "properties" in schema or "allOf" in schema)


def discriminator_errors(result: Bundle) -> Iterator[SpecError]:
    """Every ``oneOf`` of objects declares a ``discriminator`` whose mapping names each member.

    The client dispatches on the spec's discriminator (never on a guess from the members), so a
    union of objects without one, or a member its mapping forgets, would not decode.
    """
    for pointer, _, node in _extension_holders(result):
        members = node.get("oneOf")
        if not isinstance(members, list) or not all(_is_object_schema(result, m) for m in members):
            continue
        discriminator = node.get("discriminator")
        if not isinstance(discriminator, dict) or not isinstance(discriminator.get("propertyName"), str):
            yield result.error(
                "a oneOf of objects needs a discriminator (propertyName and mapping)", (*pointer, "oneOf")
            )
            continue
        mapped = set((discriminator.get("mapping") or {}).values())
        for index, member in enumerate(members):
            ref = member.get("$ref") if isinstance(member, dict) else None
            if ref not in mapped:
                yield result.error(
                    f"discriminator mapping of this oneOf names no value for member {ref or index!r}",
                    (*pointer, "discriminator"),
                )


def project_errors(result: Bundle) -> Iterator[SpecError]:
    """The conventions of this project (spec/README.md)."""
    yield from extension_errors(result)
    yield from discriminator_errors(result)
    for pointer, message in resources.problems(result.document):
        yield result.error(message, pointer)
    tags = {tag.get("name") for tag in result.document.get("tags", [])}
    for path, method, operation in result.operations():
        here: Pointer = ("paths", path, method)
        yield from _header_parameter_errors(result, path, method, operation)
        op_id = operation.get("operationId")  # unique: checked by operation_errors
        if not isinstance(op_id, str) or not OPERATION_ID.match(op_id):
            yield result.error(f"{method.upper()} {path}: operationId must be lowerCamelCase, got {op_id!r}", here)
        op_tags = operation.get("tags") or []
        if len(op_tags) != 1:
            yield result.error(f"{method.upper()} {path}: give exactly one tag", here)
        for tag in op_tags:
            if tag not in tags:
                yield result.error(f"{method.upper()} {path}: tag {tag!r} is not declared in spec/openapi.yaml", here)
        source = operation.get("x-np6-source")
        if not isinstance(source, dict):
            yield result.error(f"{method.upper()} {path}: x-np6-source (kind, url) is missing", here)
        else:
            if source.get("kind") not in SOURCE_KINDS:
                kinds = ", ".join(SOURCE_KINDS)
                yield result.error(
                    f"x-np6-source.kind must be one of {kinds}, got {source.get('kind')!r}", (*here, "x-np6-source")
                )
            if not isinstance(source.get("url"), str) or not source["url"]:
                yield result.error("x-np6-source.url is missing", (*here, "x-np6-source"))


# OpenAPI ignores header parameters with these names (the media types say it); declaring one
# would also give the generated function a second `content_type` argument.
RESERVED_HEADERS = frozenset({"content-type", "accept", "authorization"})


def _header_parameter_errors(result: Bundle, path: str, method: str, operation: dict[str, Any]) -> Iterator[SpecError]:
    item = result.document["paths"][path]
    for where, parameters in (
        (("paths", path, "parameters"), item.get("parameters")),
        (("paths", path, method, "parameters"), operation.get("parameters")),
    ):
        for pointer, parameter in _parameters(result, parameters, where):
            if parameter.get("in") == "header" and str(parameter.get("name", "")).lower() in RESERVED_HEADERS:
                yield result.error(
                    f"{method.upper()} {path}: header parameter {parameter['name']!r} is not allowed "
                    "(declare media types under requestBody/responses content; X-Key comes from security)",
                    pointer,
                )


def _walk_examples(node: Any, pointer: Pointer) -> Iterator[tuple[Pointer, Any, Any]]:
    """Every (pointer, schema, example) pair of media types and parameters under ``node``."""
    if isinstance(node, dict):
        schema = node.get("schema")
        if isinstance(schema, dict):
            if "example" in node:
                yield (*pointer, "example"), schema, node["example"]
            for name, example in (node.get("examples") or {}).items():
                if isinstance(example, dict) and "value" in example:
                    yield (*pointer, "examples", name, "value"), schema, example["value"]
        for key, value in node.items():
            if key not in ("schema", "example", "examples"):
                yield from _walk_examples(value, (*pointer, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk_examples(value, (*pointer, index))


def example_errors(result: Bundle) -> Iterator[SpecError]:
    """Every documented example must validate against its schema."""
    components = result.document.get("components", {})
    sections = ("paths", "components")
    for section in sections:
        for pointer, schema, example in _walk_examples(result.document.get(section, {}), (section,)):
            validator = OAS30Validator({**schema, "components": components}, format_checker=oas30_format_checker)
            try:
                errors: list[ValidationError] = sorted(validator.iter_errors(example), key=lambda e: list(e.path))
            except Exception as exc:  # e.g. a schema pattern that is not a regex
                yield result.error(f"example cannot be checked against its schema: {_describe(exc)}", pointer)
                continue
            for error in errors[:3]:
                inner = "/".join(str(p) for p in error.path) or "(root)"
                yield result.error(f"example does not match its schema at {inner}: {_message(error)}", pointer)


def start_redocly(result: Bundle, bundled_file: Path, redocly: Path, config: Path) -> subprocess.Popen[str]:
    """Start Redocly CLI lint on the bundle (JSON: no YAML 1.1/1.2 ambiguity); see redocly_report."""
    bundled_file.write_text(json.dumps(result.document), encoding="utf-8")
    return subprocess.Popen(
        [str(redocly), "lint", str(bundled_file), "--config", str(config), "--format", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def redocly_report(proc: subprocess.Popen[str], result: Bundle) -> list[SpecError]:
    """Wait for a lint started by start_redocly; its errors, located in the source files."""
    stdout, stderr = proc.communicate()
    start = stdout.find("{")
    if start < 0:
        raise SpecError(f"redocly lint gave no report (exit {proc.returncode}): {stderr.strip()[-2000:]}")
    report = json.loads(stdout[start:])
    errors: list[SpecError] = []
    for problem in report.get("problems", []):
        if problem.get("severity") != "error":
            continue
        location = (problem.get("location") or [{}])[0]
        raw = str(location.get("pointer", "#")).lstrip("#").strip("/")
        pointer: Pointer = tuple(part.replace("~1", "/").replace("~0", "~") for part in raw.split("/") if raw)
        errors.append(result.error(f"redocly {problem.get('ruleId')}: {problem.get('message')}", pointer))
    return errors


def redocly_errors(result: Bundle, bundled_file: Path, redocly: Path, config: Path) -> list[SpecError]:
    """Redocly CLI lint (recommended ruleset plus the project's rules in redocly.yaml)."""
    return redocly_report(start_redocly(result, bundled_file, redocly, config), result)


def validate(result: Bundle, *, bundled_file: Path, redocly: Path | None, config: Path) -> list[SpecError]:
    """All problems of a bundled spec; the first failing stage stops the rest."""
    for stage in (reference_errors, operation_errors, structural_errors):
        errors = list(stage(result))
        if errors:
            return errors
    errors = list(project_errors(result)) + list(example_errors(result))
    if errors:
        return errors
    if redocly is not None:
        errors = redocly_errors(result, bundled_file, redocly, config)
    return errors
