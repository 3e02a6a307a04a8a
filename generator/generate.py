"""Run openapi-python-client on the bundled spec and replace ``generated/`` atomically.

Steps: bundle + validate the spec, render it with openapi-python-client (pinned, with
``--fail-on-warning``, our config and ``templates/``) into a scratch directory next to the
output, render the extra generated modules (``templates/package/``), keep only the generated
paths (``generator/layout.py``), format them with ruff, add the hand-written runtime files
(everything else of the runtime tree, ``generated/`` by default), then swap the scratch
directory in with two renames. Any failure before the swap leaves the output exactly as it
was. A lock file serialises concurrent runs in one checkout.
"""

from __future__ import annotations

import contextlib
import fcntl
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from openapi_python_client.strings import PythonIdentifier

from . import changelog, layout, opc, release, resources, template_facts
from .bundle import Bundle, SpecError, bundle, dump
from .diff import DiffError
from .event_operations import event_operations
from .validate import redocly_report, start_redocly, validate

REPO = Path(__file__).resolve().parents[1]
PACKAGE = "np6"


class GenerationError(Exception):
    """openapi-python-client, a template or ruff failed."""


@dataclass(frozen=True)
class Paths:
    """Where the generator reads and writes."""

    spec: Path = REPO / "spec"
    templates: Path = REPO / "templates"
    output: Path = REPO / "generated"
    config: Path = REPO / "generator" / "openapi-python-client.yaml"
    redocly_config: Path = REPO / "redocly.yaml"
    redocly: Path | None = REPO / "node_modules" / ".bin" / "redocly"
    #: Where the hand-written runtime files are read from (every file not on a generated path).
    runtime: Path = REPO / "generated"
    #: The project's license, shipped in the wheel and the sdist.
    license: Path = REPO / "LICENSE"


