"""Compare two bundled specs and classify every change as breaking or not for a client user.

``python -m generator diff`` (``make diff [BASE=<git ref>]``) bundles ``spec/`` at a git ref and in
the working tree and reports every change (Markdown, or JSON with ``--json``). It exits 1 on a
breaking change unless ``info.version`` has a new major version or the change is listed, with a
reason, in ``spec/diff-allowlist.yaml``.

Where the rules come from
-------------------------
Redocly CLI 2.77 ``redocly diff`` (experimental, offline) lists the changes and rates them with
its ``diff-recommended`` rules, which already know whether a schema is used in a request or a
response. Breaking (``major``) from Redocly, unchanged:

* ``operation-removed``, ``path-removed``, ``operation-id-changed`` (the Python function is renamed)
* ``parameter-removed`` (also a parameter moved to another ``in`` or renamed),
  ``parameter-became-required`` (also a new required parameter), ``parameter-serialization-changed``
* ``request-body-removed``, ``request-body-became-required``, ``media-type-removed`` (request or response)
* ``response-removed`` (a success status removed or changed, e.g. ``200`` became ``201``)
* ``schema-type-changed`` (parameter, request or response value retyped, or made nullable in a response)
* ``required-properties-added`` (request), ``required-properties-removed`` (response), ``property-removed``
* ``enum-values-removed`` (request), ``schema-combinator-changed``
* ``security-requirement-changed``, ``security-scheme-changed``, ``server-removed``

Rated down by our Redocly configuration (:data:`REDOCLY_CONFIG`), so *not* breaking here:

* ``enum-values-added``: the generated client's enums are open (an unknown value in a response
  decodes instead of failing), and a new request value is an addition;
* ``response-header-removed``: the client does not type response headers (they stay raw);
* ``schema-constraint-changed`` (``maxLength``, ``maxItems``, ``int32``/``int64``...): the client does
  not enforce constraints; a ``format`` change that changes the Python type is caught below.

Added in Python (:func:`python_rules`), because Redocly 2.77 misses them or rates them for a
server rather than for our generated client:

* ``security-requirement-removed`` (and ``-added``/``-changed`` for any other change of an
  operation's effective security that Redocly leaves unrated): e.g. ``[XKey]`` to ``[]``, which
  Redocly reports as a patch-level change;
* ``discriminator-mapping-removed`` / ``discriminator-mapping-changed``: an entry of a
  ``discriminator.mapping`` removed or pointed at another schema -- not rated by Redocly;
* ``union-member-removed``: a ``$ref`` member removed from a ``oneOf``/``anyOf`` -- not rated;
* ``operation-tag-changed``: the operation moves to another ``np6.api.<tag>`` module -- not rated;
* ``schema-removed``: a component schema that is a Python class (object, enum, union) removed
  or renamed, so ``np6.models.<Name>`` disappears -- Redocly compares resolved schemas only;
* ``format-retyped``: a string ``format`` change that changes the Python type (``date-time``,
  ``date``, ``binary``, ``uuid``) -- Redocly rates it patch or minor;
* ``response-removed`` of a non-2xx status is *not* breaking (Redocly says major): the client
  raises ``np6.errors.*`` for any non-2xx status, documented or not.

A Python rule is skipped when Redocly already rated the same change as breaking, and it replaces
Redocly's unrated entries at the same place. Before the diff, path-level parameters are copied into
each operation (:func:`inline_path_parameters`): moving a parameter between the two levels changes
nothing for a client, but Redocly would report a removal. Documentation-only changes
(descriptions, examples, ``x-*``) are listed apart and never breaking.
"""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .bundle import HTTP_METHODS, SpecError, bundle, load_yaml

REPO = Path(__file__).resolve().parents[1]
DEFAULT_BASE = "HEAD~1"

#: The Redocly configuration of the diff (written to a temporary file for each run).
REDOCLY_CONFIG = """\
extends:
  - diff-recommended
diff:
  enum-values-added: minor
  response-header-removed: minor
  schema-constraint-changed: minor
"""

OPEN_ENUM_NOTE = (
    "A response enum gaining a value is not breaking: the generated client's enums are open "
    "(an unknown value decodes instead of failing)."
)

#: Properties whose change is documentation only.
DOC_PROPERTIES = frozenset(
    {"description", "summary", "title", "example", "examples", "externalDocs", "contact", "license", "termsOfService"}
)
DOC_TYPES = frozenset({"Example", "ExamplesMap", "Info", "Contact", "License", "Tag", "TagList", "ExternalDocs"})

