"""The generator: bundling, located errors, atomic regeneration, determinism."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.bundle import SpecError, bundle
from generator.generate import Paths, differences, regenerate, render

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
