"""Compare our spec with a vendor bundle (``make conformance UPSTREAM=path/to/api.yaml``).

NP6 publishes its own bundle (documentation.np6.com/_bundle/api.yaml). The report lists the
operations upstream has and we lack, the operations we have and upstream lacks, and, for the
operations both describe, the same classified differences as ``make diff`` with upstream as the
base and our spec as the revision (so "breaking" reads: a client generated from our spec would not
match what upstream documents). Operations are matched by method and path with the path
parameter names ignored (``/segments/{id}`` matches ``/segments/{segmentId}``); upstream's paths
are renamed to ours before the diff, so a different parameter name shows as a parameter change.
Documentation-only differences (descriptions, examples) are counted, not listed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .bundle import HTTP_METHODS
from .diff import Change, DiffError, compare, operation_of, operations

Key = tuple[str, str]  # (METHOD, normalised path)


def normalise(path: str) -> str:
    """A path with its parameter names dropped: ``/segments/{}``."""
    return re.sub(r"\{[^}/]+\}", "{}", path).rstrip("/") or "/"


@dataclass(frozen=True)
class OperationRef:
    method: str
    path: str
    operation_id: str
    summary: str
    source: str = ""

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"

    def as_json(self) -> dict[str, str]:
        return {
            "method": self.method.upper(),
            "path": self.path,
            "operationId": self.operation_id,
            "summary": self.summary,
            "source": self.source,
        }


@dataclass
class ConformanceReport:
    upstream_label: str
    ours_label: str
    upstream_version: str
    ours_version: str
    common: int
    missing: list[OperationRef]  #: in upstream, not in ours
    extra: list[OperationRef]  #: in ours, not in upstream
    differences: dict[str, list[Change]] = field(default_factory=dict)  #: our ``METHOD path`` -> changes
    documentation: int = 0
    schemas_missing: list[str] = field(default_factory=list)
    schemas_extra: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "upstream": {"label": self.upstream_label, "version": self.upstream_version},
            "ours": {"label": self.ours_label, "version": self.ours_version},
            "summary": {
                "common": self.common,
                "missing_from_ours": len(self.missing),
                "only_in_ours": len(self.extra),
                "operations_with_differences": len(self.differences),
                "documentation_differences": self.documentation,
            },
            "missing_from_ours": [o.as_json() for o in self.missing],
            "only_in_ours": [o.as_json() for o in self.extra],
            "differences": {label: [c.as_json() for c in changes] for label, changes in self.differences.items()},
            "schemas_missing_from_ours": self.schemas_missing,
            "schemas_only_in_ours": self.schemas_extra,
        }

    def markdown(self) -> str:
        ours, upstream = f"{self.ours_label} ({self.ours_version})", f"{self.upstream_label} ({self.upstream_version})"
        lines = [
            f"# Conformance: {ours} vs {upstream}",
            "",
            f"Operations in both: {self.common}; **only upstream (missing from ours): {len(self.missing)}**; "
            f"only in ours: {len(self.extra)}; common operations with API differences: {len(self.differences)} "
            f"({self.documentation} documentation differences not listed).",
            "",
        ]
        if self.missing:
            lines += ["## Missing from ours (documented upstream)", ""]
            lines += [f"- `{o.label}` " + " — ".join(x for x in (o.operation_id, o.summary) if x) for o in self.missing]
            lines.append("")
        if self.extra:
            lines += ["## Only in ours", ""]
            lines += [f"- `{o.label}` {o.operation_id} ({o.source or 'no x-np6-source'})" for o in self.extra]
            lines.append("")
        if self.differences:
            lines += ["## Differences per operation (upstream → ours; ⚠ = our client would not match upstream)", ""]
            for label, changes in self.differences.items():
                lines += [f"### `{label}`", ""]
                for change in changes:
                    mark = "⚠ " if change.breaking else ""
                    lines.append(f"- {mark}{change.message} `{change.rule}`")
                lines.append("")
        if self.schemas_missing or self.schemas_extra:
            lines += ["## Schema names", ""]
            if self.schemas_missing:
                lines.append("- only upstream: " + ", ".join(f"`{n}`" for n in self.schemas_missing))
            if self.schemas_extra:
                lines.append("- only in ours: " + ", ".join(f"`{n}`" for n in self.schemas_extra))
            lines.append("")
        return "\n".join(lines).rstrip() + "\n"


def _index(document: dict[str, Any]) -> dict[Key, OperationRef]:
    index: dict[Key, OperationRef] = {}
    for path, method, operation in operations(document):
        source = operation.get("x-np6-source")
        index[(method, normalise(path))] = OperationRef(
            method=method,
            path=path,
            operation_id=str(operation.get("operationId") or ""),
            summary=str(operation.get("summary") or ""),
            source=str(source.get("kind", "")) if isinstance(source, dict) else "",
        )
    return index


def _restricted(document: dict[str, Any], keep: dict[Key, OperationRef], rename: dict[Key, str]) -> dict[str, Any]:
    """``document`` with only the operations of ``keep``, each under the path ``rename`` gives it."""
    paths: dict[str, Any] = {}
    for key, ref in sorted(keep.items()):
        item = document["paths"][ref.path]
        target = paths.setdefault(rename[key], {})
        for name, value in item.items():
            if name not in HTTP_METHODS:
                target.setdefault(name, value)  # path-level parameters, servers, summary...
        target[ref.method] = item[ref.method]
    return {**document, "paths": paths}


def load_upstream(path: Path) -> dict[str, Any]:
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DiffError(f"cannot read {path}: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise DiffError(f"{path}: invalid YAML/JSON: {exc}") from exc
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        raise DiffError(f"{path} is not an OpenAPI document (no paths)")
    return document


def conformance(
    ours: dict[str, Any],
    upstream: dict[str, Any],
    *,
    ours_label: str = "ours",
    upstream_label: str = "upstream",
    redocly: Path | None = None,
) -> ConformanceReport:
    """Compare our bundled spec with an upstream bundle."""
    our_ops, up_ops = _index(ours), _index(upstream)
    common = {key: our_ops[key] for key in our_ops.keys() & up_ops.keys()}
    rename = {key: ref.path for key, ref in common.items()}
    up_common = {key: up_ops[key] for key in common}
    report = compare(
        _restricted(upstream, up_common, rename),
        _restricted(ours, common, rename),
        base_label=upstream_label,
        revision_label=ours_label,
        redocly=redocly,
    )
    differences: dict[str, list[Change]] = {}
    documentation = 0
    for change in report.changes:
        op = operation_of(change.pointer)
        label = f"{op[1].upper()} {op[0]}" if op else change.operation
        if not label:
            continue  # component-only difference: names differ between the two documents
        if change.documentation:
            documentation += 1
            continue
        differences.setdefault(label, []).append(change)
    our_schemas = set((ours.get("components") or {}).get("schemas") or {})
    up_schemas = set((upstream.get("components") or {}).get("schemas") or {})
    return ConformanceReport(
        upstream_label=upstream_label,
        ours_label=ours_label,
        upstream_version=str((upstream.get("info") or {}).get("version", "")),
        ours_version=str((ours.get("info") or {}).get("version", "")),
        common=len(common),
        missing=sorted((up_ops[k] for k in up_ops.keys() - our_ops.keys()), key=lambda o: (o.path, o.method)),
        extra=sorted((our_ops[k] for k in our_ops.keys() - up_ops.keys()), key=lambda o: (o.path, o.method)),
        differences=dict(sorted(differences.items(), key=lambda item: (item[0].split(" ", 1)[1], item[0]))),
        documentation=documentation,
        schemas_missing=sorted(up_schemas - our_schemas),
        schemas_extra=sorted(our_schemas - up_schemas),
    )
