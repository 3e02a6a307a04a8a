"""np6.testing's schema checks (np6/testing/_schema.py) on small schemas: each keyword it covers."""

from __future__ import annotations

from typing import Any

import pytest

from np6.testing import Problem
from np6.testing._schema import Validator, describe, excerpt

SCHEMAS: dict[str, Any] = {
    "Cat": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string", "enum": ["Cat"]}}},
    "Dog": {
        "type": "object",
        "required": ["kind", "bark"],
        "properties": {"kind": {"type": "string"}, "bark": {"type": "boolean"}},
    },
    "Pet": {"oneOf": [{"$ref": "#/Cat"}, {"$ref": "#/Dog"}], "discriminator": {"propertyName": "kind"}},
}


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = SCHEMAS[node["$ref"].removeprefix("#/components/schemas/").removeprefix("#/")]
    return node


def check(value: object, schema: object) -> list[tuple[str, str]]:
    return [(p.where, p.message) for p in Validator(_resolve).check(value, schema, "body")]


def test_types_and_null() -> None:
    assert check(1, {"type": "string"}) == [("body", "expected a string, got an integer (1)")]
    assert check(True, {"type": "integer"}) == [("body", "expected an integer, got a boolean (true)")]
    assert check(2.0, {"type": "integer"}) == []
    assert check(None, {"type": "string"}) == [("body", "null is not allowed here")]
    assert check(None, {"type": "string", "nullable": True}) == []
    assert check(None, {}) == []
    assert check({"a": 1}, {"type": "array"}) == [("body", "expected an array, got an object")]


def test_enums_compare_as_json() -> None:
    assert check(1, {"enum": [True]}) != []
    assert check(True, {"enum": [True]}) == []
    assert check("c", {"type": "string", "enum": ["a", "b"]}) == [
        ("body", "'c' is not one of the allowed values ('a', 'b')")
    ]


def test_formats_and_bounds() -> None:
    assert check("2024-05-01T12:00:00Z", {"type": "string", "format": "date-time"}) == []
    assert check("2024-05-01T12:00:00.123+02:00", {"type": "string", "format": "date-time"}) == []
    assert check("2024-13-01T12:00:00Z", {"type": "string", "format": "date-time"}) != []
    assert check("yesterday", {"type": "string", "format": "date-time"}) != []
    assert check("2024-05-01", {"type": "string", "format": "date"}) == []
    assert check("8b898373-21c7-4028-b85f-cc5068e68df9", {"type": "string", "format": "uuid"}) == []
    assert check("8b898373", {"type": "string", "format": "uuid"}) != []
    assert check(2**31, {"type": "integer", "format": "int32"}) == [("body", "2147483648 is out of the int32 range")]
    assert check(5, {"type": "integer", "minimum": 6}) != []
    assert check("ab", {"type": "string", "minLength": 3}) != []
    assert check("ab", {"type": "string", "pattern": "^a"}) == []


def test_objects() -> None:
    schema = {
        "type": "object",
        "required": ["id"],
        "properties": {"id": {"type": "integer"}, "tags": {"type": "array", "items": {"type": "string"}}},
    }
    assert check({"tags": ["a", 1]}, schema) == [
        ("body.id", "required, missing"),
        ("body.tags[1]", "expected a string, got an integer (1)"),
    ]
    assert check({"id": 1, "x": 1}, {**schema, "additionalProperties": False}) == [
        ("body.x", "unknown property (the properties: id, tags)")
    ]
    assert check({"Email Address": 1}, {"type": "object", "additionalProperties": {"type": "string"}}) == [
        ("body['Email Address']", "expected a string, got an integer (1)")
    ]
    assert check({}, {"type": "object", "minProperties": 1}) == [("body", "0 properties, at least 1 expected")]


def test_arrays() -> None:
    assert check([], {"type": "array", "minItems": 1}) == [("body", "0 items, at least 1 expected")]
    assert check([1, 2, 3], {"type": "array", "maxItems": 2}) == [("body", "3 items, at most 2 allowed")]
    assert check([1, 1], {"type": "array", "uniqueItems": True}) == [("body", "items repeat, they must be unique")]


def test_discriminated_alternatives_use_the_mapping_or_the_schema_names() -> None:
    assert check({"kind": "Cat"}, {"$ref": "#/Pet"}) == []
    assert check({"kind": "Dog"}, {"$ref": "#/Pet"}) == [("body.bark", "required, missing")]
    assert check({"kind": "Cow"}, {"$ref": "#/Pet"}) == [
        ("body.kind", "unknown kind 'Cow': expected one of 'Cat', 'Dog'")
    ]
    assert check({}, {"$ref": "#/Pet"}) == [
        ("body", "missing 'kind', which says which kind it is (one of 'Cat', 'Dog')")
    ]
    mapped = {
        "oneOf": [{"$ref": "#/Cat"}],
        "discriminator": {"propertyName": "kind", "mapping": {"cat": "Cat"}},
    }
    assert check({"kind": "cat"}, mapped) == [("body.kind", "'cat' is not one of the allowed values ('Cat')")]


def test_alternatives_without_a_discriminator_need_one_match() -> None:
    instant = {"oneOf": [{"type": "string", "format": "date-time"}, {"type": "integer"}]}
    assert check(5, instant) == []
    assert check("2024-05-01T00:00:00Z", instant) == []
    found = check(True, instant)
    assert found[0] == ("body", "matches none of its 2 alternatives (string (date-time), integer)")


def test_all_of_checks_every_part() -> None:
    schema = {"allOf": [{"$ref": "#/Cat"}, {"type": "object", "required": ["name"]}]}
    assert check({"kind": "Cat"}, schema) == [("body.name", "required, missing")]


def test_parameter_text() -> None:
    validator = Validator(_resolve)
    integer = {"type": "integer", "format": "int32"}
    assert validator.check_text("41", integer, "path parameter id") == []
    assert validator.check_text("4x", integer, "path parameter id") == [
        Problem("path parameter id", "expected an integer, got '4x'")
    ]
    assert validator.check_text("yes", {"type": "boolean"}, "q")[0].message == "expected true or false, got 'yes'"
    assert validator.check_text("1.5", {"type": "number"}, "q") == []
    assert validator.check_text("", {"type": "string", "format": "date-time", "nullable": True}, "q") == []


def test_problems_are_capped_and_values_cut() -> None:
    found = Validator(_resolve, limit=3).check([1] * 10, {"type": "array", "items": {"type": "string"}}, "body")
    assert len(found) == 3
    assert len(excerpt("x" * 500)) == 40
    assert describe([1]) == "an array of 1 item" and describe({}) == "an object"


@pytest.mark.parametrize("depth", [10, 100])
def test_a_schema_referring_to_itself_ends(depth: int) -> None:
    SCHEMAS["Node"] = {"type": "object", "properties": {"next": {"$ref": "#/Node"}}}
    value: dict[str, Any] = {}
    for _ in range(depth):
        value = {"next": value}
    assert check(value, {"$ref": "#/Node"}) == []
