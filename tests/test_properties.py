"""Property tests of every model class generated from the bundled spec.

The classes come from the spec: each object schema of ``components.schemas`` (the class
openapi-python-client names after it; ``<Name>Type0`` for a nullable one) and each inline object
schema of an operation's request body or response (``<OperationId>Body``,
``<OperationId>Response<code>``). For each, hypothesis draws JSON values from the schema itself
(the OAS 3.0 strategies of ``tests/contract/oas_strategies.py``, filtered through the schema's
validator) and checks that

* ``from_dict`` decodes the value and ``to_dict`` gives it back unchanged (date-times compared as
  instants): the model neither loses nor invents data, unknown properties included;
* the ``to_dict`` output is JSON and valid against the schema (openapi-schema-validator's
  ``OAS30Validator``, the spec's components embedded for ``$ref``);
* ``from_dict(to_dict(x)) == x``.

Every other class of ``np6.models`` (inline objects and enums of properties) must be reachable
from those through field annotations, so it is exercised inside its parent; enum schemas' classes
must have exactly the schema's values. A new schema is covered without touching this file; a
schema without its class, or a class no test reaches, fails.

Runs are derandomised (the same examples on every run, as CI needs); set
``NP6_HYPOTHESIS_EXAMPLES`` (default 20) and ``NP6_HYPOTHESIS_RANDOM=1`` to search wider locally.
"""

from __future__ import annotations

import copy
import functools
import inspect
import json
import os
import re
import typing
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_schema_validator import OAS30Validator

import np6.models
from tests.contract.oas_strategies import format_checker, from_oas
from tests.contract.spec_tools import class_name, component_schemas, normalise, operations
from tests.support.json_values import without_nulls

COMPONENTS = component_schemas()

PROFILE = settings(
    max_examples=int(os.environ.get("NP6_HYPOTHESIS_EXAMPLES", "20")),
    derandomize=os.environ.get("NP6_HYPOTHESIS_RANDOM") != "1",
    database=None,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)


def _is_model(schema: Any) -> bool:
    if not isinstance(schema, dict) or "enum" in schema or "$ref" in schema:
        return False
    if "oneOf" in schema or "anyOf" in schema:
        return False
    return schema.get("type") == "object" or "properties" in schema or "allOf" in schema


@dataclass(frozen=True, eq=False)
class ModelCase:
    label: str  # where the schema is: "Segment", or "executeCompilable.body"
    classes: tuple[str, ...]  # the class names it may have
    schema: Any = None  # inline schema (None: components.schemas[label])

    @property
    def json_schema(self) -> Any:
        return self.schema if self.schema is not None else {"$ref": f"#/components/schemas/{self.label}"}


def _component_cases() -> list[ModelCase]:
    result = []
    for name, schema in sorted(COMPONENTS.items()):
        if _is_model(schema):
            names = [class_name(name)]
            if schema.get("nullable") is True:
                names.append(f"{class_name(name)}Type0")
            result.append(ModelCase(name, tuple(names)))
    return result


def _inline_cases() -> list[ModelCase]:
    result = []
    for operation in operations():
        body = operation.request_body
        for media in ((body or {}).get("content") or {}).values():
            if _is_model(media.get("schema")):
                name = class_name(f"{operation.operation_id}Body")
                result.append(ModelCase(f"{operation.operation_id}.body", (name,), media["schema"]))
        for code, response in operation.responses.items():
            for media in (response.get("content") or {}).values():
                if _is_model(media.get("schema")):
                    name = class_name(f"{operation.operation_id}Response{code}")
                    result.append(ModelCase(f"{operation.operation_id}.{code}", (name,), media["schema"]))
    return result


CASES = _component_cases() + _inline_cases()
ENUMS = sorted(name for name, schema in COMPONENTS.items() if isinstance(schema, dict) and "enum" in schema)


def model_class(case: ModelCase) -> Any:
    for candidate in case.classes:
        cls = getattr(np6.models, candidate, None)
        if isinstance(cls, type):
            return cls
    raise AssertionError(f"{case.label} has no class np6.models.{' or '.join(case.classes)}")


