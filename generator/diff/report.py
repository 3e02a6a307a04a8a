"""The report: one :class:`Change` per classified change, the :class:`DiffReport`, its JSON and Markdown."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

OPEN_ENUM_NOTE = (
    "A response enum gaining a value is not breaking: the generated client's enums are open "
    "(an unknown value decodes instead of failing)."
)


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
    #: Package versions (API version + client release, generator/release.py); "" when unknown.
    base_package: str = ""
    revision_package: str = ""
    #: Steps the version scheme forbids (a version going down, an API bump without a reset).
    version_problems: list[str] = field(default_factory=list)

    @property
    def client_release(self) -> bool:
        """Same NP6 API version, new client release: a client-only release."""
        return (
            bool(self.base_package and self.revision_package)
            and self.base_version == self.revision_version
            and self.base_package != self.revision_package
        )

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
        """Breaking changes that neither a major version nor the allow-list announce, or a bad version step."""
        return (bool(self.breaking) and not self.major_bump) or bool(self.version_problems)

    def as_json(self) -> dict[str, Any]:
        return {
            "base": {"label": self.base_label, "version": self.base_version},
            "revision": {"label": self.revision_label, "version": self.revision_version},
            "package": {
                "base": self.base_package or None,
                "revision": self.revision_package or None,
                "client_release": self.client_release,
                "problems": list(self.version_problems),
            },
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


def _version_lines(report: DiffReport) -> list[str]:
    if not report.revision_package:
        return []
    step = f"{report.base_package or '(none)'} → {report.revision_package}"
    if report.client_release:
        kind = "a client-only release on the same NP6 API version"
    elif report.base_package == report.revision_package:
        kind = "unchanged"
    else:
        kind = "a new NP6 API version"
    lines = [f"Package version: {step} ({kind})."]
    lines += [f"**Version not accepted**: {problem}." for problem in report.version_problems]
    return [*lines, ""]


def render_markdown(report: DiffReport) -> str:
    base = f"{report.base_label} ({report.base_version})"
    lines = [f"# Spec diff: {base} → {report.revision_label} ({report.revision_version})", ""]
    lines += _version_lines(report)
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
