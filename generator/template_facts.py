"""Facts of the spec that openapi-python-client 0.29's parser drops, handed to the templates.

openapi-python-client turns each request body into a ``Property`` that keeps its type, name and
description but not its constraints: a ``ListProperty`` has no ``maxItems``/``minItems`` (and,
unlike a ``ModelProperty``, no ``data`` schema either), and nothing in the template context
(``endpoint``, ``openapi``, ``config``) leads back to the raw document. Its parser also refuses
media types that are neither ``application/json`` nor ``*/*+json`` (NP6's
``application/vnd.np6.cm.email`` and friends), which ``--fail-on-warning`` turns into a failure.

So, for each render, :func:`prepare` writes into a scratch directory:

* a copy of ``templates/`` plus ``np6_spec_facts.jinja``, which exports ``request_bodies``:
  ``{operationId: {media type: {"max_items": n, "min_items": n}}}`` with ``$ref``s resolved.
  ``endpoint_module.py.jinja`` imports it and finds its operation with
  ``python_identifier(operationId) == endpoint.name``;
* a copy of the openapi-python-client config whose ``content_type_overrides`` map every
  JSON-carrying NP6 vendor media type (``application/vnd.np6.*``, ``application/vnd.mperf.*``)
  to ``application/json``, so they parse as JSON bodies and responses. The operation still
  sends (and documents) the vendor media type: the template uses the spec's own name.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import ClassName, PythonIdentifier

from . import resources
from .bundle import HTTP_METHODS

FACTS_TEMPLATE = "np6_spec_facts.jinja"
#: Vendor media type prefixes whose bodies are JSON (NP6 CM and its mperf v8 predecessor).
JSON_VENDOR_PREFIXES = ("application/vnd.np6.", "application/vnd.mperf.")
#: Schema keywords copied to the facts, under the names the templates read.
ARRAY_LIMITS = {"maxItems": "max_items", "minItems": "min_items"}
#: openapi-python-client's ``field_prefix`` (generator/openapi-python-client.yaml), for its class names.
FIELD_PREFIX = "field_"


@dataclass(frozen=True)
class Prepared:
    """Where the render reads its templates and its openapi-python-client config from."""

    templates: Path
    config: Path


def base_media_type(media_type: str) -> str:
    """``type/subtype`` of a media type, lower-cased, without parameters."""
    return media_type.split(";", 1)[0].strip().lower()


def needs_json_override(media_type: str) -> bool:
    """True for a JSON-carrying vendor media type that openapi-python-client does not know is JSON."""
    base = base_media_type(media_type)
    if base == "application/json" or base.endswith("+json"):
        return False  # parsed as JSON already
    if "+" in base.rsplit("/", 1)[-1]:
        return False  # another structured suffix (+xml, +zip...): not JSON
    return base.startswith(JSON_VENDOR_PREFIXES)


def _resolve(document: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s (``#/a/b``) until a node without one (cycles stop at the start)."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref: str = node["$ref"]
        if ref in seen or not ref.startswith("#/"):
            return node
        seen.add(ref)
        target: Any = document
        for escaped in ref[2:].split("/"):
            part = escaped.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or part not in target:
                return node
            target = target[part]
        node = target
    return node


def _operations(document: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for item in (document.get("paths") or {}).values():
        if isinstance(item, dict):
            for method in HTTP_METHODS:
                operation = item.get(method)
                if isinstance(operation, dict):
                    yield operation


def _contents(document: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every ``content`` map of request bodies and responses (operations and components)."""
    components = document.get("components") or {}
    bodies: list[Any] = list((components.get("requestBodies") or {}).values())
    responses: list[Any] = list((components.get("responses") or {}).values())
    for operation in _operations(document):
        bodies.append(operation.get("requestBody"))
        responses.extend((operation.get("responses") or {}).values())
    for holder in bodies + responses:
        if isinstance(holder, dict) and isinstance(holder.get("content"), dict):
            yield holder["content"]


def content_type_overrides(document: dict[str, Any]) -> dict[str, str]:
    """``content_type_overrides`` for openapi-python-client: vendor JSON media types -> JSON."""
    overrides: dict[str, str] = {}
    for content in _contents(document):
        for media_type in content:
            if isinstance(media_type, str) and needs_json_override(media_type):
                overrides[media_type] = "application/json"
    return dict(sorted(overrides.items()))


