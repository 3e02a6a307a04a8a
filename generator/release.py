"""The package version: the NP6 API version, then the client release.

``np6-client`` versions are ``<NP6 API version>[.<client release>]`` (PEP 440 release segments,
no local version, so every one can be published on PyPI):

* ``info.version`` of ``spec/openapi.yaml`` is the NP6 API version, always ``MAJOR.MINOR.PATCH``
  (three numbers: with two, ``8.1.1`` could be API 8.1.1 or the first fix of API 8.1);
* ``spec/client-release`` holds the client release, a number: 0 for the first package of an API
  version (``8.1.0``), 1, 2, ... for each client-only release on the same API version
  (``8.1.0.1``, ``8.1.0.2``: runtime fixes, corrections of our description of NP6 8.1.0).
  A new API version resets it to 0 (``make diff`` refuses a bump that does not).

So ``np6-client==8.1.0.*`` selects every client of NP6 API 8.1.0, and versions sort in release
order. The generated package has ``np6.__version__`` (the package version) and
``np6.API_VERSION`` (``info.version``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .bundle import SpecError

#: The file of ``spec/`` holding the client release.
RELEASE_FILE = "client-release"
API_VERSION = re.compile(r"(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)")
PACKAGE_VERSION = re.compile(rf"(?P<api>{API_VERSION.pattern})(?:\.(?P<release>[1-9]\d*))?")


@dataclass(frozen=True, order=True)
class Version:
    """A package version: the NP6 API version and the client release on it."""

    api: tuple[int, int, int]
    release: int = 0

    @property
    def api_version(self) -> str:
        return ".".join(str(part) for part in self.api)

    def __str__(self) -> str:
        return self.api_version + (f".{self.release}" if self.release else "")


def api_version_of(text: str, *, where: str = "info.version") -> tuple[int, int, int]:
    """``(8, 1, 0)`` from ``"8.1.0"``; a :class:`SpecError` for any other form."""
    if not API_VERSION.fullmatch(text):
        raise SpecError(f"{where} is {text!r}: the NP6 API version must be MAJOR.MINOR.PATCH (e.g. 8.1.0)")
    major, minor, patch = (int(part) for part in text.split("."))
    return major, minor, patch


def parse(text: str) -> Version:
    """The :class:`Version` of a package version string (``8.1.0`` or ``8.1.0.2``)."""
    match = PACKAGE_VERSION.fullmatch(text.strip())
    if match is None:
        raise SpecError(f"{text!r} is not an np6-client version (<API MAJOR.MINOR.PATCH>[.<client release>])")
    return Version(api_version_of(match.group("api")), int(match.group("release") or 0))


def parse_release(text: str, *, where: str = RELEASE_FILE) -> int:
    """The client release written in a ``client-release`` file (``#`` comments allowed)."""
    lines = [line.split("#", 1)[0].strip() for line in text.splitlines()]
    values = [line for line in lines if line]
    if len(values) != 1 or not re.fullmatch(r"0|[1-9]\d*", values[0]):
        raise SpecError(f"{where}: expected one number (the client release: 0, 1, 2, ...), found {values!r}")
    return int(values[0])


def read_release(spec_dir: Path) -> int:
    """The client release of ``spec_dir`` (0 when the file is absent: a spec from before the scheme)."""
    file = spec_dir / RELEASE_FILE
    return parse_release(file.read_text(encoding="utf-8"), where=str(file)) if file.exists() else 0


def version_of(document: dict[str, Any], release: int) -> Version:
    """The package version of a bundled spec at a client release."""
    info = document.get("info") if isinstance(document.get("info"), dict) else {}
    return Version(api_version_of(str((info or {}).get("version", ""))), release)


def package_version(document: dict[str, Any], spec_dir: Path) -> Version:
    """The package version that ``spec_dir`` (bundled as ``document``) generates."""
    return version_of(document, read_release(spec_dir))


def transition_problems(base: Version | None, revision: Version) -> list[str]:
    """What is wrong with going from ``base`` to ``revision`` (``[]`` when the step is fine).

    Staying on the same version is fine (work between two releases); so are a new client
    release on the same API version and a higher API version at client release 0.
    """
    if base is None or base == revision:
        return []
    if revision.api == base.api:
        if revision.release < base.release:
            return [f"the client release went down ({base} → {revision}): it only goes up on one API version"]
        return []
    if revision.api < base.api:
        return [f"the NP6 API version went down ({base.api_version} → {revision.api_version})"]
    if revision.release != 0:
        return [
            f"the NP6 API version went up ({base.api_version} → {revision.api_version}) but the client release "
            f"is {revision.release}: reset spec/{RELEASE_FILE} to 0 (the package version is then "
            f"{Version(revision.api)})"
        ]
    return []