#: String formats that change the Python type openapi-python-client generates.
PYTHON_FORMATS = {"date-time": "datetime.datetime", "date": "datetime.date", "binary": "File", "uuid": "UUID"}


class DiffError(Exception):
    """The diff could not run (git, Redocly or the allow-list failed)."""


# --------------------------------------------------------------------------- pointers


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


# --------------------------------------------------------------------------- model


@dataclass(frozen=True)
class Change:
    """One change between the base and the revision."""

    rule: str  #: Redocly ruleId, Python rule, or ``added``/``removed``/``changed`` when no rule rated it
    source: str  #: ``redocly``, ``python`` (a Python rule) or ``redocly+python`` (Redocly's, reclassified)
    kind: str  #: ``added``, ``removed`` or ``changed``
    section: str  #: operation, parameter, request-body, response, schema, security, server, info, other
    pointer: str  #: where: in the revision for added/changed, in the base for removed
    message: str
    breaking: bool
    documentation: bool = False
    operation: str = ""  #: ``GET /segments`` of the first operation using the changed node
    affects: tuple[str, ...] = ()  #: operationIds of every operation using it
    note: str = ""  #: why Python (re)classified it
    allowed: str = ""  #: the allow-list reason

    @property
    def id(self) -> str:
        """Stable identifier, as written in the allow-list."""
        return f"{self.rule}:{self.pointer}"

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id}
        for name in ("rule", "source", "kind", "section", "pointer", "operation", "message", "breaking"):
            data[name] = getattr(self, name)
        data["documentation"] = self.documentation
        data["affects"] = list(self.affects)
        data["note"] = self.note
        data["allowed"] = self.allowed or None
        return data


@dataclass
class DiffReport:
    """Every change between two specs, classified."""

    base_label: str
    revision_label: str
    base_version: str
    revision_version: str
    changes: list[Change]
    warnings: list[str] = field(default_factory=list)
    unused_allowlist: list[str] = field(default_factory=list)

    @property
    def major_bump(self) -> bool:
        """The revision's ``info.version`` has a higher major version than the base's."""
        before, after = major_of(self.base_version), major_of(self.revision_version)
        return before is not None and after is not None and after > before

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.breaking and not c.allowed]

    @property
    def allowed(self) -> list[Change]:
        return [c for c in self.changes if c.breaking and c.allowed]

    @property
    def api_changes(self) -> list[Change]:
        return [c for c in self.changes if not c.breaking and not c.documentation]

    @property
    def documentation(self) -> list[Change]:
        return [c for c in self.changes if not c.breaking and c.documentation]

    @property
    def failed(self) -> bool:
        """Breaking changes that neither a major version nor the allow-list announce."""
        return bool(self.breaking) and not self.major_bump

    def as_json(self) -> dict[str, Any]:
        return {
            "base": {"label": self.base_label, "version": self.base_version},
            "revision": {"label": self.revision_label, "version": self.revision_version},
            "major_bump": self.major_bump,
            "failed": self.failed,
            "summary": {
                "breaking": len(self.breaking),
                "allowed": len(self.allowed),
                "non_breaking": len(self.api_changes),
                "documentation": len(self.documentation),
            },
            "changes": [c.as_json() for c in self.changes],
            "notes": [OPEN_ENUM_NOTE] if self.changes else [],
            "warnings": list(self.warnings),
            "unused_allowlist": list(self.unused_allowlist),
        }

    def markdown(self) -> str:
        return render_markdown(self)


def major_of(version: str) -> int | None:
    match = re.match(r"\s*v?(\d+)", version)
    return int(match.group(1)) if match else None


# --------------------------------------------------------------------------- documents


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


def component_key(ref: str) -> str:
    parts = tokens(ref)
    if len(parts) >= 3 and parts[0] == "components":
        return pointer(*parts[:3])
    return ""


def operation_name(document: dict[str, Any], path: str, method: str) -> str:
    operation = (document.get("paths") or {}).get(path, {}).get(method) or {}
    op_id = operation.get("operationId")
    return str(op_id) if op_id else f"{method.upper()} {path}"


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


def _json_default(value: Any) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def dump_json(document: dict[str, Any]) -> str:
    return json.dumps(document, default=_json_default, ensure_ascii=False, indent=1)