def _bin(name: str) -> str:
    """A console script installed next to the running interpreter (the project's venv)."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


@contextlib.contextmanager
def locked(lock_file: Path) -> Iterator[None]:
    """Hold an exclusive lock for the duration of a regeneration."""
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    with lock_file.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _redocly(paths: Paths, lint: bool) -> Path | None:
    redocly = paths.redocly if lint and paths.redocly is not None and paths.redocly.exists() else None
    if lint and redocly is None:
        raise SpecError("Redocly CLI is not installed: run 'make install' (npm ci) first")
    return redocly


def load_valid_spec(paths: Paths, scratch: Path, *, lint: bool = True) -> Bundle:
    """Bundle and validate, raising the first problems found."""
    result = bundle(paths.spec)
    redocly = _redocly(paths, lint)
    errors = validate(result, bundled_file=scratch / "lint.json", redocly=redocly, config=paths.redocly_config)
    if errors:
        raise SpecErrors(errors)
    return result


class SpecErrors(SpecError):
    """Several located spec problems."""

    def __init__(self, errors: list[SpecError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors)


def _run(args: list[str], *, cwd: Path | None = None) -> None:
    proc = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        output = (proc.stdout + proc.stderr).strip()
        raise GenerationError(f"{Path(args[0]).name} failed (exit {proc.returncode}):\n{output[-6000:]}")


def _render_package_templates(paths: Paths, package_dir: Path, result: Bundle) -> None:
    extra = paths.templates / "package"
    if not extra.is_dir():
        return
    env = Environment(  # noqa: S701 - renders Python source, not HTML
        loader=FileSystemLoader(str(paths.templates)),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    info = result.document.get("info", {})
    servers = result.document.get("servers") or [{"url": ""}]
    context = {
        "package_name": PACKAGE,
        "package_version": str(release.package_version(result.document, paths.spec)),
        "api_version": info.get("version", "0"),
        "api_title": info.get("title", ""),
        "default_base_url": servers[0]["url"],
        "operations": [{"path": path, "method": method, "operation": op} for path, method, op in result.operations()],
        "resource_tree": resources.tree(
            result.document,
            {tag["name"]: str(PythonIdentifier(tag["name"], "field_")) for tag in result.document.get("tags", [])},
        ),
        # the operations with a time window (np6/_event_operations.py, read by np6.dlt)
        "event_operations": event_operations(result.document),
    }
    for template in sorted(extra.glob("*.jinja")):
        target = package_dir / template.name.removesuffix(".jinja")
        target.write_text(env.get_template(f"package/{template.name}").render(**context), encoding="utf-8")


def _set_package_version(config: Path, version: release.Version) -> None:
    """The package version of pyproject.toml and the README: the API version + the client release."""
    settings = yaml.safe_load(config.read_text(encoding="utf-8")) or {}
    settings["package_version_override"] = str(version)
    config.write_text(yaml.safe_dump(settings, sort_keys=False), encoding="utf-8")


#: The sdist's extra files (setuptools adds README.md, LICENSE and pyproject.toml itself).
MANIFEST = """\
# Rendered by the np6-client generator (generator/generate.py): the sdist also carries the changelog.
include CHANGELOG.md
include API.md
"""


def _write_distribution_files(paths: Paths, destination: Path) -> None:
    """The LICENSE and MANIFEST.in of the distribution."""
    if not paths.license.is_file():
        raise GenerationError(f"no license file at {paths.license}: the distribution ships it")
    shutil.copyfile(paths.license, destination / "LICENSE")
    (destination / "MANIFEST.in").write_text(MANIFEST, encoding="utf-8")


def _keep_owned(destination: Path) -> None:
    """Drop what openapi-python-client renders outside the generated paths (its stock runtime)."""
    for path in layout.handwritten(destination).values():
        path.unlink()


def _add_handwritten(runtime: Path, destination: Path) -> None:
    """Copy the hand-written runtime files into a render (they are never templated)."""
    files = layout.handwritten(runtime) if runtime.is_dir() else {}
    if not any(name.endswith("client.py") for name in files):
        raise GenerationError(f"no hand-written runtime in {runtime} (expected {PACKAGE}/client.py and the rest)")
    for name, source in files.items():
        if not all((destination / needed).is_file() for needed in layout.REQUIRES.get(name, ())):
            continue  # built on operations this spec does not have (a test fixture)
        target = destination / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)


def render(paths: Paths, destination: Path, *, lint: bool = True) -> Bundle:
    """Render the whole client project into ``destination`` (which must not exist).

    The Python checks (structure, project rules, examples) run first; Redocly's lint (a Node
    process, about a second) runs alongside the generation, and its errors fail the render
    before anything is swapped in.
    """
    scratch = destination.parent / (destination.name + ".work")
    scratch.mkdir(parents=True)
    redocly = _redocly(paths, lint)
    lint_run = None
    try:
        result = load_valid_spec(paths, scratch, lint=False)
        if redocly is not None:
            lint_run = start_redocly(result, scratch / "lint.json", redocly, paths.redocly_config)
        # templates/ + spec facts the parser drops; config + vendor JSON media types.
        prepared = template_facts.prepare(paths.templates, paths.config, result.document, scratch)
        _set_package_version(prepared.config, release.package_version(result.document, paths.spec))
        try:
            opc.render(result.document, prepared.config, prepared.templates, destination)
        except opc.RenderError as exc:
            raise GenerationError(f"openapi-python-client failed:\n{exc}") from exc
        _render_package_templates(paths, destination / PACKAGE, result)
        changelog.render(paths.spec, destination)
        _write_distribution_files(paths, destination)
        (destination / PACKAGE / "openapi.yaml").write_text(dump(result.document), encoding="utf-8")
        # The same document as compact JSON, for np6.testing (PyYAML is not a dependency of the package).
        (destination / PACKAGE / "openapi.json").write_text(json.dumps(result.document, separators=(",", ":")), "utf-8")
        _keep_owned(destination)
        ruff = _bin("ruff")
        _run([ruff, "check", "--fix", "--quiet", "--no-cache", "."], cwd=destination)
        _run([ruff, "format", "--quiet", "--no-cache", "."], cwd=destination)
        _add_handwritten(paths.runtime, destination)
        if lint_run is not None:
            errors, lint_run = redocly_report(lint_run, result), None
            if errors:
                raise SpecErrors(errors)
        return result
    finally:
        if lint_run is not None:
            lint_run.kill()
            lint_run.communicate()
        shutil.rmtree(scratch, ignore_errors=True)


def regenerate(paths: Paths | None = None) -> Bundle:
    """Regenerate the output directory atomically."""
    paths = paths or Paths()
    output = paths.output
    with locked(output.parent / ".regenerate.lock"):
        staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.", dir=output.parent))
        try:
            fresh = staging / "project"
            result = render(paths, fresh)
            try:  # a new info.version gets its CHANGELOG entry (generator/changelog.py)
                previous = output / PACKAGE / "openapi.yaml"
                if changelog.record(paths.spec, result.document, previous, redocly=paths.redocly):
                    changelog.render(paths.spec, fresh)
            except DiffError as exc:
                raise GenerationError(f"CHANGELOG entry: {exc}") from exc
            backup = staging / "previous"
            if output.exists():
                os.rename(output, backup)
            try:
                os.rename(fresh, output)
            except OSError:
                if backup.exists():
                    os.rename(backup, output)
                raise
            return result
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def differences(expected: Path, actual: Path, *, owned_only: bool = False) -> list[str]:
    """Relative paths that differ between two trees (missing, extra or changed files).

    With ``owned_only``, only the generated paths are compared (the hand-written runtime files
    are the source, not an output).
    """
    pick = layout.owned if owned_only else layout.tree
    want, have = pick(expected), pick(actual)
    changed = [f"{name} (missing from {actual.name}/)" for name in want.keys() - have.keys()]
    changed += [f"{name} (not produced by the spec and templates)" for name in have.keys() - want.keys()]
    changed += [name for name in want.keys() & have.keys() if not filecmp.cmp(want[name], have[name], shallow=False)]
    return sorted(changed)


def check(paths: Paths | None = None) -> list[str]:
    """Render into a temporary directory and list what differs from the committed output."""
    paths = paths or Paths()
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "project"
        render(paths, fresh)
        if not paths.output.exists():
            return [f"{paths.output} does not exist"]
        return differences(fresh, paths.output, owned_only=True)
