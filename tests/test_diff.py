"""Spec diff (generator/diff/), versioned regeneration (generator/changelog.py) and conformance.

Each rule has a pair of small specs in tests/fixtures/diff/<rule>/ (base.yaml, revision.yaml).
The diffs run Redocly CLI (node_modules), so the pairs are diffed once, in parallel.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import changelog
from generator.bundle import bundle
from generator.cli import main
from generator.conformance import conformance, load_upstream, normalise
from generator.diff import (
    OPEN_ENUM_NOTE,
    RECLASSIFICATIONS,
    RULES,
    Change,
    DiffError,
    DiffReport,
    base_spec,
    compare,
    discriminator_mapping_changed,
    enum_values_added,
    error_response_removed,
    format_retyped,
    load_allowlist,
    redocly_binary,
    schema_removed,
    security_changed,
    tag_changed,
    union_member_removed,
)
from generator.generate import Paths, check, regenerate

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "diff"
BUMP_SPEC = FIXTURES / "bump" / "spec"
UPSTREAM = FIXTURES / "conformance" / "upstream.yaml"

pytestmark = pytest.mark.skipif(not redocly_binary().exists(), reason="Redocly CLI not installed (make install)")

# fixture -> {rule: source} of every breaking change it must report, and nothing else
BREAKING: dict[str, dict[str, str]] = {
    "operation-removed": {"operation-removed": "redocly"},
    "path-removed": {"path-removed": "redocly"},
    "operation-id-changed": {"operation-id-changed": "redocly"},
    "parameter-removed": {"parameter-removed": "redocly"},
    "parameter-moved": {"parameter-removed": "redocly"},
    "parameter-became-required": {"parameter-became-required": "redocly"},
    "parameter-added-required": {"parameter-became-required": "redocly"},
    "parameter-retyped": {"schema-type-changed": "redocly"},
    "request-property-required": {"required-properties-added": "redocly"},
    "request-property-added-required": {"required-properties-added": "redocly"},
    "request-enum-value-removed": {"enum-values-removed": "redocly"},
    "request-media-type-removed": {"media-type-removed": "redocly"},
    "response-media-type-removed": {"media-type-removed": "redocly"},
    "success-status-removed": {"response-removed": "redocly", "media-type-removed": "redocly"},
    "success-status-changed": {"response-removed": "redocly"},
    "response-property-removed": {"property-removed": "redocly"},
    "response-property-retyped": {"schema-type-changed": "redocly"},
    "response-property-nullable": {"schema-type-changed": "redocly"},
    "security-requirement-changed": {"security-requirement-changed": "redocly"},
    "security-requirement-removed": {"security-requirement-removed": "python"},
    "discriminator-mapping-removed": {"discriminator-mapping-removed": "python"},
    "union-member-removed": {"union-member-removed": "python", "discriminator-mapping-removed": "python"},
    "operation-tag-changed": {"operation-tag-changed": "python"},
    "schema-removed": {"schema-removed": "python"},
    "format-retyped": {"format-retyped": "redocly+python"},
}

# fixture -> the rule of its (only) API change, which is not breaking
NOT_BREAKING: dict[str, str] = {
    "response-enum-value-added": "enum-values-added",
    "response-enum-value-removed": "changed",
    "error-response-removed": "response-removed",
    "operation-added": "added",
    "optional-parameter-added": "added",
    "response-property-added": "added",
    "constraint-changed": "changed",
}


def _load(path: Path) -> dict[str, Any]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    return document


def _pair(name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    return _load(FIXTURES / name / "base.yaml"), _load(FIXTURES / name / "revision.yaml")


@pytest.fixture(scope="module")
def reports() -> dict[str, DiffReport]:
    names = sorted(p.name for p in FIXTURES.iterdir() if (p / "base.yaml").exists())

    def run(name: str) -> tuple[str, DiffReport]:
        return name, compare(*_pair(name))

    with ThreadPoolExecutor(max_workers=8) as pool:
        return dict(pool.map(run, names))


def test_every_fixture_pair_is_covered(reports: dict[str, DiffReport]) -> None:
    policy = {"major-version-bump", "minor-version-bump", "description-changed", "parameter-to-path-item"}
    assert set(reports) == set(BREAKING) | set(NOT_BREAKING) | policy


@pytest.mark.parametrize("name", sorted(BREAKING))
def test_breaking_rule(reports: dict[str, DiffReport], name: str) -> None:
    report = reports[name]
    assert {c.rule: c.source for c in report.breaking} == BREAKING[name]
    assert len(report.breaking) == len(BREAKING[name])
    assert report.failed, "a breaking change without a major bump must fail"
    for change in report.breaking:
        assert change.message
        assert change.id == f"{change.rule}:{change.pointer}"


@pytest.mark.parametrize("name", sorted(NOT_BREAKING))
def test_not_breaking_rule(reports: dict[str, DiffReport], name: str) -> None:
    report = reports[name]
    assert not report.breaking
    assert not report.failed
    assert [c.rule for c in report.api_changes] == [NOT_BREAKING[name]]


def test_parameter_move_detail(reports: dict[str, DiffReport]) -> None:
    (change,) = reports["parameter-moved"].breaking
    assert "header" in change.message
    assert change.operation == "GET /items"
    assert change.affects == ("listItems",)


def test_python_rules_name_what_moves(reports: dict[str, DiffReport]) -> None:
    (tag,) = reports["operation-tag-changed"].breaking
    assert "np6.api.item" in tag.message and "np6.api.thing" in tag.message
    (schema,) = reports["schema-removed"].breaking
    assert schema.pointer == "#/components/schemas/Item"
    assert schema.affects == ("createItem", "listItems")
    (fmt,) = reports["format-retyped"].breaking
    assert "datetime.datetime" in fmt.message
    (security,) = reports["security-requirement-removed"].breaking
    assert "to none" in security.message


def test_response_enum_gaining_a_value_is_explained(reports: dict[str, DiffReport]) -> None:
    report = reports["response-enum-value-added"]
    (change,) = report.api_changes
    assert "open" in change.note
    assert OPEN_ENUM_NOTE in report.markdown()
    assert report.as_json()["notes"] == [OPEN_ENUM_NOTE]


def test_error_response_removal_is_explained(reports: dict[str, DiffReport]) -> None:
    (change,) = reports["error-response-removed"].api_changes
    assert change.source == "redocly+python"
    assert "404" in change.note


def test_moving_parameters_to_the_path_item_breaks_nothing(reports: dict[str, DiffReport]) -> None:
    report = reports["parameter-to-path-item"]
    assert not report.breaking
    assert [c.message for c in report.api_changes] == ["Parameters `limit` (query) of POST /items added."]


def test_documentation_change_is_not_an_api_change(reports: dict[str, DiffReport]) -> None:
    report = reports["description-changed"]
    assert not report.breaking and not report.api_changes
    (change,) = report.documentation
    assert "description" in change.message
    assert "Documentation changes" in report.markdown()


def test_major_version_bump_accepts_breaking_changes(reports: dict[str, DiffReport]) -> None:
    major, minor = reports["major-version-bump"], reports["minor-version-bump"]
    assert [c.rule for c in major.breaking] == ["operation-removed"]
    assert major.major_bump and not major.failed
    assert [c.rule for c in minor.breaking] == ["operation-removed"]
    assert not minor.major_bump and minor.failed
    assert "accepted" in major.markdown()
    assert "Not accepted" in minor.markdown()


def test_allowlist_accepts_a_reviewed_change(tmp_path: Path) -> None:
    allow = tmp_path / "allow.yaml"
    change_id = "operation-removed:#/paths/~1items/post"
    allow.write_text(
        yaml.safe_dump(
            {
                "allow": [
                    {"id": change_id, "reason": "NP6 withdrew it; announced."},
                    {"id": "operation-removed:#/paths/~1gone/get", "reason": "stale"},
                ]
            }
        ),
        encoding="utf-8",
    )
    report = compare(*_pair("operation-removed"), allowlist=load_allowlist(allow))
    assert not report.breaking and not report.failed
    (allowed,) = report.allowed
    assert allowed.id == change_id and allowed.allowed == "NP6 withdrew it; announced."
    assert report.unused_allowlist == ["operation-removed:#/paths/~1gone/get"]
    assert "unused allow-list entry" in report.markdown()


def test_allowlist_entry_needs_a_reason(tmp_path: Path) -> None:
    allow = tmp_path / "allow.yaml"
    allow.write_text("allow:\n  - id: 'operation-removed:#/paths/~1items/post'\n", encoding="utf-8")
    with pytest.raises(DiffError, match="reason"):
        load_allowlist(allow)


def test_project_allowlist_is_valid() -> None:
    assert isinstance(load_allowlist(ROOT / "spec" / "diff-allowlist.yaml"), dict)


def test_real_spec_against_itself_is_empty() -> None:
    report = compare(bundle(ROOT / "spec").document, bundle(ROOT / "spec").document)
    assert report.changes == []
    assert not report.failed
    assert report.as_json()["summary"] == {"breaking": 0, "allowed": 0, "non_breaking": 0, "documentation": 0}
    assert "No changes." in report.markdown()


def test_report_json_is_serialisable(reports: dict[str, DiffReport]) -> None:
    data = json.loads(json.dumps(reports["union-member-removed"].as_json()))
    assert data["failed"] is True
    assert {c["rule"] for c in data["changes"]} == {"union-member-removed", "discriminator-mapping-removed"}
    assert all(c["breaking"] for c in data["changes"])


def test_missing_redocly_is_an_error() -> None:
    with pytest.raises(DiffError, match="Redocly"):
        compare(*_pair("operation-removed"), redocly=Path("/nonexistent/redocly"))


# --------------------------------------------------------------------------- git base


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args], cwd=repo, check=True, capture_output=True
    )


@pytest.fixture
def spec_repo(tmp_path: Path) -> Iterator[Path]:
    """A git repository whose only commit holds the bump fixture spec."""
    repo = tmp_path / "repo"
    shutil.copytree(BUMP_SPEC, repo / "spec")
    _git(repo, "init", "-q")
    _git(repo, "add", "spec")
    _git(repo, "commit", "-q", "-m", "spec 1.0.0")
    yield repo


def test_default_base_falls_back_to_head_without_parent(spec_repo: Path) -> None:
    base = base_spec(None, spec_repo / "spec")
    assert base.label.startswith("HEAD (")
    assert "compared with HEAD" in base.note
    assert base.document["info"]["version"] == "1.0.0"


def test_default_base_is_previous_commit(spec_repo: Path) -> None:
    paths_file = spec_repo / "spec" / "paths" / "thing.yaml"
    paths_file.write_text(paths_file.read_text().replace("getThing", "fetchThing"), encoding="utf-8")
    _git(spec_repo, "commit", "-q", "-am", "rename")
    base = base_spec(None, spec_repo / "spec")
    assert base.label.startswith("HEAD~1 (") and not base.note
    assert base.document["paths"]["/things/{id}"]["get"]["operationId"] == "getThing"
    with pytest.raises(DiffError, match="unknown git ref"):
        base_spec("no-such-ref", spec_repo / "spec")


def test_cli_diff_exit_status(spec_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = spec_repo / "spec"
    assert main(["--spec", str(spec), "diff", "--base", "HEAD"]) == 0
    assert "No changes." in capsys.readouterr().out

    paths_file = spec / "paths" / "thing.yaml"
    paths_file.write_text(paths_file.read_text().replace("getThing", "fetchThing"), encoding="utf-8")
    assert main(["--spec", str(spec), "diff", "--base", "HEAD", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert [c["id"] for c in data["changes"] if c["breaking"]] == [
        "operation-id-changed:#/paths/~1things~1{id}/get/operationId"
    ]

    (spec / "diff-allowlist.yaml").write_text(
        "allow:\n  - id: 'operation-id-changed:#/paths/~1things~1{id}/get/operationId'\n    reason: reviewed\n",
        encoding="utf-8",
    )
    assert main(["--spec", str(spec), "diff", "--base", "HEAD"]) == 0
    assert "**Allowed:** reviewed" in capsys.readouterr().out


def test_cli_write_changelog(spec_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = spec_repo / "spec"
    args = ["--spec", str(spec), "diff", "--base", "HEAD", "--write-changelog"]
    assert main(args) == 2  # no version bump: nothing to write
    assert "bump it first" in capsys.readouterr().err
    root = spec / "openapi.yaml"
    root.write_text(root.read_text().replace("version: 1.0.0", "version: 2.0.0"), encoding="utf-8")
    paths_file = spec / "paths" / "thing.yaml"
    paths_file.write_text(paths_file.read_text().replace("getThing", "fetchThing"), encoding="utf-8")
    assert main(args) == 0  # breaking, but the major version went up
    _, entries = changelog.parse((spec / "CHANGELOG.md").read_text(encoding="utf-8"))
    assert [e.version for e in entries] == ["2.0.0", "1.0.0"]
    assert "'getThing' to 'fetchThing'" in entries[0].text


# --------------------------------------------------------------------------- versioned regeneration


def test_version_bump_updates_package_version_and_changelog(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    spec = repo / "spec"
    shutil.copytree(BUMP_SPEC, spec)
    paths = Paths(spec=spec, output=repo / "generated")
    regenerate(paths)
    first = (paths.output / "CHANGELOG.md").read_text(encoding="utf-8")
    assert first == changelog.HEADER + (spec / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## 2.0.0" not in first
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "1.0.0")

    # Bump with a breaking change: the entry is the diff against the previous generation.
    root = spec / "openapi.yaml"
    root.write_text(root.read_text().replace("version: 1.0.0", "version: 2.0.0"), encoding="utf-8")
    ops = spec / "paths" / "thing.yaml"
    ops.write_text(ops.read_text().replace("getThing", "fetchThing"), encoding="utf-8")
    regenerate(paths)
    assert 'version = "2.0.0"' in (paths.output / "pyproject.toml").read_text(encoding="utf-8")
    assert '__version__ = "2.0.0"' in (paths.output / "np6" / "_version.py").read_text(encoding="utf-8")
    _, entries = changelog.parse((spec / "CHANGELOG.md").read_text(encoding="utf-8"))
    assert [e.version for e in entries] == ["2.0.0", "1.0.0"]
    assert entries[0].base == "1.0.0" and entries[1].base is None
    assert "### Breaking changes" in entries[0].text
    assert "`np6.api.thing.fetch_thing` (GET /things/{id})" in entries[0].text
    assert "'getThing' to 'fetchThing'" in entries[0].text
    assert "green" not in entries[0].text

    # A later edit at the same version refreshes the entry from the committed 1.0.0 generation.
    schemas = spec / "components" / "thing.yaml"
    schemas.write_text(schemas.read_text().replace("enum: [red, blue]", "enum: [red, blue, green]"), encoding="utf-8")
    regenerate(paths)
    source = (spec / "CHANGELOG.md").read_text(encoding="utf-8")
    _, entries = changelog.parse(source)
    assert [e.version for e in entries] == ["2.0.0", "1.0.0"]
    assert "'getThing' to 'fetchThing'" in entries[0].text
    assert "gained values: 'green'" in entries[0].text
    generated = (paths.output / "CHANGELOG.md").read_text(encoding="utf-8")
    assert generated == changelog.HEADER + source

    # Same inputs, same bytes: recording again changes nothing, and check() agrees with generated/.
    bundled = bundle(spec).document
    assert not changelog.record(spec, bundled, paths.output / "np6" / "openapi.yaml")
    assert (spec / "CHANGELOG.md").read_text(encoding="utf-8") == source
    assert check(paths) == []


def test_changelog_entry_is_deterministic() -> None:
    base, revision = _pair("operation-id-changed")
    revision["info"]["version"] = "2.0.0"
    first = changelog.entry_text("2.0.0", compare(base, revision), base, revision)
    second = changelog.entry_text("2.0.0", compare(base, revision), base, revision)
    assert first == second
    assert first.startswith("## 2.0.0\n\n<!-- np6-changelog: diff from 1.0.0 -->\n")
    assert "`np6.api.item.list_all_items` (GET /items)" in first


def test_hand_written_entry_is_kept(tmp_path: Path) -> None:
    spec = tmp_path / "spec"
    spec.mkdir()
    text = "# Changelog\n\n## 2.0.0\n\nWritten by hand.\n\n## 1.0.0\n\nFirst.\n"
    (spec / "CHANGELOG.md").write_text(text, encoding="utf-8")
    base, revision = _pair("operation-id-changed")
    revision["info"]["version"] = "2.0.0"
    previous = tmp_path / "openapi.yaml"
    previous.write_text(yaml.safe_dump(base), encoding="utf-8")
    assert not changelog.record(spec, revision, previous, repo=tmp_path)
    assert (spec / "CHANGELOG.md").read_text(encoding="utf-8") == text


# --------------------------------------------------------------------------- conformance


def test_normalise_ignores_parameter_names() -> None:
    assert normalise("/things/{thingId}/") == normalise("/things/{id}") == "/things/{}"


def test_conformance_with_a_vendor_bundle() -> None:
    report = conformance(bundle(BUMP_SPEC).document, load_upstream(UPSTREAM))
    assert report.common == 1
    assert [o.label for o in report.missing] == ["POST /things"]
    assert [o.label for o in report.extra] == ["GET /things"]
    assert list(report.differences) == ["GET /things/{id}"]
    rules = {c.rule for c in report.differences["GET /things/{id}"]}
    assert {"property-removed", "parameter-removed", "parameter-became-required"} <= rules
    assert report.schemas_missing == ["ThingDto"]


def test_cli_conformance_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--spec", str(BUMP_SPEC), "conformance", str(UPSTREAM), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["summary"]["missing_from_ours"] == 1
    assert data["missing_from_ours"][0]["path"] == "/things"
    assert data["only_in_ours"][0]["operationId"] == "listThings"


def test_an_allowlist_with_a_duplicate_key_is_an_error(tmp_path: Path) -> None:
    allowlist = tmp_path / "diff-allowlist.yaml"
    allowlist.write_text(
        "allow:\n  - id: a\n    reason: first\nallow:\n  - id: b\n    reason: second\n", encoding="utf-8"
    )
    with pytest.raises(DiffError, match=r"diff-allowlist\.yaml:4:1: invalid YAML: found duplicate key 'allow'"):
        load_allowlist(allowlist)


# --------------------------------------------------------------------------- rule functions (no Redocly)


def _spec(operation: dict[str, Any] | None = None, schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    document: dict[str, Any] = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}
    if operation is not None:
        document["paths"]["/items"] = {"get": {"operationId": "listItems", "responses": {}, **operation}}
    if schemas is not None:
        document["components"] = {"schemas": schemas}
    return document


def _redocly_change(rule: str, ptr: str) -> Change:
    return Change(
        rule=rule, source="redocly", kind="removed", section="response", pointer=ptr, message="m", breaking=True
    )


def test_every_rule_is_registered_and_says_what_it_detects() -> None:
    assert list(RULES) == [
        security_changed,
        tag_changed,
        schema_removed,
        discriminator_mapping_changed,
        union_member_removed,
    ]
    assert list(RECLASSIFICATIONS) == [enum_values_added, error_response_removed, format_retyped]
    assert all((rule.__doc__ or "").strip() for rule in (*RULES, *RECLASSIFICATIONS))


def test_security_rule() -> None:
    keyed, anonymous = _spec({"security": [{"XKey": []}]}), _spec({"security": []})
    (removed,) = security_changed(keyed, anonymous)
    assert removed.change.rule == "security-requirement-removed" and removed.change.affects == ("listItems",)
    assert removed.change.message == "Security changed from XKey to none."
    assert removed.scopes == ("#/paths/~1items/get/security",)
    inherited = {**_spec({}), "security": [{"XKey": []}]}
    (added,) = security_changed(_spec({}), inherited)
    assert added.change.rule == "security-requirement-added"
    assert added.scopes == ("#/paths/~1items/get/security", "#/security")
    assert list(security_changed(keyed, keyed)) == []


def test_tag_rule() -> None:
    (finding,) = tag_changed(_spec({"tags": ["item", "a"]}), _spec({"tags": ["thing"]}))
    assert finding.change.rule == "operation-tag-changed" and finding.change.pointer == "#/paths/~1items/get/tags"
    assert "np6.api.item to np6.api.thing" in finding.change.message
    assert list(tag_changed(_spec({"tags": ["item", "a"]}), _spec({"tags": ["item", "b"]}))) == []


def test_schema_removed_rule_only_counts_python_classes() -> None:
    base = _spec(schemas={"Item": {"type": "object"}, "Colour": {"enum": ["red"]}, "Name": {"type": "string"}})
    findings = list(schema_removed(base, _spec(schemas={"Item": {"type": "object"}})))
    assert [f.change.pointer for f in findings] == ["#/components/schemas/Colour"]


def test_discriminator_mapping_rule() -> None:
    def union(mapping: dict[str, str]) -> dict[str, Any]:
        return _spec(schemas={"Pet": {"oneOf": [], "discriminator": {"propertyName": "kind", "mapping": mapping}}})

    findings = list(
        discriminator_mapping_changed(union({"cat": "#/c/Cat", "dog": "#/c/Dog"}), union({"cat": "#/c/Lion"}))
    )
    assert [(f.change.rule, f.change.pointer.rsplit("/", 1)[-1]) for f in findings] == [
        ("discriminator-mapping-changed", "cat"),
        ("discriminator-mapping-removed", "dog"),
    ]
    assert findings[0].change.message == (
        "Discriminator value 'cat' now maps to #/c/Lion (was #/c/Cat) at components > schemas > Pet."
    )


def test_union_member_rule() -> None:
    def union(*refs: str) -> dict[str, Any]:
        return _spec(schemas={"Pet": {"anyOf": [{"$ref": r} for r in refs] + [{"type": "string"}]}})

    (finding,) = union_member_removed(union("#/c/Cat", "#/c/Dog"), union("#/c/Dog"))
    assert finding.change.pointer == "#/components/schemas/Pet/anyOf/0"
    assert finding.redundant_with == frozenset({"schema-combinator-changed"})
    assert list(union_member_removed(union("#/c/Cat"), union("#/c/Cat", "#/c/Dog"))) == []


def test_reclassifications() -> None:
    document = _spec()
    noted = enum_values_added(_redocly_change("enum-values-added", "#/x"), None, document, document)
    assert noted is not None and "open" in noted.note
    assert enum_values_added(_redocly_change("enum-values-removed", "#/x"), None, document, document) is None
    error = error_response_removed(_redocly_change("response-removed", "#/p/responses/4XX"), None, document, document)
    assert error is not None and not error.breaking and error.source == "redocly+python"
    success = _redocly_change("response-removed", "#/p/responses/201")
    assert error_response_removed(success, None, document, document) is None


def test_format_retyped_rule() -> None:
    def with_format(fmt: str | None) -> dict[str, Any]:
        return _spec(schemas={"When": {"type": "string", **({"format": fmt} if fmt else {})}})

    def raw(old: str | None, new: str | None) -> dict[str, Any]:
        ptr = "#/components/schemas/When/format"
        sides = {"base": {"pointer": ptr, "value": old}, "revision": {"pointer": ptr, "value": new}}
        return {"property": "format", "typeName": "Schema", "path": ptr, **sides}

    change = _redocly_change("schema-constraint-changed", "#/components/schemas/When/format")
    retyped = format_retyped(change, raw("date-time", None), with_format("date-time"), with_format(None))
    assert retyped is not None and retyped.rule == "format-retyped" and retyped.breaking
    assert "from datetime.datetime to str" in retyped.message
    assert format_retyped(change, raw("email", "hostname"), with_format("email"), with_format("hostname")) is None
