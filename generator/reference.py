"""The API reference (``generated/API.md``): every operation as a user calls it, from the spec.

Built in Python from openapi-python-client's parsed endpoints, the spec model
(``generator/surface.py``) and the operation facts; rendered as Markdown text here (one place,
no template logic). ``make check`` keeps it current like every generated file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import PythonIdentifier

from . import template_facts
from .bundle import HTTP_METHODS
from .surface import Surface


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str
    where: str
    required: bool
    description: str


@dataclass
class Entry:
    """One operation of the reference."""

    operation_id: str
    module: str
    function: str
    method: str
    path: str
    summary: str
    resource: str
    resource_method: str
    parameters: list[Parameter] = field(default_factory=list)
    bodies: list[tuple[str, str]] = field(default_factory=list)
    returns: str = "None"
    statuses: list[tuple[str, str]] = field(default_factory=list)
    idempotent: bool = True
    deprecated: bool = False
    streams: bool = False
    companions: tuple[str, str] = ("", "")

    @property
    def call(self) -> str:
        """The resource call, e.g. ``client.segments.get(id)``."""
        positional = [p.name for p in self.parameters if p.where == "path"]
        keywords = [f"{p.name}=..." for p in self.parameters if p.where != "path" and p.required]
        if self.bodies:
            keywords.insert(0, "body=...")
        return f"client.{self.resource}.{self.resource_method}({', '.join(positional + keywords)})"


def _text(value: Any) -> str:
    """The text of a spec string (openapi-python-client wraps them as UntrustedString)."""
    return str(value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else value)


def _one_line(text: Any) -> str:
    value = text.get_untrusted_value() if hasattr(text, "get_untrusted_value") else text
    words = " ".join(str(value or "").split())
    return words.replace("|", "\\|")


def _raw_operations(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for path, item in (document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if isinstance(operation, dict) and isinstance(operation.get("operationId"), str):
                name = str(PythonIdentifier(operation["operationId"], "field_"))
                found[name] = {**operation, "_path": path}
    return found


def _source(response: Any) -> str:
    """How openapi-python-client reads a response's body (``"None"``: none)."""
    source = response.source
    return str(source["attribute"] if isinstance(source, dict) else source.attribute)


def _returns(surface: Surface, endpoint: Any, streams: bool) -> str:
    success = [
        r
        for r in endpoint.responses.patterns
        if r.status_code.range and r.status_code.range[0] >= 200 and r.status_code.range[1] <= 299
    ]
    content = [r for r in success if _source(r) != "None"]
    if streams and content:
        return f"list[{surface.item_type(content[-1].prop.inner_property)}]"
    types = []
    for response in success:
        text = "None" if _source(response) == "None" else surface.open_type(response.prop)
        if text not in types:
            types.append(text)
    # sorted as the endpoint template sorts them (Jinja's sort ignores case)
    return " | ".join(sorted(types, key=str.lower)) if types else "None"


def entries(endpoints: Iterable[tuple[str, Any]], surface: Surface, document: dict[str, Any]) -> list[Entry]:
    """The reference entries of ``(tag module, endpoint)`` pairs, in the given order."""
    raw = _raw_operations(document)
    facts = template_facts.operation_facts(document)
    placed = template_facts.resource_facts(document)
    out: list[Entry] = []
    for module, endpoint in endpoints:
        name = str(endpoint.name)
        operation = raw.get(name, {})
        fact = facts.get(name, {})
        where = placed.get(name, {"resource": module, "method": name})
        streams = bool(fact.get("window")) and any(
            type(r.prop).__name__ == "ListProperty" for r in endpoint.responses.patterns
        )
        entry = Entry(
            operation_id=str(operation.get("operationId", name)),
            module=module,
            function=name,
            method=str(endpoint.method).upper(),
            path=str(operation.get("_path", _text(endpoint.path))),
            summary=_one_line(endpoint.summary),
            resource=where["resource"],
            resource_method=where["method"],
            idempotent=bool(fact.get("idempotent", True)),
            deprecated=bool(operation.get("deprecated")),
            streams=streams,
            companions=(where.get("stream", ""), where.get("poll", "")),
        )
        for kind, params in (
            ("path", endpoint.path_parameters),
            ("query", endpoint.query_parameters),
            ("header", endpoint.header_parameters),
        ):
            for prop in params:
                text = prop.get_type_string(no_optional=True).as_unembedded_code()
                entry.parameters.append(
                    Parameter(str(prop.python_name), text, kind, bool(prop.required), _one_line(prop.description))
                )
        for body in endpoint.bodies:
            entry.bodies.append((_text(body.content_type), surface.value_type(body.prop)))
        entry.returns = _returns(surface, endpoint, streams)
        for status, response in sorted((operation.get("responses") or {}).items()):
            if not str(status).startswith("2"):
                entry.statuses.append((str(status), _one_line(response.get("description"))))
        out.append(entry)
    return out