# --------------------------------------------------------------------------- Redocly


def redocly_binary() -> Path:
    return REPO / "node_modules" / ".bin" / "redocly"


def run_redocly(base: dict[str, Any], revision: dict[str, Any], redocly: Path | None = None) -> dict[str, Any]:
    """``redocly diff`` of two documents (JSON report)."""
    redocly = redocly or redocly_binary()
    if not redocly.exists():
        raise DiffError(f"Redocly CLI is not installed ({redocly}): run 'make install' (npm ci) first")
    with tempfile.TemporaryDirectory(prefix="np6-diff-") as tmp:
        work = Path(tmp)
        (work / "base.json").write_text(dump_json(base), encoding="utf-8")
        (work / "revision.json").write_text(dump_json(revision), encoding="utf-8")
        (work / "redocly-diff.yaml").write_text(REDOCLY_CONFIG, encoding="utf-8")
        env = {
            **os.environ,
            "REDOCLY_TELEMETRY": "off",
            "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
            "REDOCLY_SUPPRESS_NOTIFICATIONS": "true",
            "NO_COLOR": "1",
        }
        args = [str(redocly), "diff", "base.json", "revision.json", "--config", "redocly-diff.yaml"]
        args += ["--format", "json", "--fail-on", "none", "--lint-config", "off"]
        proc = subprocess.run(args, cwd=work, capture_output=True, text=True, check=False, env=env)
    start = proc.stdout.find("{")
    if proc.returncode != 0 or start < 0:
        detail = "\n".join(
            line for line in proc.stderr.splitlines() if line.strip() and "═" not in line and "║" not in line
        )
        raise DiffError(f"redocly diff failed (exit {proc.returncode}):\n{detail[-3000:]}")
    try:
        report: dict[str, Any] = json.loads(proc.stdout[start:])
    except json.JSONDecodeError as exc:
        raise DiffError(f"redocly diff gave an unreadable report: {exc}") from exc
    return report


def _short(value: Any) -> str | None:
    if isinstance(value, str | int | float | bool) or value is None:
        text = json.dumps(value, ensure_ascii=False)
        return text if len(text) <= 80 else None
    if isinstance(value, list) and all(isinstance(v, str | int | float | bool) for v in value):
        text = json.dumps(value, ensure_ascii=False)
        return text if len(text) <= 80 else None
    return None


def _where(ptr: str) -> str:
    """A readable location: ``GET /items > responses > 200 > application/json``."""
    parts = tokens(ptr)
    if len(parts) >= 3 and parts[0] == "paths" and parts[2] in HTTP_METHODS:
        parts = [f"{parts[2].upper()} {parts[1]}", *parts[3:]]
    elif len(parts) >= 2 and parts[0] == "paths":
        parts = [parts[1], *parts[2:]]
    parts = [p for p in parts if p not in ("content", "properties")]
    return " > ".join(parts) or "the document"


def _what(type_name: str, ptr: str, value: Any) -> str:
    """``Operation `GET /items` (listItems)``, ``Path `/items` (GET listItems)`` or ``Schema at <where>``."""
    parts = tokens(ptr)
    text = f"{type_name} at {_where(ptr)}"
    if type_name == "Operation" and isinstance(value, dict) and len(parts) == 3:
        text = f"Operation `{parts[2].upper()} {parts[1]}` ({value.get('operationId', 'no operationId')})"
    elif type_name == "PathItem" and isinstance(value, dict) and len(parts) == 2:
        ops = [f"{m.upper()} {(value[m] or {}).get('operationId', '')}".strip() for m in HTTP_METHODS if m in value]
        text = f"Path `{parts[1]}` ({', '.join(ops)})"
    elif len(parts) == 3 and parts[0] == "components":
        text = f"Component `{parts[2]}` ({parts[1]})"
    elif type_name == "Parameter" and isinstance(value, dict) and "name" in value:
        what = "Required parameter" if value.get("required") else "Parameter"
        text = f"{what} `{value['name']}` ({value.get('in')}) of {_where(ptr.rsplit('/', 2)[0])}"
    elif type_name == "ParameterList" and isinstance(value, list):
        names = ", ".join(f"`{p.get('name')}` ({p.get('in')})" for p in value if isinstance(p, dict) and "name" in p)
        text = f"Parameters {names or '(by reference)'} of {_where(ptr.rsplit('/', 1)[0])}"
    elif len(parts) >= 2 and parts[-2] == "properties":
        text = f"Property `{parts[-1]}` of {_where(pointer(*parts[:-2]))}"
    return text