def request_body_facts(document: dict[str, Any]) -> dict[str, dict[str, dict[str, int]]]:
    """``{operationId: {media type: {"max_items": n, "min_items": n}}}`` of array request bodies."""
    facts: dict[str, dict[str, dict[str, int]]] = {}
    for operation in _operations(document):
        operation_id = operation.get("operationId")
        body = _resolve(document, operation.get("requestBody"))
        if not isinstance(operation_id, str) or not isinstance(body, dict):
            continue
        for media_type, media in (body.get("content") or {}).items():
            schema = _resolve(document, media.get("schema") if isinstance(media, dict) else None)
            if not isinstance(schema, dict):
                continue
            limits = {
                name: value
                for keyword, name in ARRAY_LIMITS.items()
                if isinstance(value := schema.get(keyword), int) and not isinstance(value, bool)
            }
            if limits:
                facts.setdefault(operation_id, {})[media_type] = limits
    return dict(sorted(facts.items()))


def shared_bases(document: dict[str, Any]) -> dict[str, dict[str, str]]:
    """``{ClassName: {"class": BaseClass, "module": base_module}}`` of the component schemas whose
    ``allOf`` starts with a ``$ref`` to another component schema (the base its properties extend).

    An unknown member of a discriminated union whose members all extend one base decodes that
    base's properties (``UnknownVariant.shared``): for NP6 events, ``EventEnvelope``.
    """
    bases: dict[str, dict[str, str]] = {}
    prefix = "#/components/schemas/"
    for name, schema in ((document.get("components") or {}).get("schemas") or {}).items():
        parts = schema.get("allOf") if isinstance(schema, dict) else None
        first = parts[0] if isinstance(parts, list) and parts else None
        ref = first.get("$ref") if isinstance(first, dict) else None
        if isinstance(ref, str) and ref.startswith(prefix):
            base = ref[len(prefix) :]
            base_class = ClassName(base, FIELD_PREFIX)
            bases[str(ClassName(name, FIELD_PREFIX))] = {
                "class": str(base_class),
                "module": str(PythonIdentifier(base_class, FIELD_PREFIX)),
            }
    return dict(sorted(bases.items()))


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    """Every mapping of a document, examples and other literal values left out."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            yield current
            stack.extend(v for k, v in current.items() if k not in ("example", "examples", "default", "enum"))
        elif isinstance(current, list):
            stack.extend(current)


def union_facts(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``{"A|B|C": {"property": name, "values": {ClassName: value}}}``: each discriminated
    ``oneOf`` of the spec, keyed by its members' class names (sorted, joined by ``|``), with its
    ``discriminator`` (validation requires one on every ``oneOf`` of objects, covering each member).
    """
    prefix = "#/components/schemas/"
    unions: dict[str, dict[str, Any]] = {}
    for node in _walk(document):
        members, discriminator = node.get("oneOf"), node.get("discriminator")
        if not isinstance(members, list) or not isinstance(discriminator, dict):
            continue
        refs = [m.get("$ref") for m in members if isinstance(m, dict)]
        strings = [r for r in refs if isinstance(r, str) and r.startswith(prefix)]
        if not strings or len(strings) != len(members):
            continue
        names = {ref: str(ClassName(ref[len(prefix) :], FIELD_PREFIX)) for ref in strings}
        values = {names[ref]: value for value, ref in (discriminator.get("mapping") or {}).items() if ref in names}
        unions["|".join(sorted(names.values()))] = {"property": discriminator.get("propertyName"), "values": values}
    return dict(sorted(unions.items()))


#: Methods whose repetition has no further effect (RFC 9110); ``x-np6-idempotent`` overrides.
IDEMPOTENT_METHODS = frozenset({"get", "head", "options", "put", "delete", "trace"})


def _parameters(document: dict[str, Any], item: dict[str, Any], operation: dict[str, Any]) -> list[dict[str, Any]]:
    resolved = (_resolve(document, p) for p in [*(item.get("parameters") or []), *(operation.get("parameters") or [])])
    return [p for p in resolved if isinstance(p, dict)]