INTRO = """\
<!-- Generated from the spec by generator/reference.py: do not edit. -->
# np6-client API reference

Every operation of the NP6 {version} API, by resource: the resource method of `np6.Client`
(`np6.AsyncClient`: the same, awaited), the module function behind it
(`np6.api.<module>.<function>.sync`, with `sync_detailed`, `asyncio`, `asyncio_detailed`), the
NP6 method and path, its parameters, body and return types, and the statuses NP6 documents
besides success. A non-2xx answer raises the `np6.errors.APIStatusError` subclass of its status
(`NotFoundError`, `ConflictError`, `RateLimitError`...; see `np6/errors.py`); no answer raises
`np6.errors.APIConnectionError`; a request refused before sending raises a
`RequestValidationError`, `BodyTypeError` or `ArgumentTypeError`. An operation marked *not
idempotent* (a send) is never retried after it may have reached NP6.

```python
from np6 import Client

with Client() as np6:
    for segment in np6.segments.list():  # GET /segments
        print(segment.id, segment.name)
```
"""


def render(items: list[Entry], version: str) -> str:
    """The Markdown of the reference."""
    lines = [INTRO.format(version=version)]
    resources: dict[str, list[Entry]] = {}
    for item in items:
        resources.setdefault(item.resource, []).append(item)
    lines.append("## Resources\n")
    for resource in sorted(resources):
        anchor = resource.replace(".", "")
        lines.append(f"- [`client.{resource}`](#client{anchor}) ({len(resources[resource])})")
    lines.append("")
    for resource in sorted(resources):
        lines.append(f"## client.{resource}\n")
        for item in sorted(resources[resource], key=lambda e: e.resource_method):
            lines.extend(_entry(item))
    return "\n".join(lines).rstrip() + "\n"


def _entry(item: Entry) -> list[str]:
    flags = []
    if item.deprecated:
        flags.append("**deprecated**")
    if not item.idempotent:
        flags.append("*not idempotent: never retried*")
    head = f"### `{item.resource_method}`: {item.method} `{item.path}`"
    out = [head, ""]
    if item.summary:
        out += [item.summary + (" " + " ".join(flags) if flags else ""), ""]
    elif flags:
        out += [" ".join(flags), ""]
    out += [
        f"- Call: `{item.call}`",
        f"- Module: `np6.api.{item.module}.{item.function}` (operationId `{item.operation_id}`)",
        f"- Returns: `{item.returns}`",
    ]
    if item.streams:
        stream, poll = item.companions
        out.append(
            f"- Events: `client.{item.resource}.{stream}(...)` (one at a time, flat memory) and "
            f"`client.{item.resource}.{poll}(...)` (time windows, resumable cursor)"
        )
    for media_type, type_ in item.bodies:
        out.append(f"- Body (`{media_type}`): `{type_}`")
    if item.statuses:
        out.append("- Documented statuses: " + "; ".join(f"{s} {d}".strip() for s, d in item.statuses))
    if item.parameters:
        out += ["", "| parameter | in | type | required | description |", "| --- | --- | --- | --- | --- |"]
        for p in item.parameters:
            kind = p.type.replace("|", "\\|")
            out.append(f"| `{p.name}` | {p.where} | `{kind}` | {'yes' if p.required else 'no'} | {p.description} |")
    out.append("")
    return out
