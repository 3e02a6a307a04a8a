"""Which files of the generated project the generator owns, and which are hand-written.

``generated/`` is the installable package. Most of it is rendered from the spec (the API
surface: one module per operation, one per model, the version, the bundled spec, the package
README and CHANGELOG, ``pyproject.toml``, the
LICENSE (copied from the repository's) and ``MANIFEST.in``). The runtime (client, errors, transport, streaming,
polling, decoding, request checks) is plain Python written by hand, living in the same package
so that it is imported, type-checked and tested as it is.

:data:`OWNED` is the declared set of generated paths. A regeneration rewrites exactly those and
carries every other file of the runtime tree over unchanged; ``make check`` compares exactly
those. A hand-written file must never sit on an owned path (it would be replaced): the check
reports any file on an owned path that the render does not produce.
"""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path

#: Directories (with everything below them) rendered from the spec.
OWNED_DIRS = ("np6/api/", "np6/models/")
#: Single files rendered from the spec.
OWNED_FILES = (
    ".gitignore",
    "API.md",
    "CHANGELOG.md",
    "LICENSE",
    "MANIFEST.in",
    "README.md",
    "pyproject.toml",
    "np6/_resources.py",
    "np6/_event_operations.py",
    "np6/_version.py",
    "np6/openapi.json",
    "np6/openapi.yaml",
    "np6/types.py",
)

#: Hand-written files built on particular operations of the NP6 spec: carried into a render only
#: when it has those operations (a test fixture spec has none of them).
REQUIRES: dict[str, tuple[str, ...]] = {
    "np6/_workflows.py": (
        "np6/api/email_sms_actions/get_action.py",
        "np6/api/email_sms_actions/validate_action.py",
        "np6/api/contact/create_target.py",
        "np6/api/contact/find_target.py",
        "np6/api/contact/update_target.py",
    ),
}

#: Never part of either set (caches and build output).
IGNORED = ("__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "*.egg-info", "build", "dist", ".venv")


def is_owned(relative: str) -> bool:
    """True when the generator renders the file at ``relative`` (a POSIX path in the project)."""
    return relative in OWNED_FILES or relative.startswith(OWNED_DIRS)


def tree(root: Path) -> dict[str, Path]:
    """Every file below ``root`` by its relative POSIX path, caches and build output left out."""
    files: dict[str, Path] = {}
    for directory, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not any(fnmatch.fnmatch(d, pat) for pat in IGNORED))
        for name in filenames:
            if not any(fnmatch.fnmatch(name, pat) for pat in IGNORED):
                path = Path(directory) / name
                files[path.relative_to(root).as_posix()] = path
    return files


def owned(root: Path) -> dict[str, Path]:
    """The files below ``root`` that sit on generated paths."""
    return {name: path for name, path in tree(root).items() if is_owned(name)}


def handwritten(root: Path) -> dict[str, Path]:
    """The files below ``root`` that are written by hand (every file not on a generated path)."""
    return {name: path for name, path in tree(root).items() if not is_owned(name)}
