"""The version scheme: <NP6 API version>[.<client release>] (generator/release.py), in make diff and the CHANGELOG."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from packaging.version import Version as PEP440

from generator import changelog, release
from generator.bundle import SpecError
from generator.cli import main
from generator.generate import Paths, check, regenerate

REPO = Path(__file__).resolve().parents[2]
BUMP_SPEC = REPO / "tests" / "fixtures" / "diff" / "bump" / "spec"


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args], cwd=repo, check=True, capture_output=True
    )


def _set_release(spec: Path, number: int) -> None:
    (spec / release.RELEASE_FILE).write_text(f"# client release\n{number}\n", encoding="utf-8")


def _set_api_version(spec: Path, version: str) -> None:
    root = spec / "openapi.yaml"
    text = root.read_text(encoding="utf-8")
    current = next(line for line in text.splitlines() if line.strip().startswith("version:"))
    root.write_text(text.replace(current, f"  version: {version}", 1), encoding="utf-8")


# --------------------------------------------------------------------------- the scheme


@pytest.mark.parametrize(
    ("api", "number", "expected"),
    [((8, 1, 0), 0, "8.1.0"), ((8, 1, 0), 1, "8.1.0.1"), ((8, 1, 0), 12, "8.1.0.12"), ((9, 0, 0), 0, "9.0.0")],
)
def test_package_version_is_api_then_release(api: tuple[int, int, int], number: int, expected: str) -> None:
    version = release.Version(api, number)
    assert str(version) == expected
    assert str(PEP440(expected)) == expected  # already normalised: what PyPI shows
    assert not PEP440(expected).local  # PyPI refuses local versions
    assert release.parse(expected) == version
    assert version.api_version == ".".join(map(str, api))


def test_versions_sort_as_pip_sorts_them() -> None:
    ordered = ["8.1.0", "8.1.0.1", "8.1.0.2", "8.1.0.10", "8.1.1", "8.2.0", "9.0.0"]
    assert sorted(ordered, key=release.parse) == ordered
    assert sorted(ordered, key=PEP440) == ordered
    # "np6-client==8.1.0.*" selects every client release of NP6 API 8.1.0 and nothing else.
    from packaging.specifiers import SpecifierSet

    assert [v for v in ordered if v in SpecifierSet("==8.1.0.*")] == ["8.1.0", "8.1.0.1", "8.1.0.2", "8.1.0.10"]


@pytest.mark.parametrize("text", ["8.1", "8", "8.1.0.0", "8.1.0.01", "v8.1.0", "8.1.0+fix", "8.1.0rc1", ""])
def test_parse_refuses_what_the_scheme_cannot_tell_apart(text: str) -> None:
    with pytest.raises(SpecError):
        release.parse(text)


@pytest.mark.parametrize("text", ["8.1", "8.1.0.1", "8.1.0-beta", "08.1.0"])
def test_api_version_must_have_three_numbers(text: str) -> None:
    with pytest.raises(SpecError, match=r"MAJOR\.MINOR\.PATCH"):
        release.version_of({"info": {"version": text}}, 0)


@pytest.mark.parametrize(("text", "expected"), [("0\n", 0), ("# a comment\n\n3  # fixes\n", 3)])
def test_release_file(text: str, expected: int) -> None:
    assert release.parse_release(text) == expected


@pytest.mark.parametrize("text", ["", "# nothing\n", "-1\n", "1.0\n", "1\n2\n", "01\n"])
def test_release_file_refuses_anything_but_one_number(text: str) -> None:
    with pytest.raises(SpecError, match="one number"):
        release.parse_release(text)


def test_the_repository_release_file_reads() -> None:
    assert release.read_release(REPO / "spec") >= 0


@pytest.mark.parametrize(
    ("base", "revision", "problem"),
    [
        ("8.1.0", "8.1.0", None),
        ("8.1.0", "8.1.0.1", None),
        ("8.1.0.3", "8.2.0", None),
        ("8.1.0.3", "9.0.0", None),
        ("8.1.0.2", "8.1.0.1", "client release went down"),
        ("8.2.0", "8.1.0.4", "API version went down"),
        ("8.1.0.3", "8.2.0.3", "reset spec/client-release to 0"),
        ("8.1.0", "8.2.0.1", "reset spec/client-release to 0"),
    ],
)
def test_transitions(base: str, revision: str, problem: str | None) -> None:
    problems = release.transition_problems(release.parse(base), release.parse(revision))
    if problem is None:
        assert problems == []
    else:
        assert len(problems) == 1 and problem in problems[0]


# --------------------------------------------------------------------------- make diff


@pytest.fixture
def spec_repo(tmp_path: Path) -> Iterator[Path]:
    """A git repository whose only commit holds the bump fixture spec at client release 0."""
    repo = tmp_path / "repo"
    shutil.copytree(BUMP_SPEC, repo / "spec")
    _set_release(repo / "spec", 0)
    _git(repo, "init", "-q")
    _git(repo, "add", "spec")
    _git(repo, "commit", "-q", "-m", "spec 1.0.0")
    yield repo


def _diff_json(spec: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, object]]:
    status = main(["--spec", str(spec), "diff", "--base", "HEAD", "--json"])
    return status, json.loads(capsys.readouterr().out)


def test_diff_reports_a_client_only_release(spec_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = spec_repo / "spec"
    _set_release(spec, 1)
    status, data = _diff_json(spec, capsys)
    assert status == 0
    assert data["package"] == {"base": "1.0.0", "revision": "1.0.0.1", "client_release": True, "problems": []}
    assert main(["--spec", str(spec), "diff", "--base", "HEAD"]) == 0
    assert "Package version: 1.0.0 → 1.0.0.1 (a client-only release" in capsys.readouterr().out


def test_diff_refuses_an_api_bump_without_reset(spec_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = spec_repo / "spec"
    _set_release(spec, 2)
    _git(spec_repo, "commit", "-q", "-am", "client release 2")
    _set_api_version(spec, "1.1.0")
    status, data = _diff_json(spec, capsys)
    assert status == 1
    package = data["package"]
    assert isinstance(package, dict) and package["revision"] == "1.1.0.2"
    assert "reset spec/client-release to 0" in package["problems"][0]
    assert main(["--spec", str(spec), "diff", "--base", "HEAD"]) == 1
    assert "**Version not accepted**" in capsys.readouterr().out
    _set_release(spec, 0)
    assert _diff_json(spec, capsys)[0] == 0


def test_diff_refuses_a_release_going_down(spec_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = spec_repo / "spec"
    _set_release(spec, 3)
    _git(spec_repo, "commit", "-q", "-am", "client release 3")
    _set_release(spec, 2)
    status, data = _diff_json(spec, capsys)
    assert status == 1
    assert data["package"] == {
        "base": "1.0.0.3",
        "revision": "1.0.0.2",
        "client_release": True,
        "problems": ["the client release went down (1.0.0.3 → 1.0.0.2): it only goes up on one API version"],
    }


def test_diff_base_without_release_file_is_release_0(spec_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = spec_repo / "spec"
    _git(spec_repo, "rm", "-q", "spec/client-release")
    _git(spec_repo, "commit", "-q", "-m", "before the scheme")
    _set_release(spec, 1)
    status, data = _diff_json(spec, capsys)
    assert status == 0
    package = data["package"]
    assert isinstance(package, dict) and (package["base"], package["revision"]) == ("1.0.0", "1.0.0.1")


def test_write_changelog_for_a_client_release(spec_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = spec_repo / "spec"
    args = ["--spec", str(spec), "diff", "--base", "HEAD", "--write-changelog"]
    assert main(args) == 2
    assert "bump it first" in capsys.readouterr().err
    _set_release(spec, 1)
    assert main(args) == 0
    _, entries = changelog.parse((spec / "CHANGELOG.md").read_text(encoding="utf-8"))
    assert [e.version for e in entries] == ["1.0.0.1", "1.0.0"]
    assert entries[0].base == "1.0.0"
    assert "Client release on NP6 API 1.0.0" in entries[0].text
    assert "No change to the API description." in entries[0].text


# --------------------------------------------------------------------------- regeneration and CHANGELOG


def _version_file(paths: Paths) -> str:
    return (paths.output / "np6" / "_version.py").read_text(encoding="utf-8")


def test_client_release_regenerates_versions_and_changelog(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    spec = repo / "spec"
    shutil.copytree(BUMP_SPEC, spec)
    _set_release(spec, 0)
    paths = Paths(spec=spec, output=repo / "generated")
    regenerate(paths)
    assert '__version__ = "1.0.0"' in _version_file(paths) and 'API_VERSION = "1.0.0"' in _version_file(paths)
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "1.0.0")

    # A client-only release: same spec, release 1. Its own entry; the API version stays.
    _set_release(spec, 1)
    regenerate(paths)
    assert '__version__ = "1.0.0.1"' in _version_file(paths) and 'API_VERSION = "1.0.0"' in _version_file(paths)
    assert 'version = "1.0.0.1"' in (paths.output / "pyproject.toml").read_text(encoding="utf-8")
    _, entries = changelog.parse((spec / "CHANGELOG.md").read_text(encoding="utf-8"))
    assert [e.version for e in entries] == ["1.0.0.1", "1.0.0"]
    assert entries[0].base == "1.0.0"
    assert "Client release on NP6 API 1.0.0" in entries[0].text
    assert (paths.output / "CHANGELOG.md").read_text(encoding="utf-8").count("## 1.0.0.1") == 1
    assert check(paths) == []
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "1.0.0.1")

    # Regenerating the committed release changes nothing.
    before = (spec / "CHANGELOG.md").read_text(encoding="utf-8")
    regenerate(paths)
    assert (spec / "CHANGELOG.md").read_text(encoding="utf-8") == before

    # An API bump with the release reset: diffed from the last client release.
    _set_api_version(spec, "2.0.0")
    _set_release(spec, 0)
    ops = spec / "paths" / "thing.yaml"
    ops.write_text(ops.read_text().replace("getThing", "fetchThing"), encoding="utf-8")
    regenerate(paths)
    assert '__version__ = "2.0.0"' in _version_file(paths) and 'API_VERSION = "2.0.0"' in _version_file(paths)
    _, entries = changelog.parse((spec / "CHANGELOG.md").read_text(encoding="utf-8"))
    assert [e.version for e in entries] == ["2.0.0", "1.0.0.1", "1.0.0"]
    assert entries[0].base == "1.0.0.1"
    assert "'getThing' to 'fetchThing'" in entries[0].text


def test_regeneration_refuses_an_api_version_the_scheme_cannot_carry(tmp_path: Path) -> None:
    spec = tmp_path / "spec"
    shutil.copytree(BUMP_SPEC, spec)
    _set_api_version(spec, "1.0.0.1")
    with pytest.raises(SpecError, match=r"MAJOR\.MINOR\.PATCH"):
        regenerate(Paths(spec=spec, output=tmp_path / "generated"))
    assert not (tmp_path / "generated").exists()
