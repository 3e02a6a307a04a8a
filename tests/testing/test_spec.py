"""np6.testing's reading of the bundled spec (np6/testing/_spec.py): the shipped JSON copy, the
operation names, the routes, the documented answers."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re

import yaml

import np6.api
from np6 import testing
from np6._operations import Operation
from np6.testing._spec import bundled_document, bundled_spec, snake_case
from tests.runtime_fixture import REPO

PACKAGE = REPO / "generated" / "np6"


def test_the_json_copy_is_the_bundled_yaml() -> None:
    shipped = yaml.safe_load((PACKAGE / "openapi.yaml").read_text(encoding="utf-8"))
    assert json.loads((PACKAGE / "openapi.json").read_text(encoding="utf-8")) == shipped
    assert bundled_document() == shipped
    assert "openapi.json" in (REPO / "generated" / "pyproject.toml").read_text(encoding="utf-8")


def test_every_operation_name_is_its_generated_module() -> None:
    modules: dict[str, Operation] = {}
    for info in pkgutil.walk_packages(np6.api.__path__, prefix="np6.api."):
        if not info.ispkg and info.name.count(".") == 3:
            modules[info.name.rsplit(".", 1)[1]] = importlib.import_module(info.name).OPERATION
    spec = bundled_spec()
    assert len(spec.operations) == len(modules) == 123
    for op in spec.operations:
        generated = modules[op.name]
        assert (generated.id, generated.method) == (op.name, op.method)
        assert _shape(generated.path) == _shape(op.template)  # the generated names are Python's ({target_id})
        assert generated.authenticated == op.authenticated
        assert spec.find(op.operation_id) is spec.find(op.name) is op
    assert snake_case("listAllActionMirrorHitReactivities") == "list_all_action_mirror_hit_reactivities"


def _shape(template: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", template)


def test_literal_routes_win_over_templated_ones() -> None:
    spec = bundled_spec()
    assert spec.match("GET", "/targets/count")[0] is spec.find("countTargets")
    assert spec.match("GET", "/targets/000T1")[0] is spec.find("getTarget")
    op, values, _ = spec.match("GET", "/targets/a%2Fb")
    assert op is spec.find("getTarget") and values == {"id": "a/b"}
    assert spec.match("GET", "/targets/a/b/c")[0] is None
    assert spec.match("GET", "/segments/")[0] is None


def test_every_documented_answer_is_valid_under_its_response_schema() -> None:
    spec = bundled_spec()
    invalid = []
    for op in spec.operations:
        documented = op.documented
        if documented.body is None:
            continue
        assert documented.media_type is not None
        media = op.responses[str(documented.status)]["content"][documented.media_type]
        problems = spec.validator.check(documented.body, media.get("schema"), "answer")
        if problems:
            invalid.append(f"{op}: {'; '.join(map(str, problems))}")
    assert invalid == []


def test_unknown_names_suggest_the_close_ones() -> None:
    offline = testing.OfflineNP6()
    try:
        offline.answer("listSegment", status=200)
    except KeyError as exc:
        assert "listSegments" in str(exc)
    else:
        raise AssertionError("an unknown operation was accepted")