def _describe(change: dict[str, Any]) -> str:
    """A message for a change no rule rated."""
    kind = change.get("kind", "modified")
    type_name = change.get("typeName", "node")
    prop = change.get("property")
    where = _where(change.get("path", "#"))
    if kind in ("added", "removed"):
        value = (change.get("revision") if kind == "added" else change.get("base")) or {}
        return f"{_what(type_name, change.get('path', '#'), value.get('value'))} {kind}."
    old_side, new_side = change.get("base") or {}, change.get("revision") or {}
    before = _short(old_side["value"]) if "value" in old_side else None
    after = _short(new_side["value"]) if "value" in new_side else None
    what = f"`{prop}` of {type_name} at {where}" if prop else f"{type_name} at {where}"
    if before is not None and after is not None:
        return f"{what} changed from {before} to {after}."
    if "value" not in old_side and after is not None:
        return f"{what} set to {after}."
    if "value" not in new_side and before is not None:
        return f"{what} removed (was {before})."
    return f"{what} changed."


def _is_documentation(change: dict[str, Any]) -> bool:
    prop = str(change.get("property") or "")
    if prop in DOC_PROPERTIES or prop.startswith("x-") or change.get("typeName") in DOC_TYPES:
        return True
    parts = tokens(str(change.get("path", "")))
    if parts[:1] in (["info"], ["tags"]):
        return True
    return any(p in ("example", "examples") or p.startswith("x-") for p in parts)


KIND = {"added": "added", "removed": "removed", "modified": "changed"}


def from_redocly(report: dict[str, Any]) -> list[Change]:
    """One :class:`Change` per Redocly verdict (or per unrated change)."""
    result: list[Change] = []
    for change in report.get("changes", []):
        usage = str(change.get("path", "#"))
        kind = KIND.get(str(change.get("kind")), "changed")
        side = change.get("base") if kind == "removed" else (change.get("revision") or change.get("base"))
        where = str((side or {}).get("pointer") or usage)
        op = operation_of(usage)
        op_label = f"{op[1].upper()} {op[0]}" if op else ""
        verdicts = change.get("verdicts") or []
        documentation = _is_documentation(change) and not verdicts
        section = section_of(usage)
        if not verdicts:
            rule = kind
            prop = change.get("property")
            if kind == "changed" and prop and not str(where).endswith("/" + escape(str(prop))):
                where = f"{where}/{escape(str(prop))}"
            result.append(
                Change(
                    rule=rule,
                    source="redocly",
                    pointer=where,
                    message=_describe(change),
                    breaking=False,
                    documentation=documentation,
                    kind=kind,
                    section=section,
                    operation=op_label,
                )
            )
            continue
        for verdict in verdicts:
            location = str((verdict.get("location") or {}).get("pointer") or where)
            result.append(
                Change(
                    rule=str(verdict.get("ruleId")),
                    source="redocly",
                    pointer=location,
                    message=str(verdict.get("message", "")),
                    breaking=verdict.get("impact") == "major",
                    kind=kind,
                    section=section,
                    operation=op_label,
                )
            )
    return result


# --------------------------------------------------------------------------- Python rules


def _effective_security(document: dict[str, Any], operation: dict[str, Any]) -> frozenset[tuple[str, ...]]:
    requirements = operation.get("security", document.get("security")) or []
    normal: set[tuple[str, ...]] = set()
    for requirement in requirements:
        if isinstance(requirement, dict):
            normal.add(tuple(sorted(f"{k}{sorted(v or [])}" for k, v in requirement.items())))
    return frozenset(normal)


def _security_text(value: frozenset[tuple[str, ...]]) -> str:
    if not value:
        return "none"
    return " or ".join(sorted(" and ".join(r).replace("[]", "") or "anonymous" for r in value))