def operation_facts(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``{python name: {idempotent, authenticated, window}}``: what the runtime acts on, per operation.

    * ``idempotent``: ``x-np6-idempotent`` when the operation says it, else by method (POST and
      PATCH are not);
    * ``authenticated``: False for ``security: []``;
    * ``window``: ``{start, end, order}`` from the query parameters marked ``x-np6-window``
      (None unless both a start and an end are), the time window ``poll()`` walks.
    """
    facts: dict[str, dict[str, Any]] = {}
    for item in (document.get("paths") or {}).values():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict) or not isinstance(operation.get("operationId"), str):
                continue
            roles = {
                p["x-np6-window"]: p["name"]
                for p in _parameters(document, item, operation)
                if p.get("in") == "query" and isinstance(p.get("x-np6-window"), str)
            }
            window = (
                {"start": roles["start"], "end": roles["end"], "order": roles.get("order")}
                if "start" in roles and "end" in roles
                else None
            )
            declared = operation.get("x-np6-idempotent")
            facts[str(PythonIdentifier(operation["operationId"], FIELD_PREFIX))] = {
                "idempotent": declared if isinstance(declared, bool) else method in IDEMPOTENT_METHODS,
                "authenticated": operation.get("security") != [],
                "window": window,
            }
    return dict(sorted(facts.items()))


def resource_facts(document: dict[str, Any]) -> dict[str, dict[str, str]]:
    """``{python name: {resource, method, stream, poll}}``: where each operation is reached from
    the client (``generator/resources.py``)."""
    facts: dict[str, dict[str, str]] = {}
    for placement in resources.placements(document):
        stream, poll = resources.companions(placement.method)
        facts[str(PythonIdentifier(placement.operation_id, FIELD_PREFIX))] = {
            "resource": placement.resource,
            "method": placement.method,
            "stream": stream,
            "poll": poll,
        }
    return dict(sorted(facts.items()))


def facts_template(document: dict[str, Any]) -> str:
    """Text of ``np6_spec_facts.jinja`` (JSON literals of strings and ints are Jinja literals)."""
    literal = json.dumps(request_body_facts(document), indent=2, sort_keys=True, ensure_ascii=True)
    bases = json.dumps(shared_bases(document), indent=2, sort_keys=True, ensure_ascii=True)
    # JSON's true/false/null are Jinja's too (Jinja accepts the lower-case literals).
    operations = json.dumps(operation_facts(document), indent=2, sort_keys=True, ensure_ascii=True)
    unions = json.dumps(union_facts(document), indent=2, sort_keys=True, ensure_ascii=True)
    placed = json.dumps(resource_facts(document), indent=2, sort_keys=True, ensure_ascii=True)
    mixins = json.dumps(
        {
            str(PythonIdentifier(tag["name"], FIELD_PREFIX)): tag["x-np6-mixin"]
            for tag in document.get("tags") or []
            if isinstance(tag, dict) and isinstance(tag.get("x-np6-mixin"), str)
        },
        sort_keys=True,
    )
    return (
        "{# Written for each render by generator/template_facts.py: spec facts the parser drops. #}\n"
        f"{{% set request_bodies = {literal} %}}\n"
        f"{{% set shared_bases = {bases} %}}\n"
        f"{{% set operations = {operations} %}}\n"
        f"{{% set unions = {unions} %}}\n"
        f"{{% set resources = {placed} %}}\n"
        f"{{% set mixins = {mixins} %}}\n"
    )


def prepare(templates: Path, config: Path, document: dict[str, Any], scratch: Path) -> Prepared:
    """Copy ``templates`` and ``config`` into ``scratch`` with the facts of ``document`` added."""
    target = scratch / "templates"
    shutil.copytree(templates, target, ignore=shutil.ignore_patterns("__pycache__"))
    (target / FACTS_TEMPLATE).write_text(facts_template(document), encoding="utf-8")
    settings: dict[str, Any] = (yaml.safe_load(config.read_text(encoding="utf-8")) or {}) if config.exists() else {}
    # Overrides written in the config file win over the computed ones.
    settings["content_type_overrides"] = {
        **content_type_overrides(document),
        **(settings.get("content_type_overrides") or {}),
    }
    config_file = scratch / "openapi-python-client.yaml"
    config_file.write_text(yaml.safe_dump(settings, sort_keys=False), encoding="utf-8")
    return Prepared(templates=target, config=config_file)
