"""The event and reactivity operations of the spec, for ``templates/package/_event_operations.py.jinja``.

An operation is an event operation when the spec marks a start and an end of its time window
(query parameters with ``x-np6-window: start`` and ``end``, :func:`template_facts.operation_facts`):
those are the operations whose ``OPERATION.window`` is set and that have ``poll()``. The list
rendered from them (``np6/_event_operations.py``) is what ``np6.dlt`` makes one resource of each.
"""

from __future__ import annotations

from typing import Any

from openapi_python_client.strings import PythonIdentifier

from .bundle import HTTP_METHODS
from .template_facts import FIELD_PREFIX, operation_facts

#: The prefix openapi-python-client gives a tag's module name when it needs one.
TAG_PREFIX = "tag"


def event_operations(document: dict[str, Any]) -> list[dict[str, str]]:
    """``[{name, tag, path, method, summary}]`` of every operation with a time window, sorted
    by tag then name (the Python module ``np6.api.<tag>.<name>`` of each)."""
    windowed = {name for name, facts in operation_facts(document).items() if facts["window"]}
    found: list[dict[str, str]] = []
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict) or not isinstance(operation.get("operationId"), str):
                continue
            name = str(PythonIdentifier(operation["operationId"], FIELD_PREFIX))
            if name not in windowed:
                continue
            tags = operation.get("tags") or ["default"]
            found.append(
                {
                    "name": name,
                    "tag": str(PythonIdentifier(str(tags[0]), TAG_PREFIX)),
                    "path": path,
                    "method": method.upper(),
                    "summary": str(operation.get("summary") or ""),
                }
            )
    return sorted(found, key=lambda op: (op["tag"], op["name"]))
