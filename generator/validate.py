"""Validate a bundled spec: OpenAPI structure, project rules, examples and Redocly lint.

Every problem is reported as a :class:`~generator.bundle.SpecError` located in the source
file (``spec/paths/segment.yaml:42:9``), never only in the bundled document.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jsonschema.exceptions import ValidationError
from openapi_schema_validator import OAS30Validator, oas30_format_checker
from openapi_spec_validator import OpenAPIV30SpecValidator

from .bundle import Bundle, Pointer, SpecError

SOURCE_KINDS = ("reference-8.1.0", "legacy-v8-doc", "cookbook", "third-party-client", "field-report")
OPERATION_ID = re.compile(r"^[a-z][A-Za-z0-9]*$")


def structural_errors(result: Bundle) -> Iterator[SpecError]:
    """Errors of the OpenAPI 3.0 schema itself (openapi-spec-validator)."""
    validator = OpenAPIV30SpecValidator(result.document)
    for error in validator.iter_errors():
        pointer: Pointer = tuple(getattr(error, "absolute_path", ()) or ())
        yield result.error(getattr(error, "message", str(error)), pointer)


def project_errors(result: Bundle) -> Iterator[SpecError]:
    """The conventions of this project (spec/README.md)."""
    tags = {tag.get("name") for tag in result.document.get("tags", [])}
    seen: dict[str, Pointer] = {}
    for path, method, operation in result.operations():
        here: Pointer = ("paths", path, method)
        yield from _header_parameter_errors(result, path, method, operation)
        op_id = operation.get("operationId")
        if not isinstance(op_id, str) or not OPERATION_ID.match(op_id):
            yield result.error(f"{method.upper()} {path}: operationId must be lowerCamelCase, got {op_id!r}", here)
        elif op_id in seen:
            first_file, _ = result.source_of(seen[op_id])
            yield result.error(f"operationId {op_id!r} is already used (in {first_file})", here)
        else:
            seen[op_id] = here
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
        ((path, "parameters"), item.get("parameters")),
        ((path, method, "parameters"), operation.get("parameters")),
    ):
        for index, declared in enumerate(parameters or []):
            parameter = declared if isinstance(declared, dict) else {}
            ref = str(parameter.get("$ref", ""))
            if ref.startswith("#/components/parameters/"):
                parameter = result.document["components"]["parameters"].get(ref.rsplit("/", 1)[1], {})
            if parameter.get("in") == "header" and str(parameter.get("name", "")).lower() in RESERVED_HEADERS:
                yield result.error(
                    f"{method.upper()} {path}: header parameter {parameter['name']!r} is not allowed "
                    "(declare media types under requestBody/responses content; X-Key comes from security)",
                    ("paths", *where, index),
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
            errors: list[ValidationError] = sorted(validator.iter_errors(example), key=lambda e: list(e.path))
            for error in errors[:3]:
                inner = "/".join(str(p) for p in error.path) or "(root)"
                yield result.error(f"example does not match its schema at {inner}: {error.message}", pointer)


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
    errors = list(structural_errors(result))
    if errors:
        return errors
    errors = list(project_errors(result)) + list(example_errors(result))
    if errors:
        return errors
    if redocly is not None:
        errors = redocly_errors(result, bundled_file, redocly, config)
    return errors
