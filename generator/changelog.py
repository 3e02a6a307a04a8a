"""The package changelog: ``spec/CHANGELOG.md`` (committed source) -> ``generated/CHANGELOG.md``.

Why a committed source file: ``python -m generator check`` renders into a temporary directory
and compares with ``generated/``, so every generated file must be a pure function of committed
inputs. A changelog computed at render time would need the previous version's spec (git
history, which a shallow CI clone lacks) and Redocly on every render. Instead:

* ``spec/CHANGELOG.md`` holds one ``## <version>`` entry per package version, newest first: the
  NP6 API version, then the client release (``8.1.0``, ``8.1.0.1``: generator/release.py), so a
  client-only release has its own entry;
  :func:`render` copies it (with a one-line header) to ``generated/CHANGELOG.md`` on every render,
  so ``check`` passes on a clean tree and the bytes only depend on that file.
* :func:`record` runs in ``make regenerate`` only (before the atomic swap). When the package
  version (``info.version`` + ``spec/client-release``) has no entry yet, it diffs the spec the
  current ``generated/`` was made from (``generated/np6/openapi.yaml``; its package version is
  ``generated/np6/_version.py``'s ``__version__``) with the new spec and inserts an entry.
  Same inputs give the same entry (no dates, sorted changes).
* An entry written that way carries a marker line (``<!-- np6-changelog: diff from 8.1.0 -->``).
  While the marker is there, later regenerations at the same version rewrite the entry from the
  same base (found in ``generated/np6/openapi.yaml`` or, once that is regenerated, in
  ``git show HEAD:generated/np6/openapi.yaml``), so edits after the bump are included. Delete the
  marker to edit the entry by hand (a client-only release: describe its client fixes, then
  delete the marker); hand-written entries are never touched.
* ``python -m generator diff --base <ref> --write-changelog`` writes the entry from any git ref.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from . import release
from .bundle import SpecError
from .diff import Change, DiffError, DiffReport, compare, component_key, file_at, operation_of, repository_of

SOURCE = "CHANGELOG.md"
HEADER = "<!-- Rendered from spec/CHANGELOG.md by `make regenerate`: edit that file, not this one. -->\n\n"
MARKER = re.compile(r"^<!-- np6-changelog: diff from (?P<base>\S+) -->$", re.MULTILINE)
HEADING = re.compile(r"^## (?P<version>\S+)", re.MULTILINE)
#: Beside ``openapi.yaml`` in a generated package: the package version it was generated as.
VERSION_FILE = "_version.py"
PACKAGE_VERSION = re.compile(r'^__version__ = "(?P<version>[^"]+)"$', re.MULTILINE)


@dataclass(frozen=True)
class Entry:
    """One ``## <version>`` section of the changelog."""

    version: str
    text: str

    @property
    def base(self) -> str | None:
        """The version an automatic entry was diffed from (``None`` for a hand-written entry)."""
        match = MARKER.search(self.text)
        return match.group("base") if match else None


def parse(text: str) -> tuple[str, list[Entry]]:
    """The preamble and the entries of a changelog."""
    starts = [m.start() for m in HEADING.finditer(text)]
    if not starts:
        return text, []
    preamble = text[: starts[0]]
    entries = []
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(text)
        chunk = text[start:end].rstrip("\n") + "\n"
        match = HEADING.match(chunk)
        assert match is not None
        entries.append(Entry(match.group("version"), chunk))
    return preamble, entries


def serialize(preamble: str, entries: list[Entry]) -> str:
    body = "\n".join(entry.text for entry in entries)
    return preamble.rstrip("\n") + "\n\n" + body if preamble.strip() else body


def render(spec_dir: Path, destination: Path) -> None:
    """Write ``destination/CHANGELOG.md`` from ``spec_dir/CHANGELOG.md`` (nothing when it is absent)."""
    source = spec_dir / SOURCE
    if source.exists():
        (destination / SOURCE).write_text(HEADER + source.read_text(encoding="utf-8"), encoding="utf-8")


def _snake(name: str) -> str:
    from openapi_python_client.strings import PythonIdentifier  # noqa: PLC0415 - only needed here

    return str(PythonIdentifier(name, prefix=""))


def _python_name(document: dict[str, Any], change: Change) -> str:
    """``np6.api.segment.list_segments`` of the operation a change is about, when there is one."""
    op = operation_of(change.pointer)
    if op is None:
        label = change.operation.split(" ", 1)
        op = (label[1], label[0].lower()) if len(label) == 2 else None
    if op is None:
        return ""
    operation = ((document.get("paths") or {}).get(op[0]) or {}).get(op[1]) or {}
    tags, op_id = operation.get("tags") or ["default"], operation.get("operationId")
    if not op_id:
        return ""
    return f"np6.api.{_snake(str(tags[0]))}.{_snake(str(op_id))}"


def _line(change: Change, base: dict[str, Any], revision: dict[str, Any]) -> str:
    users = [f"`{_snake(a)}`" for a in change.affects if " " not in a]
    if component_key(change.pointer) or not change.operation:
        text = f"- {change.message}"
        if users:
            text += " Used by " + ", ".join(users) + "."
    else:
        name = _python_name(base if change.kind == "removed" else revision, change) or _python_name(base, change)
        text = (
            f"- `{name}` ({change.operation}): {change.message}"
            if name
            else f"- `{change.operation}`: {change.message}"
        )
    if change.allowed:
        text += f" (Reviewed: {change.allowed})"
    return text


