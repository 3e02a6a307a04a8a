"""generated/ is a publishable distribution: np6-client, built offline into a wheel and an sdist
that pass ``twine check --strict``, with the LICENSE, the CHANGELOG, the classifiers and exactly
the dependencies the package imports."""

from __future__ import annotations

import ast
import email.parser
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from email.message import Message
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from generator import release
from generator.bundle import bundle

REPO = Path(__file__).resolve().parents[1]
GENERATED = REPO / "generated"
#: Distribution name -> the module it is imported as.
IMPORT_NAMES = {"typing-extensions": "typing_extensions"}


def _version() -> str:
    return str(release.package_version(bundle(REPO / "spec").document, REPO / "spec"))


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The wheel and the sdist, built offline with the pinned setuptools (no build isolation)."""
    tmp = tmp_path_factory.mktemp("dist")
    source = tmp / "src"
    shutil.copytree(GENERATED, source, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "build", "dist"))
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--no-isolation",
            "--sdist",
            "--wheel",
            "--outdir",
            str(tmp / "out"),
            str(source),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-3000:]
    built = sorted((tmp / "out").iterdir())
    version = _version()
    assert [p.name for p in built] == [f"np6_client-{version}-py3-none-any.whl", f"np6_client-{version}.tar.gz"]
    return {"wheel": built[0], "sdist": built[1]}


def _metadata(wheel: Path) -> Message:
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        return email.parser.Parser().parsestr(archive.read(name).decode("utf-8"))


def test_twine_check_strict_passes(dist: dict[str, Path]) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", str(dist["wheel"]), str(dist["sdist"])],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.count("PASSED") == 2


def test_wheel_carries_the_package_and_the_license(dist: dict[str, Path]) -> None:
    names = set(zipfile.ZipFile(dist["wheel"]).namelist())
    assert {"np6/__init__.py", "np6/py.typed", "np6/client.py", "np6/openapi.yaml", "np6/_version.py"} <= names
    assert {"np6/openapi.json", "np6/testing/__init__.py", "np6/testing/_schema.py"} <= names  # np6.testing
    assert any(n.startswith("np6/api/segment/") for n in names)
    licenses = [n for n in names if n.endswith(".dist-info/licenses/LICENSE")]
    assert len(licenses) == 1
    with zipfile.ZipFile(dist["wheel"]) as archive:
        assert archive.read(licenses[0]) == (REPO / "LICENSE").read_bytes()


def test_sdist_carries_license_changelog_and_readme(dist: dict[str, Path]) -> None:
    root = dist["sdist"].name.removesuffix(".tar.gz")
    with tarfile.open(dist["sdist"]) as archive:
        names = set(archive.getnames())
        assert {f"{root}/{n}" for n in ("LICENSE", "CHANGELOG.md", "README.md", "pyproject.toml")} <= names
        changelog = archive.extractfile(f"{root}/CHANGELOG.md")
        assert changelog is not None
        assert f"## {_version()}\n" in changelog.read().decode("utf-8")  # the released version has its entry


def test_metadata_license_pythons_urls(dist: dict[str, Path]) -> None:
    meta = _metadata(dist["wheel"])
    assert meta["Metadata-Version"] in {"2.4", "2.5"}
    assert meta["License-Expression"] == "MIT"
    assert meta.get_all("License-File") == ["LICENSE"]
    classifiers = meta.get_all("Classifier") or []
    assert not [c for c in classifiers if c.startswith("License ::")]  # PEP 639: the expression only
    pythons = sorted(
        c.rsplit(" ", 1)[1] for c in classifiers if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)
    )
    assert pythons == ["3.11", "3.12", "3.13"]
    assert meta["Requires-Python"] == ">=3.11"
    urls = dict(u.split(", ", 1) for u in meta.get_all("Project-URL") or [])
    assert {"Homepage", "Source", "Issues", "Changelog", "Documentation"} <= set(urls)
    assert all(u.startswith("https://") for u in urls.values())
    assert meta["Version"] == _version()


def test_long_description_is_for_an_index_reader(dist: dict[str, Path]) -> None:
    meta = _metadata(dist["wheel"])
    assert meta["Description-Content-Type"] == "text/markdown"
    text = meta.get_payload()
    assert isinstance(text, str)
    assert "pip install np6-client" in text
    assert "./generated" not in text and "make " not in text  # nothing about the np6-client checkout
    assert "np6-client==" in text  # how to follow one API version
    assert "3.11, 3.12 and 3.13" in text
    # No relative link: it would be broken on the index page.
    assert not re.findall(r"\]\((?!https?://)[^)]*\)", text)


#: Modules that only an extra's dependencies serve (``pip install "np6-client[<extra>]"``).
EXTRA_MODULES = {"dlt": ("dlt.py",)}


def _third_party_imports(only: tuple[str, ...] | None = None, skip: tuple[str, ...] = ()) -> set[str]:
    found: set[str] = set()
    for file in (GENERATED / "np6").rglob("*.py"):
        relative = file.relative_to(GENERATED / "np6").as_posix()
        if (only is not None and relative not in only) or relative in skip:
            continue
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return {name for name in found if name not in sys.stdlib_module_names and name != "np6"}


def test_dependencies_are_exactly_what_the_package_imports(dist: dict[str, Path]) -> None:
    requirements = [Requirement(r) for r in _metadata(dist["wheel"]).get_all("Requires-Dist") or []]
    core = [r for r in requirements if r.marker is None]
    declared = {IMPORT_NAMES.get(r.name, r.name.replace("-", "_")) for r in core}
    extra_files = tuple(name for names in EXTRA_MODULES.values() for name in names)
    assert declared == _third_party_imports(skip=extra_files)
    assert "python-dateutil" not in {r.name for r in requirements}
    assert not [r for r in requirements if r.extras or r.url]
    for extra, files in EXTRA_MODULES.items():
        served = {
            IMPORT_NAMES.get(r.name, r.name.replace("-", "_"))
            for r in requirements
            if r.marker is not None and r.marker.evaluate({"extra": extra})
        }
        assert served, f"no dependency declared for the {extra!r} extra"
        assert _third_party_imports(only=files) <= served | declared, extra


def test_every_upper_bound_says_why() -> None:
    """An upper bound shuts a user's other packages out of newer versions: pyproject.toml says why."""
    text = (GENERATED / "pyproject.toml").read_text(encoding="utf-8")
    dependencies = tomllib.loads(text)["project"]["dependencies"]
    block = text[text.index("dependencies = [") :]
    for dependency in dependencies:
        requirement = Requirement(dependency)
        assert any(s.operator == ">=" for s in requirement.specifier), f"{dependency}: no lower bound"
        capped = [s for s in requirement.specifier if s.operator in {"<", "<=", "~=", "=="}]
        preceding = block[: block.index(f'"{dependency}"')].rsplit('",', 1)[-1]
        comment = " ".join(line.strip() for line in preceding.splitlines() if line.strip().startswith("#"))
        assert comment, f"{dependency}: no comment saying why its range is what it is"
        if not capped:
            assert "no cap" in comment, f"{dependency}: say why it has no upper bound"


def test_versions_match_the_spec() -> None:
    namespace: dict[str, object] = {}
    exec((GENERATED / "np6" / "_version.py").read_text(encoding="utf-8"), namespace)
    document = bundle(REPO / "spec").document
    assert namespace["__version__"] == _version()
    assert namespace["API_VERSION"] == document["info"]["version"]
    pyproject = tomllib.loads((GENERATED / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["version"] == _version()
