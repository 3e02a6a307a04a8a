"""The bundled spec (``np6/openapi.json``) as :class:`np6.testing.OfflineNP6` reads it.

Each operation with its parameters (path-level and operation-level merged, ``$ref`` resolved),
its request body, its documented answer (the first 2xx response, with its example, or a value
built from its schema when it has none) and the route that matches its requests.
"""

from __future__ import annotations

import difflib
import functools
import json
import re
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ._schema import Validator

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
#: Stand-in values of a documented answer that has no example (built from its schema).
STAND_INS: dict[str, Any] = {
    "string": "string",
    "integer": 0,
    "number": 0,
    "boolean": False,
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "uuid": "00000000-0000-4000-8000-000000000000",
}


def snake_case(operation_id: str) -> str:
    """The np6 module name of an operationId (``getSegment`` -> ``get_segment``)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", operation_id).lower()


@functools.cache
def bundled_document() -> Mapping[str, Any]:
    """The spec this package was generated from (read once)."""
    text = resources.files("np6").joinpath("openapi.json").read_text(encoding="utf-8")
    document = json.loads(text)
    if not isinstance(document, dict):
        raise RuntimeError("np6/openapi.json is not an OpenAPI document")
    return document


@dataclass(frozen=True)
class Documented:
    """An operation's documented answer: status, media type and body (None: no body)."""

    status: int
    media_type: str | None
    body: Any


@dataclass(frozen=True)
class OperationSpec:
    """One operation of the spec, resolved."""

    operation_id: str
    #: The np6 module name (``np6.api.<tag>.<name>``).
    name: str
    method: str
    template: str
    pattern: re.Pattern[str]
    path_names: tuple[str, ...]
    #: Parameters by ``(in, name)``.
    parameters: Mapping[tuple[str, str], Mapping[str, Any]]
    request_body: Mapping[str, Any] | None
    responses: Mapping[str, Any]
    authenticated: bool
    documented: Documented

    def __str__(self) -> str:
        return f"{self.method} {self.template} ({self.operation_id})"

    def media_type_of(self, status: int) -> str | None:
        """The first media type the spec documents for an answer with ``status``, if any."""
        response = self.responses.get(str(status)) or self.responses.get(f"{str(status)[0]}XX") or {}
        content = response.get("content") if isinstance(response, Mapping) else None
        return next(iter(content), None) if isinstance(content, Mapping) else None


