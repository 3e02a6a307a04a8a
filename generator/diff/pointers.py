"""JSON pointers (``#/paths/~1segments/get``): build, split, resolve, and say what they point at."""

from __future__ import annotations

from typing import Any

from ..bundle import HTTP_METHODS


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def pointer(*tokens: str | int) -> str:
    """A JSON pointer (``#/paths/~1segments/get``) from unescaped tokens."""
    return "#" + "".join("/" + escape(str(t)) for t in tokens)


def tokens(ptr: str) -> list[str]:
    """The unescaped tokens of a JSON pointer."""
    raw = ptr.lstrip("#")
    if not raw or raw == "/":
        return []
    return [t.replace("~1", "/").replace("~0", "~") for t in raw.lstrip("/").split("/")]


def within(ptr: str, scope: str) -> bool:
    """``ptr`` is ``scope`` or a node under it."""
    return ptr == scope or ptr.startswith(scope.rstrip("/") + "/")


def resolve(document: Any, ptr: str) -> Any:
    """The node of ``document`` at ``ptr`` (``None`` when it does not exist)."""
    node = document
    for token in tokens(ptr):
        if isinstance(node, dict):
            node = node.get(token)
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    return node


def component_key(ref: str) -> str:
    parts = tokens(ref)
    if len(parts) >= 3 and parts[0] == "components":
        return pointer(*parts[:3])
    return ""


def section_of(ptr: str) -> str:
    parts = tokens(ptr)
    if not parts:
        return "other"
    head = parts[0]
    if head == "paths":
        rest = parts[2:]
        if rest and rest[0] in HTTP_METHODS:
            rest = rest[1:]
            if not rest:
                return "operation"
        first = rest[0] if rest else ""
        return {
            "parameters": "parameter",
            "requestBody": "request-body",
            "responses": "response",
            "security": "security",
            "servers": "server",
        }.get(first, "operation")
    if head == "components" and len(parts) > 1:
        return {
            "schemas": "schema",
            "parameters": "parameter",
            "requestBodies": "request-body",
            "responses": "response",
            "headers": "response",
            "securitySchemes": "security",
        }.get(parts[1], "other")
    return {"security": "security", "servers": "server", "info": "info", "tags": "info"}.get(head, "other")


def operation_of(ptr: str) -> tuple[str, str] | None:
    """The (path, method) a pointer under ``#/paths`` belongs to."""
    parts = tokens(ptr)
    if len(parts) >= 3 and parts[0] == "paths" and parts[2] in HTTP_METHODS:
        return parts[1], parts[2]
    return None


def readable(ptr: str) -> str:
    """A readable location: ``GET /items > responses > 200 > application/json``."""
    parts = tokens(ptr)
    if len(parts) >= 3 and parts[0] == "paths" and parts[2] in HTTP_METHODS:
        parts = [f"{parts[2].upper()} {parts[1]}", *parts[3:]]
    elif len(parts) >= 2 and parts[0] == "paths":
        parts = [parts[1], *parts[2:]]
    parts = [p for p in parts if p not in ("content", "properties")]
    return " > ".join(parts) or "the document"
