"""Redocly CLI: run ``redocly diff`` on two documents and turn its JSON report into :class:`Change` entries.

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
  not enforce constraints; a ``format`` change that changes the Python type is caught by
  :func:`generator.diff.classify.format_retyped`.

A change no Redocly rule rated becomes an unrated entry (rule ``added``/``removed``/``changed``);
documentation-only changes (descriptions, examples, ``x-*``) are marked as such.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..bundle import HTTP_METHODS
from .base import REPO
from .errors import DiffError
from .pointers import escape, operation_of, pointer, readable, section_of, tokens
from .report import Change

#: The Redocly configuration of the diff (written to a temporary file for each run).
REDOCLY_CONFIG = """\
extends:
  - diff-recommended
diff:
  enum-values-added: minor
  response-header-removed: minor
  schema-constraint-changed: minor
"""

#: Properties whose change is documentation only.
DOC_PROPERTIES = frozenset(
    {"description", "summary", "title", "example", "examples", "externalDocs", "contact", "license", "termsOfService"}
)
DOC_TYPES = frozenset({"Example", "ExamplesMap", "Info", "Contact", "License", "Tag", "TagList", "ExternalDocs"})


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


def _what(type_name: str, ptr: str, value: Any) -> str:
    """``Operation `GET /items` (listItems)``, ``Path `/items` (GET listItems)`` or ``Schema at <where>``."""
    parts = tokens(ptr)
    text = f"{type_name} at {readable(ptr)}"
    if type_name == "Operation" and isinstance(value, dict) and len(parts) == 3:
        text = f"Operation `{parts[2].upper()} {parts[1]}` ({value.get('operationId', 'no operationId')})"
    elif type_name == "PathItem" and isinstance(value, dict) and len(parts) == 2:
        ops = [f"{m.upper()} {(value[m] or {}).get('operationId', '')}".strip() for m in HTTP_METHODS if m in value]
        text = f"Path `{parts[1]}` ({', '.join(ops)})"
    elif len(parts) == 3 and parts[0] == "components":
        text = f"Component `{parts[2]}` ({parts[1]})"
    elif type_name == "Parameter" and isinstance(value, dict) and "name" in value:
        what = "Required parameter" if value.get("required") else "Parameter"
        text = f"{what} `{value['name']}` ({value.get('in')}) of {readable(ptr.rsplit('/', 2)[0])}"
    elif type_name == "ParameterList" and isinstance(value, list):
        names = ", ".join(f"`{p.get('name')}` ({p.get('in')})" for p in value if isinstance(p, dict) and "name" in p)
        text = f"Parameters {names or '(by reference)'} of {readable(ptr.rsplit('/', 1)[0])}"
    elif len(parts) >= 2 and parts[-2] == "properties":
        text = f"Property `{parts[-1]}` of {readable(pointer(*parts[:-2]))}"
    return text


def _describe(change: dict[str, Any]) -> str:
    """A message for a change no rule rated."""
    kind = change.get("kind", "modified")
    type_name = change.get("typeName", "node")
    prop = change.get("property")
    where = readable(change.get("path", "#"))
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
