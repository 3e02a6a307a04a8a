"""Breaking or not: Redocly's entries, re-rated for our client, merged with our rules, then the allow-list.

:func:`compare` is the whole diff. Before it, path-level parameters are copied into each operation
(:func:`~generator.diff.documents.inline_path_parameters`): moving a parameter between the two levels
changes nothing for a client, but Redocly would report a removal. Then:

1. each Redocly entry goes through :data:`RECLASSIFICATIONS`, one function per correction (the first
   that applies wins):

   * :func:`enum_values_added` -- an ``enum-values-added`` entry gets a note: the enums are open;
   * :func:`error_response_removed` -- ``response-removed`` of a non-2xx status is *not* breaking
     (Redocly says major): the client raises ``np6.errors.*`` for any non-2xx status, documented or not;
   * :func:`format_retyped` -- ``format-retyped``: a string ``format`` change that changes the Python
     type (``date-time``, ``date``, ``binary``, ``uuid``) -- Redocly rates it patch or minor;

2. the findings of our rules (:mod:`generator.diff.rules`) are merged: a finding is skipped when
   Redocly already rated the same change as breaking, and it replaces Redocly's unrated entries at
   the same place;
3. every change gets the operations it affects, and a breaking change listed with a reason in
   ``spec/diff-allowlist.yaml`` (:func:`load_allowlist`) is marked allowed.

Documentation-only changes (descriptions, examples, ``x-*``) are listed apart and never breaking.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..bundle import SpecError, load_yaml
from .documents import component_users, inline_path_parameters, operation_name
from .errors import DiffError
from .pointers import component_key, operation_of, readable, resolve, tokens, within
from .redocly import from_redocly, run_redocly
from .report import Change, DiffReport
from .rules import python_rules

#: String formats that change the Python type openapi-python-client generates.
PYTHON_FORMATS = {"date-time": "datetime.datetime", "date": "datetime.date", "binary": "File", "uuid": "UUID"}

#: A correction of one Redocly entry: (change, Redocly's raw change, base, revision) -> the corrected
#: change, or ``None`` when it does not apply.
Reclassification = Callable[[Change, dict[str, Any] | None, dict[str, Any], dict[str, Any]], Change | None]


def enum_values_added(
    change: Change, raw: dict[str, Any] | None, base: dict[str, Any], revision: dict[str, Any]
) -> Change | None:
    """``enum-values-added`` (rated minor by our Redocly configuration): noted as not breaking."""
    if change.rule == "enum-values-added":
        return replace(change, note="Not breaking: the generated client's enums are open.")
    return None


def error_response_removed(
    change: Change, raw: dict[str, Any] | None, base: dict[str, Any], revision: dict[str, Any]
) -> Change | None:
    """``response-removed`` of a non-2xx status (1xx, 3xx, 4xx, 5xx): not breaking for the client."""
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
    return None


def _python_type(schema: Any, fmt: Any) -> str:
    if isinstance(schema, dict) and schema.get("type") not in (None, "string"):
        return str(schema.get("type"))
    return PYTHON_FORMATS.get(str(fmt), "str")


def format_retyped(
    change: Change, raw: dict[str, Any] | None, base: dict[str, Any], revision: dict[str, Any]
) -> Change | None:
    """``format-retyped``: a schema's ``format`` changed and so did the Python type (:data:`PYTHON_FORMATS`)."""
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
                message=f"Format at {readable(str(raw.get('path')))} changed from {old_fmt or 'none'} to "
                f"{new_fmt or 'none'}: the Python type changes from {before} to {after}.",
                note="Redocly does not rate a format change as major; the generated Python type changes.",
            )
    return None


#: Every correction of a Redocly entry, tried in this order.
RECLASSIFICATIONS: tuple[Reclassification, ...] = (enum_values_added, error_response_removed, format_retyped)


def reclassify(change: Change, raw: dict[str, Any] | None, base: dict[str, Any], revision: dict[str, Any]) -> Change:
    """Python's corrections of a Redocly rating: the first of :data:`RECLASSIFICATIONS` that applies."""
    for correction in RECLASSIFICATIONS:
        corrected = correction(change, raw, base, revision)
        if corrected is not None:
            return corrected
    return change


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
            changes.append(reclassify(change, raw, base, revision))

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
