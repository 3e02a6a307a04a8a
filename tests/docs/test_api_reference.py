"""The API reference (generated/API.md, generator/reference.py) lists every operation of the spec
once, as a user calls it, with the return type its function declares. (Its Python blocks run and
pass mypy --strict with the READMEs': tests/docs/test_readme_blocks.py.)"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
API = (REPO / "generated" / "API.md").read_text(encoding="utf-8")
SPEC = yaml.safe_load((REPO / "generated" / "np6" / "openapi.yaml").read_text(encoding="utf-8"))
ENTRY = re.compile(
    r"### `(?P<method_name>\w+)`: (?P<http>[A-Z]+) `(?P<path>[^`]+)`\n\n(?P<body>.*?)(?=\n### |\n## |\Z)", re.DOTALL
)
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def _entries() -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    for match in ENTRY.finditer(API):
        body = match["body"]
        operation = re.search(r"operationId `(\w+)`", body)
        module = re.search(r"Module: `np6\.api\.(\w+)\.(\w+)`", body)
        returns = re.search(r"Returns: `([^`]+)`", body)
        assert operation and module and returns, match.group(0)[:200]
        assert operation[1] not in found, f"{operation[1]} is listed twice"
        found[operation[1]] = {
            "http": match["http"],
            "path": match["path"],
            "module": f"{module[1]}.{module[2]}",
            "returns": returns[1],
            "body": body,
        }
    return found


def _spec_operations() -> dict[str, tuple[str, str, bool]]:
    return {
        op["operationId"]: (method.upper(), path, bool(op.get("deprecated")))
        for path, item in SPEC["paths"].items()
        for method, op in item.items()
        if method in METHODS
    }


def test_every_operation_is_listed_once_with_its_method_and_path() -> None:
    entries, operations = _entries(), _spec_operations()
    assert sorted(entries) == sorted(operations)
    for operation_id, (http, path, _) in operations.items():
        assert (entries[operation_id]["http"], entries[operation_id]["path"]) == (http, path), operation_id


def test_the_return_type_is_the_one_the_function_declares() -> None:
    for operation_id, entry in _entries().items():
        module = REPO / "generated" / "np6" / "api" / (entry["module"].replace(".", "/") + ".py")
        tree = ast.parse(module.read_text(encoding="utf-8"))
        sync = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "sync")
        assert sync.returns is not None
        assert ast.unparse(sync.returns) == entry["returns"], operation_id


def test_deprecated_and_non_idempotent_operations_are_marked() -> None:
    entries = _entries()
    for operation_id, (_, _, deprecated) in _spec_operations().items():
        assert ("**deprecated**" in entries[operation_id]["body"]) is deprecated, operation_id
    assert "not idempotent" in entries["sendActionMessage"]["body"]
    assert "not idempotent" not in entries["listSegments"]["body"]