def _nodes(node: Any, ptr: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield ptr, node
        for key, value in node.items():
            if key not in ("example", "examples"):
                yield from _nodes(value, f"{ptr}/{escape(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _nodes(value, f"{ptr}/{index}")


def _is_python_class(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    if "enum" in schema or any(k in schema for k in ("properties", "allOf", "oneOf", "anyOf")):
        return True
    return schema.get("type") == "object"


def _python_type(schema: Any, fmt: Any) -> str:
    if isinstance(schema, dict) and schema.get("type") not in (None, "string"):
        return str(schema.get("type"))
    return PYTHON_FORMATS.get(str(fmt), "str")


@dataclass(frozen=True)
class Finding:
    """A Python rule's result, and the Redocly rules that would make it redundant."""

    change: Change
    redundant_with: frozenset[str] = frozenset()
    scopes: tuple[str, ...] = ()


def python_rules(base: dict[str, Any], revision: dict[str, Any]) -> list[Finding]:
    """The breaking changes Redocly 2.77 does not rate (see the module docstring)."""
    findings: list[Finding] = []
    base_ops = {(p, m): op for p, m, op in operations(base)}
    rev_ops = {(p, m): op for p, m, op in operations(revision)}
    for (path, method), old in sorted(base_ops.items()):
        new = rev_ops.get((path, method))
        if new is None:
            continue
        label = f"{method.upper()} {path}"
        name = operation_name(revision, path, method)
        before, after = _effective_security(base, old), _effective_security(revision, new)
        if before != after:
            here = pointer("paths", path, method, "security")
            inherits = "security" not in old or "security" not in new
            rule = "security-requirement-changed"
            if not after:
                rule = "security-requirement-removed"
            elif not before:
                rule = "security-requirement-added"
            message = f"Security changed from {_security_text(before)} to {_security_text(after)}."
            findings.append(
                Finding(
                    Change(
                        rule=rule,
                        source="python",
                        kind="changed",
                        section="security",
                        pointer=here,
                        message=message,
                        breaking=True,
                        operation=label,
                        affects=(name,),
                        note="Redocly does not rate this security change (e.g. a requirement emptied or added).",
                    ),
                    frozenset({"security-requirement-changed", "security-scheme-changed"}),
                    (here, "#/security") if inherits else (here,),
                )
            )
        old_tags, new_tags = old.get("tags") or [], new.get("tags") or []
        if old_tags[:1] != new_tags[:1]:
            here = pointer("paths", path, method, "tags")
            old_tag = old_tags[0] if old_tags else "default"
            new_tag = new_tags[0] if new_tags else "default"
            message = (
                f"Tag changed from '{old_tag}' to '{new_tag}': "
                f"its module moves from np6.api.{_module(old_tag)} to np6.api.{_module(new_tag)}."
            )
            findings.append(
                Finding(
                    Change(
                        rule="operation-tag-changed",
                        source="python",
                        kind="changed",
                        section="operation",
                        pointer=here,
                        message=message,
                        breaking=True,
                        operation=label,
                        affects=(name,),
                        note="Redocly does not rate tag changes; the generator names modules after the first tag.",
                    ),
                    scopes=(here,),
                )
            )

    old_schemas = (base.get("components") or {}).get("schemas") or {}
    new_schemas = (revision.get("components") or {}).get("schemas") or {}
    for name in sorted(set(old_schemas) - set(new_schemas)):
        if not _is_python_class(old_schemas[name]):
            continue
        here = pointer("components", "schemas", name)
        findings.append(
            Finding(
                Change(
                    rule="schema-removed",
                    source="python",
                    kind="removed",
                    section="schema",
                    pointer=here,
                    message=f"Schema `{name}` was removed or renamed: the class np6.models.{name} disappears.",
                    breaking=True,
                    note="Redocly compares resolved schemas, so a renamed component looks unchanged.",
                ),
                scopes=(here,),
            )
        )

    for ptr, node in _nodes(base, "#"):
        other = resolve(revision, ptr)
        if not isinstance(other, dict):
            continue
        mapping = (
            (node.get("discriminator") or {}).get("mapping") if isinstance(node.get("discriminator"), dict) else None
        )
        if isinstance(mapping, dict):
            new_disc = other.get("discriminator")
            new_mapping = (new_disc.get("mapping") or {}) if isinstance(new_disc, dict) else {}
            for key in sorted(mapping):
                here = f"{ptr}/discriminator/mapping/{escape(str(key))}"
                if key not in new_mapping:
                    rule, text = "discriminator-mapping-removed", f"Discriminator value '{key}' was removed"
                elif new_mapping[key] != mapping[key]:
                    rule = "discriminator-mapping-changed"
                    text = f"Discriminator value '{key}' now maps to {new_mapping[key]} (was {mapping[key]})"
                else:
                    continue
                findings.append(
                    Finding(
                        Change(
                            rule=rule,
                            source="python",
                            kind="removed" if rule.endswith("removed") else "changed",
                            section=section_of(ptr),
                            pointer=here,
                            message=f"{text} at {_where(ptr)}.",
                            breaking=True,
                            note="Redocly rates discriminator mapping changes as a patch.",
                        ),
                        scopes=(here,),
                    )
                )
        for combinator in ("oneOf", "anyOf"):
            members, new_members = node.get(combinator), other.get(combinator)
            if not isinstance(members, list) or not isinstance(new_members, list):
                continue
            new_refs = {m.get("$ref") for m in new_members if isinstance(m, dict)}
            for index, member in enumerate(members):
                ref = member.get("$ref") if isinstance(member, dict) else None
                if ref and ref not in new_refs:
                    here = f"{ptr}/{combinator}/{index}"
                    findings.append(
                        Finding(
                            Change(
                                rule="union-member-removed",
                                source="python",
                                kind="removed",
                                section=section_of(ptr),
                                pointer=here,
                                message=f"Member {ref} was removed from the {combinator} at {_where(ptr)}.",
                                breaking=True,
                                note="Redocly 2.77 reports a removed union member without rating it.",
                            ),
                            frozenset({"schema-combinator-changed"}),
                            (here,),
                        )
                    )
    return findings


def _module(tag: str) -> str:
    from openapi_python_client.strings import PythonIdentifier  # noqa: PLC0415 - heavy import, rarely needed

    return str(PythonIdentifier(tag, prefix="tag"))


def _reclassify(change: Change, raw: dict[str, Any] | None, base: dict[str, Any], revision: dict[str, Any]) -> Change:
    """Python's corrections of a Redocly rating."""
    if change.rule == "enum-values-added":
        return replace(change, note="Not breaking: the generated client's enums are open.")
    if change.rule == "response-removed":
        status = tokens(str(((raw or {}).get("base") or {}).get("pointer") or change.pointer))[-1:]
        code = status[0] if status else ""
        if re.fullmatch(r"[1345]\d\d|[1345]XX", code, flags=re.IGNORECASE):
            return replace(
                change,
                source="redocly+python",
                breaking=False,
                note=f"{code} is not a success status: the client raises np6.errors.* for any non-2xx status.",
            )
    if raw is not None and raw.get("property") == "format" and raw.get("typeName") == "Schema":
        base_ptr = str((raw.get("base") or {}).get("pointer") or "")
        rev_ptr = str((raw.get("revision") or {}).get("pointer") or "")
        old_fmt = (raw.get("base") or {}).get("value")
        new_fmt = (raw.get("revision") or {}).get("value")
        old_schema = resolve(base, base_ptr.removesuffix("/format"))
        new_schema = resolve(revision, rev_ptr.removesuffix("/format"))
        before, after = _python_type(old_schema, old_fmt), _python_type(new_schema, new_fmt)
        if before != after:
            return replace(
                change,
                rule="format-retyped",
                source="redocly+python",
                breaking=True,
                documentation=False,
                message=f"Format at {_where(str(raw.get('path')))} changed from {old_fmt or 'none'} to "
                f"{new_fmt or 'none'}: the Python type changes from {before} to {after}.",
                note="Redocly does not rate a format change as major; the generated Python type changes.",
            )
    return change


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


def compare(
    base: dict[str, Any],
    revision: dict[str, Any],
    *,
    base_label: str = "base",
    revision_label: str = "revision",
    allowlist: dict[str, str] | None = None,
    redocly: Path | None = None,
) -> DiffReport:
    """Diff two bundled documents and classify every change."""
    base, revision = inline_path_parameters(base), inline_path_parameters(revision)
    report = run_redocly(base, revision, redocly)
    raw_changes: list[dict[str, Any]] = list(report.get("changes", []))
    changes: list[Change] = []
    for raw in raw_changes:
        for change in from_redocly({"changes": [raw]}):
            changes.append(_reclassify(change, raw, base, revision))

    for finding in python_rules(base, revision):
        redundant = any(
            c.breaking and c.rule in finding.redundant_with and any(within(c.pointer, s) for s in finding.scopes)
            for c in changes
        )
        if redundant:
            continue
        changes = [c for c in changes if c.breaking or not any(within(c.pointer, scope) for scope in finding.scopes)]
        changes.append(finding.change)

    users_base, users_rev = component_users(base), component_users(revision)
    enriched: list[Change] = []
    for change in changes:
        key = component_key(change.pointer)
        affects = set(change.affects)
        if key:
            affects |= users_base.get(key, set()) | users_rev.get(key, set())
        else:
            op = operation_of(change.pointer)
            if op:
                doc = revision if change.kind != "removed" else base
                affects.add(operation_name(doc, *op))
        enriched.append(replace(change, affects=tuple(sorted(affects))))

    allowlist = allowlist or {}
    used: set[str] = set()
    final: list[Change] = []
    for change in enriched:
        if change.breaking and change.id in allowlist:
            used.add(change.id)
            final.append(replace(change, allowed=allowlist[change.id]))
        else:
            final.append(change)
    final = sorted(set(final), key=_sort_key)

    warnings = [f"redocly: {p.get('message', p)}" for p in report.get("problems", []) if isinstance(p, dict)]
    return DiffReport(
        base_label=base_label,
        revision_label=revision_label,
        base_version=str((base.get("info") or {}).get("version", "")),
        revision_version=str((revision.get("info") or {}).get("version", "")),
        changes=final,
        warnings=warnings,
        unused_allowlist=sorted(set(allowlist) - used),
    )


def _sort_key(change: Change) -> tuple[bool, bool, str, str, str, str]:
    return (not change.breaking, change.documentation, change.operation, change.pointer, change.rule, change.message)


# --------------------------------------------------------------------------- allow-list


def load_allowlist(path: Path) -> dict[str, str]:
    """``id -> reason`` from ``spec/diff-allowlist.yaml``; an entry without a reason is an error."""
    if not path.exists():
        return {}
    try:
        data = load_yaml(path) or {}  # duplicate keys (a second `allow:`) are an error, not a silent override
    except SpecError as exc:
        raise DiffError(str(exc)) from exc
    entries = data.get("allow") if isinstance(data, dict) else None
    if entries is None:
        entries = []
    if not isinstance(entries, list):
        raise DiffError(f"{path}: 'allow' must be a list of {{id, reason}} entries")
    result: dict[str, str] = {}
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            raise DiffError(f"{path}: entry {index + 1} needs an 'id' (as printed by make diff)")
        reason = entry.get("reason")
        if not isinstance(reason, str) or not reason.strip():
            raise DiffError(f"{path}: entry {entry['id']!r} needs a 'reason'")
        result[entry["id"]] = reason.strip()
    return result


# --------------------------------------------------------------------------- git


def _git(args: list[str], repo: Path) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=False)  # noqa: S607
    except FileNotFoundError as exc:
        raise DiffError("git is not installed") from exc


def has_commit(ref: str, repo: Path = REPO) -> bool:
    return _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], repo).returncode == 0


