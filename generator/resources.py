"""Where each operation is reached from the client: ``client.<resource>.<method>(...)``.

The resource of an operation is its tag's ``x-np6-resource`` (``segments``, ``events.actions``);
its method is the operation's ``x-np6-method`` when the spec gives one, else derived from the
operationId: in snake case, without the words that name the resource (``listSegments`` on
``segments`` is ``list``, ``addSegmentTargets`` is ``add_targets``). Event operations also get a
streaming and a polling method: ``list_bounces`` gives ``stream_bounces`` and ``poll_bounces``
(``stream_<method>``/``poll_<method>`` for a method not starting with ``list``).

:func:`problems` lists what makes a resource unusable (a tag without a resource, two operations
of one resource with one method name): validation refuses those specs.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .bundle import HTTP_METHODS

#: Words of a resource's name that an operationId repeats (beyond the name's own words).
_ALIASES = {
    "targets": {"target", "targets", "contact", "contacts"},
    "value_lists": {"value", "list", "lists"},
    "events": {"event", "events"},
    "reactivities": {"reactivity", "reactivities"},
}


def snake(name: str) -> str:
    """``listSegmentTargets`` -> ``list_segment_targets``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def resource_words(resource: str) -> set[str]:
    """The words an operationId may repeat from its resource (singular and plural)."""
    words: set[str] = set()
    for part in resource.split("."):
        words |= _ALIASES.get(part, set())
        for word in part.split("_"):
            words |= {word, _singular(word)}
    return words


def derived_method(operation_id: str, resource: str) -> str:
    """The method name of ``operation_id`` on ``resource`` when the spec names none."""
    words = snake(operation_id).split("_")
    nouns = resource_words(resource)
    kept = [words[0], *(w for w in words[1:] if w not in nouns)]
    return "_".join(kept)


def companions(method: str) -> tuple[str, str]:
    """The streaming and polling method names of an event operation's method."""
    if method == "list":
        return "stream", "poll"
    if method.startswith("list_"):
        rest = method.removeprefix("list_")
        return f"stream_{rest}", f"poll_{rest}"
    return f"stream_{method}", f"poll_{method}"


@dataclass(frozen=True)
class Placement:
    """Where one operation is reached: ``client.<resource>.<method>``."""

    operation_id: str
    resource: str
    method: str
    pointer: tuple[str | int, ...]


def placements(document: dict[str, Any]) -> Iterator[Placement]:
    resources = {
        tag.get("name"): tag.get("x-np6-resource") for tag in document.get("tags") or [] if isinstance(tag, dict)
    }
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict) or not isinstance(operation.get("operationId"), str):
                continue
            tags = operation.get("tags") or [None]
            resource = resources.get(tags[0])
            if not isinstance(resource, str):
                continue
            name = operation.get("x-np6-method")
            if not isinstance(name, str):
                name = derived_method(operation["operationId"], resource)
            yield Placement(operation["operationId"], resource, name, ("paths", path, method))


def problems(document: dict[str, Any]) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """(pointer, message) of each tag without a resource and each method name used twice."""
    for index, tag in enumerate(document.get("tags") or []):
        if isinstance(tag, dict) and not isinstance(tag.get("x-np6-resource"), str):
            yield ("tags", index), f"tag {tag.get('name')!r} needs an x-np6-resource (its client attribute)"
    seen: dict[tuple[str, str], str] = {}
    for placement in placements(document):
        if not placement.method.isidentifier() or keyword.iskeyword(placement.method):
            yield placement.pointer, f"method name {placement.method!r} is not a Python identifier: set x-np6-method"
        key = (placement.resource, placement.method)
        if key in seen:
            yield (
                placement.pointer,
                f"{placement.operation_id} and {seen[key]} would both be client.{placement.resource}."
                f"{placement.method}: give one an x-np6-method",
            )
        else:
            seen[key] = placement.operation_id


def tree(document: dict[str, Any], module_of: dict[str, str]) -> dict[str, Any]:
    """The client's resource attributes: ``{"segments": "segment", "events": {"actions": ...}}``,
    each leaf the ``np6.api`` package of the tag (``module_of``: tag name -> package name)."""
    result: dict[str, Any] = {}
    for tag in document.get("tags") or []:
        if not isinstance(tag, dict) or not isinstance(tag.get("x-np6-resource"), str):
            continue
        *parents, leaf = tag["x-np6-resource"].split(".")
        node = result
        for parent in parents:
            node = node.setdefault(parent, {})
        node[leaf] = module_of[tag["name"]]
    return result