def entry_text(
    version: str, report: DiffReport, base: dict[str, Any], revision: dict[str, Any], *, since: str | None = None
) -> str:
    """The changelog entry of ``version``: the classified diff from the previous version ``since``.

    ``since`` is the previous package version (default: the base's ``info.version``).
    """
    since = since or report.base_version
    client_only = report.base_version == report.revision_version and since != version
    lines = [f"## {version}", "", f"<!-- np6-changelog: diff from {since} -->"]
    if client_only:
        lines.append(
            f"Client release on NP6 API {report.revision_version} (the API version is unchanged). Describe the "
            "client fixes here, then delete the marker line above; written by `make regenerate` from the spec "
            f"diff since {since}:"
        )
    else:
        lines.append(
            f"Changes of the API description since {since}, written by `make regenerate` from the "
            "spec diff (delete the marker line above to edit this entry by hand)."
        )
    lines.append("")
    breaking = [c for c in report.changes if c.breaking]
    other = report.api_changes
    if breaking:
        lines += ["### Breaking changes", ""]
        lines += [_line(c, base, revision) for c in breaking]
        lines.append("")
    if other:
        lines += ["### Other changes", ""]
        lines += [_line(c, base, revision) for c in other]
        lines.append("")
    documentation = [c for c in report.documentation if c.pointer != "#/info/version"]
    if documentation:
        count = f"{len(documentation)} documentation change" + ("s" if len(documentation) > 1 else "")
        lines += [f"{count} (descriptions, examples, sources).", ""]
    if not breaking and not other and not documentation:
        lines += [
            "No change to the API description besides the version."
            if not client_only
            else "No change to the API description.",
            "",
        ]
    return "\n".join(lines).rstrip("\n") + "\n"


def _version(document: Any) -> str | None:
    if isinstance(document, dict) and isinstance(document.get("info"), dict):
        return str(document["info"].get("version"))
    return None


def _generated_version(document: dict[str, Any] | None, version_file: bytes | None) -> str | None:
    """The package version a generation was made as: its ``_version.py``, else its ``info.version``."""
    if document is None:
        return None
    match = PACKAGE_VERSION.search(version_file.decode("utf-8", errors="replace")) if version_file else None
    return match.group("version") if match else _version(document)


def _load(data: bytes | str | None) -> dict[str, Any] | None:
    if data is None:
        return None
    try:
        document = yaml.safe_load(data)
    except yaml.YAMLError:
        return None
    return document if isinstance(document, dict) else None


def write_entry(spec_dir: Path, entry: Entry) -> bool:
    """Insert or replace ``entry`` in ``spec_dir/CHANGELOG.md`` (newest first); ``True`` if it changed."""
    source = spec_dir / SOURCE
    old = source.read_text(encoding="utf-8") if source.exists() else "# Changelog\n"
    preamble, entries = parse(old)
    if any(e.version == entry.version for e in entries):
        entries = [entry if e.version == entry.version else e for e in entries]
    else:
        entries.insert(0, entry)
    new = serialize(preamble, entries)
    if new == old:
        return False
    source.write_text(new, encoding="utf-8")
    return True


def _committed(file: Path, repo: Path | None) -> bytes | None:
    """``file`` as of ``HEAD`` in the git work tree holding it (``None`` outside git)."""
    try:
        repo = repo or repository_of(_existing_parent(file))
        rel = file.resolve().relative_to(repo.resolve()).as_posix()
    except (DiffError, ValueError):
        return None
    return file_at("HEAD", rel, repo)


def _same(first: dict[str, Any], second: dict[str, Any]) -> bool:
    def text(document: dict[str, Any]) -> str:
        return json.dumps(document, sort_keys=True, default=str)

    return text(first) == text(second)


def _existing_parent(file: Path) -> Path:
    """The nearest existing directory above ``file``."""
    parent = file.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    return parent


def record(
    spec_dir: Path,
    document: dict[str, Any],
    previous: Path,
    *,
    repo: Path | None = None,
    redocly: Path | None = None,
) -> bool:
    """Add (or refresh) the entry of ``document``'s version; ``True`` when ``spec/CHANGELOG.md`` changed.

    ``previous`` is the bundled spec the current output was generated from; ``repo`` the git work
    tree to find its committed version in (default: the one holding ``previous``).
    """
    source = spec_dir / SOURCE
    if not source.exists():
        return False
    try:
        version = str(release.package_version(document, spec_dir))
    except SpecError as exc:
        raise DiffError(str(exc)) from exc
    _, entries = parse(source.read_text(encoding="utf-8"))
    existing = next((e for e in entries if e.version == version), None)
    if existing is not None and existing.base is None:
        return False  # hand-written
    previous_doc = _load(previous.read_bytes()) if previous.exists() else None
    previous_version_file = previous.parent / VERSION_FILE
    previous_version = _generated_version(
        previous_doc, previous_version_file.read_bytes() if previous_version_file.exists() else None
    )
    if existing is None:
        base_version = previous_version
        if base_version is None or base_version == version:
            return False  # no previous generation, or no version bump
    else:
        base_version = existing.base
    base_doc = previous_doc if previous_version == base_version else None
    if base_doc is None:
        committed = _load(_committed(previous, repo))
        committed_version = _generated_version(committed, _committed(previous_version_file, repo))
        base_doc = committed if committed_version == base_version else None
    if base_doc is None:
        if previous_doc is not None and _same(previous_doc, document):
            return False  # nothing changed since the last generation: the entry is still right
        print(
            f"note: kept the CHANGELOG entry of {version}: the {base_version} spec is no longer at hand; "
            f"rewrite it with 'python -m generator diff --base <ref of {base_version}> --write-changelog'",
            file=sys.stderr,
        )
        return False
    report = compare(base_doc, document, base_label=str(base_version), revision_label=version, redocly=redocly)
    text = entry_text(version, report, base_doc, document, since=base_version)
    return write_entry(spec_dir, Entry(version, text))