def has_path(ref: str, rel: str, repo: Path = REPO) -> bool:
    proc = _git(["ls-tree", "--name-only", ref, "--", rel], repo)
    return proc.returncode == 0 and bool(proc.stdout.strip())


def file_at(ref: str, rel: str, repo: Path = REPO) -> bytes | None:
    """A file's content at a git ref, ``None`` when it is not there."""
    proc = _git(["show", f"{ref}:{rel}"], repo)
    return proc.stdout if proc.returncode == 0 else None


def extract_at(ref: str, rel: str, destination: Path, repo: Path = REPO) -> Path:
    """Write the tree ``rel`` as of ``ref`` under ``destination``; returns ``destination / rel``."""
    proc = _git(["archive", "--format=tar", ref, "--", rel], repo)
    if proc.returncode != 0:
        raise DiffError(f"git archive {ref} -- {rel} failed: {proc.stderr.decode(errors='replace').strip()}")
    archive = destination / "spec.tar"
    archive.write_bytes(proc.stdout)
    with tarfile.open(archive) as tar:
        tar.extractall(destination, filter="data")
    archive.unlink()
    return destination / rel


@dataclass(frozen=True)
class Base:
    """The document a diff starts from, and how it was found."""

    document: dict[str, Any]
    label: str
    note: str = ""