class Spec:
    """The operations of one OpenAPI document, their routes and a validator of its schemas."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self._refs: dict[str, Any] = {}
        self.validator = Validator(self.resolve)
        self.operations: list[OperationSpec] = []
        for template, declared in (document.get("paths") or {}).items():
            item = self.resolve(declared)
            for method in METHODS:
                operation = item.get(method)
                if isinstance(operation, Mapping):
                    self.operations.append(self._operation(str(template), method, item, operation))
        # /targets/count before /targets/{id}: fewer path parameters first.
        self.operations.sort(key=lambda op: len(op.path_names))
        self.by_name: dict[str, OperationSpec] = {}
        for op in self.operations:
            self.by_name.setdefault(op.operation_id, op)
            self.by_name.setdefault(op.name, op)

    # -- the document --------------------------------------------------------------------------

    def resolve(self, node: Any) -> Any:
        """``node``, or what its ``$ref`` (a local JSON pointer) points at, followed to the end."""
        seen = 0
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and seen < 32:
            node = self._pointer(node["$ref"])
            seen += 1
        return node

    def _pointer(self, ref: str) -> Any:
        if ref in self._refs:
            return self._refs[ref]
        if not ref.startswith("#"):
            raise ValueError(f"only local references are supported, not {ref!r}")
        node: Any = self.document
        for part in ref[1:].split("/")[1:]:
            key = urllib.parse.unquote(part).replace("~1", "/").replace("~0", "~")
            node = node[int(key)] if isinstance(node, list) else node[key]
        self._refs[ref] = node
        return node

    def _operation(
        self, template: str, method: str, item: Mapping[str, Any], operation: Mapping[str, Any]
    ) -> OperationSpec:
        parameters: dict[tuple[str, str], Mapping[str, Any]] = {}
        for declared in [*(item.get("parameters") or ()), *(operation.get("parameters") or ())]:
            parameter = self.resolve(declared)
            parameters[(str(parameter["in"]), str(parameter["name"]))] = parameter
        names = tuple(re.findall(r"\{([^}/]+)\}", template))
        pattern = re.compile("^" + re.sub(r"\\\{[^/]+?\\\}", "([^/]+)", re.escape(template)) + "$")
        security = operation.get("security", self.document.get("security")) or []
        body = self.resolve(operation.get("requestBody")) if "requestBody" in operation else None
        responses = {str(code): self.resolve(response) for code, response in (operation.get("responses") or {}).items()}
        operation_id = str(operation.get("operationId") or f"{method} {template}")
        return OperationSpec(
            operation_id=operation_id,
            name=snake_case(operation_id),
            method=method.upper(),
            template=template,
            pattern=pattern,
            path_names=names,
            parameters=parameters,
            request_body=body,
            responses=responses,
            authenticated=any(bool(requirement) for requirement in security),
            documented=self._documented(responses),
        )

    def _documented(self, responses: Mapping[str, Any]) -> Documented:
        for status, response in sorted(responses.items()):
            if not (status.isdigit() and status.startswith("2")):
                continue
            content = (response or {}).get("content") or {}
            for media_type, media in content.items():
                return Documented(int(status), str(media_type), self.example(media or {}))
            return Documented(int(status), None, None)
        return Documented(204, None, None)

    # -- examples ------------------------------------------------------------------------------

    def example(self, media: Mapping[str, Any]) -> Any:
        """The documented example of a media type object (else one built from its schema)."""
        if "example" in media:
            return media["example"]
        for declared in (media.get("examples") or {}).values():
            example = self.resolve(declared)
            if isinstance(example, Mapping) and "value" in example:
                return example["value"]
        return self.stand_in(media.get("schema"), 0)

    def stand_in(self, schema: Any, depth: int) -> Any:
        """A small value valid under ``schema``: its example, an empty array, the required properties."""
        node = self.resolve(schema)
        if not isinstance(node, Mapping) or depth > 8:
            return None
        if "example" in node or node.get("enum"):
            return node["example"] if "example" in node else node["enum"][0]
        alternatives = node.get("oneOf") or node.get("anyOf")
        if alternatives:
            return self.stand_in(alternatives[0], depth + 1)
        kind = node.get("type")
        if node.get("allOf") or kind == "object" or "properties" in node:
            return self._object_stand_in(node, depth)
        if kind == "array":
            return [self.stand_in(node.get("items"), depth + 1) for _ in range(int(node.get("minItems") or 0))]
        key = str(node.get("format")) if kind == "string" and node.get("format") in STAND_INS else str(kind)
        return STAND_INS.get(key)

    def _object_stand_in(self, node: Mapping[str, Any], depth: int) -> dict[str, Any]:
        merged: dict[str, Any] = {}
        for part in node.get("allOf") or ():
            value = self.stand_in(part, depth + 1)
            merged.update(value if isinstance(value, dict) else {})
        properties = node.get("properties") or {}
        for name in node.get("required") or ():
            merged[str(name)] = self.stand_in(properties.get(name), depth + 1)
        return merged

    # -- routes --------------------------------------------------------------------------------

    def match(self, method: str, path: str) -> tuple[OperationSpec | None, dict[str, str], list[OperationSpec]]:
        """The operation of ``method path`` (a raw, percent-encoded path) with its path values,
        and the operations of that path (another method) when there is none."""
        same_path: list[OperationSpec] = []
        for op in self.operations:
            found = op.pattern.match(path)
            if found is None:
                continue
            if op.method == method:
                values = {
                    name: urllib.parse.unquote(value) for name, value in zip(op.path_names, found.groups(), strict=True)
                }
                return op, values, []
            same_path.append(op)
        return None, {}, same_path

    def nearest(self, method: str, path: str, count: int = 3) -> list[OperationSpec]:
        """The operations whose path (with this request's values filled in) looks most like ``path``."""
        segments = path.strip("/").split("/")

        def filled(op: OperationSpec) -> str:
            parts = op.template.strip("/").split("/")
            return "/".join(
                segments[i] if part.startswith("{") and i < len(segments) else part for i, part in enumerate(parts)
            )

        def score(op: OperationSpec) -> float:
            ratio = difflib.SequenceMatcher(None, "/".join(segments), filled(op)).ratio()
            return ratio + (0.05 if op.method == method else 0.0)

        return sorted(self.operations, key=score, reverse=True)[:count]

    def find(self, name: str) -> OperationSpec:
        """An operation by its operationId (``getSegment``) or np6 module name (``get_segment``)."""
        op = self.by_name.get(name)
        if op is None:
            close = difflib.get_close_matches(name, list(self.by_name), n=3, cutoff=0.5)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise KeyError(f"no operation {name!r} in the NP6 spec{hint}")
        return op


@functools.cache
def bundled_spec() -> Spec:
    """The :class:`Spec` of the bundled document (built once)."""
    return Spec(bundled_document())
