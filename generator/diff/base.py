"""Git plumbing: the base of a diff is ``spec/`` as of a git ref, bundled."""

from __future__ import annotations

import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..bundle import SpecError, bundle
from ..release import read_release
from .errors import DiffError

REPO = Path(__file__).resolve().parents[2]
DEFAULT_BASE = "HEAD~1"


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
    #: The client release at the base (``spec/client-release``; 0 when the file is absent).
    release: int = 0


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
            release = read_release(spec)
        except SpecError as exc:
            raise DiffError(f"the spec at {ref} does not bundle: {exc}") from exc
    sha = _git(["rev-parse", "--short", ref], repo).stdout.decode().strip()
    return Base(document, f"{ref} ({sha})" if sha else ref, note, release)