EMPTY_DOCUMENT: dict[str, Any] = {"openapi": "3.0.3", "info": {"title": "empty", "version": "0"}, "paths": {}}


def repository_of(path: Path) -> Path:
    """The top directory of the git work tree holding ``path``."""
    proc = _git(["rev-parse", "--show-toplevel"], path if path.is_dir() else path.parent)
    if proc.returncode != 0:
        raise DiffError(f"{path} is not in a git work tree: the diff reads the base spec from git")
    return Path(proc.stdout.decode().strip())


def base_spec(ref: str | None, spec_dir: Path, repo: Path | None = None) -> Base:
    """Bundle ``spec_dir`` as of ``ref`` (default ``HEAD~1``, falling back to ``HEAD``)."""
    repo = repo or repository_of(spec_dir)
    try:
        rel = spec_dir.resolve().relative_to(repo.resolve()).as_posix()
    except ValueError as exc:
        raise DiffError(f"{spec_dir} is not inside the repository {repo}") from exc
    note = ""
    if ref is None:
        ref = DEFAULT_BASE
        if not has_commit(ref, repo) or not has_path(ref, rel, repo):
            note = f"{ref} has no {rel}/ (first commit or shallow clone): compared with HEAD"
            ref = "HEAD"
            if not has_commit(ref, repo) or not has_path(ref, rel, repo):
                return Base(EMPTY_DOCUMENT, "empty", f"no commit has {rel}/: compared with an empty spec")
    elif not has_commit(ref, repo):
        raise DiffError(f"unknown git ref {ref!r}")
    elif not has_path(ref, rel, repo):
        raise DiffError(f"{ref} has no {rel}/")
    with tempfile.TemporaryDirectory(prefix="np6-base-") as tmp:
        spec = extract_at(ref, rel, Path(tmp), repo)
        try:
            document = bundle(spec).document
        except SpecError as exc:
            raise DiffError(f"the spec at {ref} does not bundle: {exc}") from exc
    sha = _git(["rev-parse", "--short", ref], repo).stdout.decode().strip()
    return Base(document, f"{ref} ({sha})" if sha else ref, note)