@functools.cache
def _validator(case: ModelCase) -> Any:
    root = {**case.json_schema, "components": {"schemas": COMPONENTS}}
    return OAS30Validator(root, format_checker=format_checker())


@functools.cache
def strategy(case: ModelCase) -> st.SearchStrategy[Any]:
    check = _validator(case)
    # A nullable schema also gives null, which is its union's other member, not the class's.
    return from_oas(case.json_schema, COMPONENTS).filter(lambda value: value is not None and check.is_valid(value))


def test_the_spec_has_models() -> None:
    assert CASES, "no object schema in the spec: the property tests would check nothing"


@pytest.mark.parametrize("case", CASES, ids=[case.label for case in CASES])
@PROFILE
@given(data=st.data())
def test_model_round_trip(case: ModelCase, data: st.DataObject) -> None:
    cls = model_class(case)
    value = data.draw(strategy(case), label=case.label)

    instance = cls.from_dict(copy.deepcopy(value))
    wire = instance.to_dict()

    json.dumps(wire)
    errors = sorted(_validator(case).iter_errors(wire), key=str)
    assert not errors, f"to_dict() output is not a valid {case.label}: {[e.message for e in errors][:5]}"
    config = getattr(cls, "__struct_config__", None)
    if config is not None and config.tag_field is not None:  # a union member: the class implies its tag
        value = {**value, config.tag_field: config.tag}
    # An optional field reads None whether null or absent (a request-only model's UNSET aside).
    assert without_nulls(normalise(wire)) == without_nulls(normalise(value)), (
        "from_dict/to_dict lost or changed a value"
    )
    assert cls.from_dict(copy.deepcopy(wire)) == instance


@pytest.mark.parametrize("name", ENUMS)
def test_enum_values(name: str) -> None:
    cls: Any = getattr(np6.models, class_name(name), None)
    assert cls is not None, f"components.schemas.{name} has no class np6.models.{class_name(name)}"
    documented = [v for v in COMPONENTS[name]["enum"] if v is not None]
    assert sorted(member.value for member in cls) == sorted(documented)
    for value in documented:
        assert cls(value).value == value


def _referenced_classes(name: str, cls: Any) -> set[str]:
    """Names of np6.models classes a class refers to: in its field annotations and in the return
    annotations of its properties (a union member's implied discriminator); a union alias reaches
    its members, its unknown member and the shared part that one reads."""
    if not isinstance(cls, type) or cls.__name__ != name:  # a named union (np6/models/<union>.py)
        members = typing.get_args(cls) or (cls,)
        found = {m.__name__ for m in members} | {f"Unknown{name}", f"{name}Shared"}
        return found & set(np6.models.__all__)
    annotations = list(inspect.get_annotations(cls).values())
    annotations += [
        inspect.get_annotations(member.fget).get("return", "")
        for member in vars(cls).values()
        if isinstance(member, property) and member.fget is not None
    ]
    shared = getattr(cls, "SHARED", None)
    if isinstance(shared, type):
        annotations.append(shared.__name__)
    text = " ".join(str(annotation) for annotation in annotations)
    return set(re.findall(r"\b[A-Z]\w*", text)) & set(np6.models.__all__)


def test_every_model_class_is_exercised() -> None:
    """Every class of np6.models is tested directly or reached from a tested class's fields."""
    reached: set[str] = set()
    todo = [model_class(case).__name__ for case in CASES] + [class_name(name) for name in ENUMS]
    # the named unions of the spec (components with oneOf): each reaches its members and unknown member
    todo += [class_name(name) for name, schema in COMPONENTS.items() if "oneOf" in schema and "discriminator" in schema]
    while todo:
        name = todo.pop()
        if name in reached:
            continue
        reached.add(name)
        cls = getattr(np6.models, name, None)
        if (isinstance(cls, type) and hasattr(cls, "from_dict")) or typing.get_args(cls):
            todo.extend(_referenced_classes(name, cls) - reached)
    assert sorted(set(np6.models.__all__) - reached) == []
