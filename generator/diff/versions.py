"""The package versions of a diff: the NP6 API version plus the client release (generator/release.py).

``make diff`` shows the package version on each side (``8.1.0`` → ``8.1.0.1`` is a client-only
release) and fails on a step the scheme forbids: a version going down, or a new API version
that keeps the previous client release instead of resetting it to 0.
"""

from __future__ import annotations

from typing import Any

from ..bundle import SpecError
from ..release import Version, transition_problems, version_of
from .report import DiffReport


def package_version(document: dict[str, Any], release: int) -> Version | None:
    """The package version of a bundled spec, ``None`` when its ``info.version`` is not MAJOR.MINOR.PATCH."""
    try:
        return version_of(document, release)
    except SpecError:
        return None


def apply(report: DiffReport, base: Version | None, revision: Version) -> DiffReport:
    """Record both package versions on ``report`` with the problems of the step between them."""
    report.base_package = str(base) if base is not None else ""
    report.revision_package = str(revision)
    report.version_problems = transition_problems(base, revision)
    return report