# --------------------------------------------------------------------------- Markdown


def _bullet(change: Change, *, with_id: bool) -> str:
    where = f"`{change.operation}` " if change.operation else ""
    text = f"- {where}{change.message}"
    if change.affects:
        shown = ", ".join(change.affects[:6])
        more = f" +{len(change.affects) - 6}" if len(change.affects) > 6 else ""
        text += f" (affects {shown}{more})"
    if change.note:
        text += f" _{change.note}_"
    if change.allowed:
        text += f" **Allowed:** {change.allowed}"
    if with_id:
        text += f"  \n  `{change.id}` ({change.source})"
    return text


def render_markdown(report: DiffReport) -> str:
    base = f"{report.base_label} ({report.base_version})"
    lines = [f"# Spec diff: {base} → {report.revision_label} ({report.revision_version})", ""]
    if not report.changes:
        lines += ["No changes.", ""]
        lines += [f"> warning: {w}" for w in report.warnings]
        return "\n".join(lines).rstrip() + "\n"
    lines.append(
        f"**{len(report.breaking)} breaking**, {len(report.allowed)} allowed breaking, "
        f"{len(report.api_changes)} other API changes, {len(report.documentation)} documentation changes."
    )
    lines.append("")
    if report.breaking:
        if report.major_bump:
            lines.append(f"The major version went up ({report.base_version} → {report.revision_version}): accepted.")
        else:
            lines.append(
                "**Not accepted**: bump the major version of `info.version` in spec/openapi.yaml, or list each "
                "id below with a reason in spec/diff-allowlist.yaml."
            )
        lines.append("")
    sections = (
        ("Breaking changes", report.breaking, True),
        ("Breaking changes allowed by spec/diff-allowlist.yaml", report.allowed, True),
        ("Other API changes (not breaking)", report.api_changes, False),
    )
    for title, changes, with_id in sections:
        if changes:
            lines += [f"## {title}", ""]
            lines += [_bullet(c, with_id=with_id) for c in changes]
            lines.append("")
    if report.documentation:
        lines += [
            "## Documentation changes",
            "",
            "<details><summary>descriptions, examples, x-* extensions</summary>",
            "",
        ]
        lines += [_bullet(c, with_id=False) for c in report.documentation]
        lines += ["", "</details>", ""]
    lines += [f"_{OPEN_ENUM_NOTE}_", ""]
    lines += [f"> warning: {w}" for w in report.warnings]
    lines += [f"> unused allow-list entry: `{entry}`" for entry in report.unused_allowlist]
    return "\n".join(lines).rstrip() + "\n"
