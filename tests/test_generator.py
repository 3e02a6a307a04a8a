"""The generator: bundling, located errors, atomic regeneration, determinism."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.bundle import SpecError, bundle
from generator.generate import Paths, differences, load_valid_spec, regenerate, render

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def spec_copy(tmp_path: Path) -> Path:
    target = tmp_path / "spec"
    shutil.copytree(REPO / "spec", target)
    return target


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_bundle_applies_security_and_shared_responses() -> None:
    result = bundle(REPO / "spec")
    operations = list(result.operations())
    assert operations, "the spec has operations"
    for path, method, operation in operations:
        if operation.get("security") == []:
            continue  # documented as served without a key
        assert operation["security"] == [{"XKey": []}], f"{method} {path} is not secured by X-Key"
        assert operation["responses"]["401"] == {"$ref": "#/components/responses/Unauthorized"}
        assert "429" in operation["responses"]


def test_duplicate_schema_names_both_files(spec_copy: Path) -> None:
    (spec_copy / "components" / "zz_duplicate.yaml").write_text(
        "schemas:\n  Segment:\n    type: object\n", encoding="utf-8"
    )
    with pytest.raises(SpecError) as info:
        bundle(spec_copy)
    message = str(info.value)
    assert "zz_duplicate.yaml:2:3" in message
    assert "segment.yaml" in message
    assert "'Segment' is already defined" in message


def test_duplicate_yaml_key_is_an_error(spec_copy: Path) -> None:
    (spec_copy / "components" / "zz_keys.yaml").write_text(
        "schemas:\n  A:\n    type: object\n  A:\n    type: string\n", encoding="utf-8"
    )
    with pytest.raises(SpecError, match=r"zz_keys\.yaml:4:3: invalid YAML: found duplicate key 'A'"):
        bundle(spec_copy)


def test_invalid_yaml_fails_with_location_and_leaves_output_untouched(spec_copy: Path, tmp_path: Path) -> None:
    output = tmp_path / "generated"
    shutil.copytree(REPO / "generated", output, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    before = _snapshot(output)
    broken = spec_copy / "paths" / "segment.yaml"
    lines = broken.read_text(encoding="utf-8").count("\n")
    with broken.open("a", encoding="utf-8") as handle:
        handle.write("  bad: [unclosed\n")
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "--spec", str(spec_copy), "--output", str(output), "regenerate"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert f"segment.yaml:{lines + 2}:" in proc.stderr, proc.stderr
    assert "invalid YAML" in proc.stderr
    assert "left unchanged" in proc.stderr
    assert _snapshot(output) == before


def test_schema_error_is_located_in_its_source_file(spec_copy: Path, tmp_path: Path) -> None:
    path = spec_copy / "paths" / "field.yaml"
    text = path.read_text(encoding="utf-8").replace("operationId: getField", "operationId: GetField", 1)
    path.write_text(text, encoding="utf-8")
    output = tmp_path / "out"
    with pytest.raises(SpecError) as info:
        regenerate(Paths(spec=spec_copy, output=output))
    assert "field.yaml:" in str(info.value)
    assert "lowerCamelCase" in str(info.value)
    assert not output.exists()


def test_example_not_matching_schema_is_reported(spec_copy: Path, tmp_path: Path) -> None:
    path = spec_copy / "paths" / "enumeration.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "example: {id: 25, name: Civility", "example: {id: x, name: Civility"
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SpecError) as info:
        regenerate(Paths(spec=spec_copy, output=tmp_path / "out"))
    assert "enumeration.yaml:" in str(info.value)
    assert "example does not match its schema at id" in str(info.value)


def test_two_renders_are_byte_identical(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    render(Paths(), first)
    render(Paths(), second)
    assert differences(first, second) == []
    assert _snapshot(first) == _snapshot(second)


def test_regenerate_replaces_output_atomically(tmp_path: Path) -> None:
    output = tmp_path / "generated"
    output.mkdir()
    (output / "stale.py").write_text("old = True\n", encoding="utf-8")
    regenerate(Paths(output=output))
    assert not (output / "stale.py").exists()
    assert (output / "np6" / "client.py").is_file()
    # no staging directory is left behind
    assert sorted(p.name for p in tmp_path.iterdir()) == [".regenerate.lock", "generated"]


def test_dump_quotes_strings_a_yaml_1_2_reader_would_retype() -> None:
    import yaml

    from generator.bundle import dump

    values = ["028", "1e3", "0o17", "on", "null", "12_000", "+1", "abc", "0x1F", ".5"]
    text = dump({"v": values})
    assert yaml.safe_load(text) == {"v": values}
    for value in values:
        if value != "abc":
            assert f"'{value}'" in text, value
    assert "- abc" in text


def test_content_type_header_parameter_is_refused(spec_copy: Path, tmp_path: Path) -> None:
    path = spec_copy / "paths" / "field.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "      operationId: getField\n",
        "      operationId: getField\n"
        "      parameters:\n"
        "        - {name: Content-Type, in: header, schema: {type: string}}\n",
        1,
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SpecError) as info:
        regenerate(Paths(spec=spec_copy, output=tmp_path / "out"))
    assert "field.yaml:" in str(info.value)
    assert "header parameter 'Content-Type' is not allowed" in str(info.value)


# --- every spec error is one located line (issue 12, defect 8) -----------------------------------


def _edit(file: Path, old: str, new: str) -> str:
    """Replace the first ``old`` of ``file`` by ``new``; the new text."""
    text = file.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {file}"
    text = text.replace(old, new, 1)
    file.write_text(text, encoding="utf-8")
    return text


def _where(file: Path, text: str, needle: str) -> str:
    """``file:line:column`` of the first ``needle`` in ``text`` (1-based, as SpecError prints)."""
    before = text[: text.index(needle)]
    line = before.count("\n") + 1
    column = len(before) - (before.rfind("\n") + 1) + 1
    return f"{file}:{line}:{column}"


def _failed_regeneration(spec: Path, tmp_path: Path) -> list[str]:
    """Regenerate a copy of generated/ from a broken spec: the error lines (output left untouched)."""
    output = tmp_path / "generated"
    shutil.copytree(REPO / "generated", output, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    before = _snapshot(output)
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "--spec", str(spec), "--output", str(output), "regenerate"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2, proc.stderr[-3000:]
    assert _snapshot(output) == before
    assert "Traceback" not in proc.stderr
    header, *errors = proc.stderr.splitlines()
    assert "left unchanged" in header
    assert errors, proc.stderr
    for line in errors:  # one line per error, each located in a spec file, none dumping the spec
        assert line.startswith(f"{spec}/"), line
        assert ".yaml:" in line, line
        assert len(line) < 500, line
    return errors


def test_dangling_schema_ref_is_located_and_leaves_output_untouched(spec_copy: Path, tmp_path: Path) -> None:
    file = spec_copy / "paths" / "field.yaml"
    text = _edit(file, "$ref: '#/components/schemas/FieldInput'", "$ref: '#/components/schemas/Nope'")
    errors = _failed_regeneration(spec_copy, tmp_path)
    assert len(errors) == 1, errors
    where = _where(file, text, "$ref: '#/components/schemas/Nope'")
    assert errors[0].startswith(f"{where}: $ref '#/components/schemas/Nope' does not resolve (no schemas/Nope)")


def test_dangling_parameter_ref_is_located(spec_copy: Path, tmp_path: Path) -> None:
    file = spec_copy / "paths" / "field.yaml"
    text = _edit(file, "$ref: '#/components/parameters/FieldId'", "$ref: '#/components/parameters/Nope'")
    errors = _failed_regeneration(spec_copy, tmp_path)
    assert len(errors) == 1, errors
    where = _where(file, text, "$ref: '#/components/parameters/Nope'")
    assert errors[0].startswith(f"{where}: $ref '#/components/parameters/Nope' does not resolve (no parameters/Nope)")


def test_dangling_response_ref_is_located(spec_copy: Path, tmp_path: Path) -> None:
    file = spec_copy / "paths" / "field.yaml"
    text = _edit(file, "$ref: '#/components/responses/Conflict'", "$ref: '#/components/responses/Nope'")
    errors = _failed_regeneration(spec_copy, tmp_path)
    assert len(errors) == 1, errors
    where = _where(file, text, "$ref: '#/components/responses/Nope'")
    assert errors[0].startswith(f"{where}: $ref '#/components/responses/Nope' does not resolve (no responses/Nope)")


def test_duplicate_operation_id_names_both_places(spec_copy: Path, tmp_path: Path) -> None:
    file = spec_copy / "paths" / "segment.yaml"
    text = _edit(file, "operationId: listSegments", "operationId: listFields")
    first = spec_copy / "paths" / "field.yaml"
    first_where = _where(first, first.read_text(encoding="utf-8"), "operationId: listFields")
    errors = _failed_regeneration(spec_copy, tmp_path)
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"{_where(file, text, 'operationId: listFields')}: "), errors[0]
    assert "operationId 'listFields'" in errors[0]
    assert first_where in errors[0]


def test_path_variable_without_parameter_is_located(spec_copy: Path, tmp_path: Path) -> None:
    file = spec_copy / "paths" / "field.yaml"
    text = _edit(file, "  /fields:\n", "  /fields/{extra}:\n")
    errors = _failed_regeneration(spec_copy, tmp_path)
    # both operations of the path lack it; each is reported at its own method
    assert [line.split(": ", 1)[0] for line in errors] == [
        _where(file, text, "get:"),
        _where(file, text, "post:"),
    ], errors
    assert all("'extra'" in line and "/fields/{extra}" in line for line in errors), errors


def test_path_parameter_not_in_template_is_located(spec_copy: Path, tmp_path: Path) -> None:
    file = spec_copy / "paths" / "field.yaml"
    ghost = "{name: ghost, in: path, required: true, schema: {type: string}, example: x}"
    text = _edit(
        file,
        "      operationId: listFields\n",
        f"      operationId: listFields\n      parameters:\n        - {ghost}\n",
    )
    errors = _failed_regeneration(spec_copy, tmp_path)
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"{_where(file, text, ghost)}: "), errors[0]
    assert "'ghost'" in errors[0]
    assert "GET /fields" in errors[0]


def test_unquoted_status_code_is_located(spec_copy: Path, tmp_path: Path) -> None:
    # `409:` is an int key in YAML; openapi-spec-validator raised a TypeError on it
    file = spec_copy / "paths" / "field.yaml"
    text = _edit(file, "        '409':\n", "        409:\n")
    errors = _failed_regeneration(spec_copy, tmp_path)
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"{_where(file, text, '409:')}: key 409 is a YAML int, not a string"), errors[0]


def test_openapi_validator_check_is_located_through_references(spec_copy: Path, tmp_path: Path) -> None:
    # the validator reaches FieldConstraint through a $ref and reports its check without a path
    file = spec_copy / "components" / "field.yaml"
    text = _edit(
        file, "  FieldConstraint:\n    type: object\n", "  FieldConstraint:\n    type: object\n    default: 3\n"
    )
    errors = _failed_regeneration(spec_copy, tmp_path)
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"{_where(file, text, 'default: 3')}: 3 is not of type 'object'"), errors[0]


def test_openapi_validator_crash_is_a_located_error(spec_copy: Path, tmp_path: Path) -> None:
    # a parameter without a name: openapi-spec-validator's walk raises KeyError('name') on it
    file = spec_copy / "paths" / "field.yaml"
    text = _edit(
        file,
        "      operationId: listFields\n",
        "      operationId: listFields\n      parameters:\n        - {in: query, schema: {type: string}}\n",
    )
    errors = _failed_regeneration(spec_copy, tmp_path)
    places = {_where(file, text, "parameters:"), _where(file, text, "{in: query")}
    assert {line.split(": ", 1)[0] for line in errors} <= places, errors
    assert any("KeyError" in line for line in errors), errors


IDEMPOTENT = "      x-np6-idempotent: false\n"


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            ("      x-np6-idempotent: false\n", "      x-np6-idempotnet: false\n"),
            "unknown extension 'x-np6-idempotnet'",
        ),
        (
            ("      x-np6-idempotent: false\n", "      x-np6-idempotent: 'no'\n"),
            "x-np6-idempotent must be true or false",
        ),
    ],
)
def test_x_np6_extensions_are_checked(spec_copy: Path, edit: tuple[str, str], message: str) -> None:
    path = spec_copy / "paths" / "actionmanagement.yaml"
    text = path.read_text(encoding="utf-8")
    assert edit[0] in text
    line = text[: text.index(edit[0])].count("\n") + 1
    path.write_text(text.replace(edit[0], edit[1], 1), encoding="utf-8")
    with pytest.raises(SpecError) as info:
        load_valid_spec(Paths(spec=spec_copy), spec_copy.parent, lint=False)
    assert f"actionmanagement.yaml:{line}:" in str(info.value)
    assert message in str(info.value)


def test_an_extension_on_the_wrong_object_is_refused(spec_copy: Path) -> None:
    path = spec_copy / "openapi.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("info:\n", "info:\n  x-np6-idempotent: true\n", 1), encoding="utf-8")
    with pytest.raises(SpecError, match="x-np6-idempotent belongs on an operation object"):
        load_valid_spec(Paths(spec=spec_copy), spec_copy.parent, lint=False)


def test_a_oneof_of_objects_without_a_discriminator_is_refused(spec_copy: Path) -> None:
    path = spec_copy / "components" / "segment.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("    discriminator:\n", text.index("  Segment:\n"))
    block = text[start : text.index("  SegmentInput:\n", start)]
    assert "propertyName: type" in block
    path.write_text(text.replace(block, "", 1), encoding="utf-8")
    with pytest.raises(SpecError, match="a oneOf of objects needs a discriminator") as info:
        load_valid_spec(Paths(spec=spec_copy), spec_copy.parent, lint=False)
    assert "segment.yaml:" in str(info.value)


def test_a_member_missing_from_the_discriminator_mapping_is_refused(spec_copy: Path) -> None:
    path = spec_copy / "components" / "segment.yaml"
    text = path.read_text(encoding="utf-8")
    mapping = text[text.index("      mapping:\n", text.index("  Segment:\n")) :]
    line = next(line for line in mapping.split("\n")[1:] if "dynamic" in line)
    path.write_text(text.replace(line + "\n", "", 1), encoding="utf-8")
    with pytest.raises(SpecError, match="names no value for member '#/components/schemas/DynamicSegment'"):
        load_valid_spec(Paths(spec=spec_copy), spec_copy.parent, lint=False)
