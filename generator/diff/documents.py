"""Reading an OpenAPI document: its operations, who uses a component, path-level parameters inlined."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from ..bundle import HTTP_METHODS
from .pointers import component_key, resolve


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every (path, method, operation) of a document."""
    for path, item in (document.get("paths") or {}).items():
        if isinstance(item, dict):
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    yield path, method, item[method]


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def component_users(document: dict[str, Any]) -> dict[str, set[str]]:
    """``#/components/<section>/<name>`` -> operationIds (or ``METHOD path``) that use it."""
    users: dict[str, set[str]] = {}
    for path, method, operation in operations(document):
        name = operation_name(document, path, method)
        stack = [component_key(ref) for ref in _refs([operation, (document["paths"][path] or {}).get("parameters")])]
        seen: set[str] = set()
        while stack:
            key = stack.pop()
            if not key or key in seen:
                continue
            seen.add(key)
            stack.extend(component_key(ref) for ref in _refs(resolve(document, key)))
        for key in seen:
            users.setdefault(key, set()).add(name)
    return users


def operation_name(document: dict[str, Any], path: str, method: str) -> str:
    operation = (document.get("paths") or {}).get(path, {}).get(method) or {}
    op_id = operation.get("operationId")
    return str(op_id) if op_id else f"{method.upper()} {path}"


def inline_path_parameters(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``document`` with path-level parameters moved into each operation.

    Moving a parameter between the path item and its operations changes nothing for a client,
    but Redocly compares the two levels separately and would report a removal.
    """
    result = copy.deepcopy(document)
    for item in (result.get("paths") or {}).values():
        if not isinstance(item, dict) or not isinstance(item.get("parameters"), list):
            continue
        shared = item.pop("parameters")
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            own = operation.get("parameters") or []
            keys = {_parameter_key(result, p) for p in own}
            inherited = [copy.deepcopy(p) for p in shared if _parameter_key(result, p) not in keys]
            operation["parameters"] = inherited + own
    return result


def _parameter_key(document: dict[str, Any], parameter: Any) -> tuple[str, str]:
    if isinstance(parameter, dict) and isinstance(parameter.get("$ref"), str):
        parameter = resolve(document, parameter["$ref"])
    if not isinstance(parameter, dict):
        return ("", "")
    return (str(parameter.get("name")), str(parameter.get("in")))
