"""np6.testing.OfflineNP6 through the real client: every operation answered with its example (sync
and async), every kind of spec violation caught, answers set per operation, requests recorded
without the key."""

from __future__ import annotations

import asyncio
import contextlib
import json
from dataclasses import replace
from typing import Any

import httpx
import pytest

from np6 import AsyncClient, Client, RetryPolicy, errors
from np6.testing import REQUEST_EXTENSION, Answer, OfflineNP6, Request, SpecViolation
from tests.contract.spec_tools import Operation, build_call, cases

#: A stand-in key: it must never be recorded or shown.
KEY = "offline-key-4f0c9a17d2e8b356"
CASES = list(cases())
EMAIL = "application/vnd.np6.cm.email"


def _case_id(case: tuple[Operation, str | None]) -> str:
    operation, media_type = case
    return operation.operation_id if media_type is None else f"{operation.operation_id}[{media_type}]"


def _client(offline: OfflineNP6, **kwargs: Any) -> Client:
    kwargs.setdefault("retry", RetryPolicy(max_retries=0))
    return Client(api_key=KEY, transport=offline, **kwargs)


def _raw(offline: OfflineNP6, method: str, url: str, **kwargs: Any) -> httpx.Response:
    """A request as the client sends it (key, Content-Length), with whatever headers and body a test wants."""
    with _client(offline) as client:
        return client.request(method=method, url=url, **kwargs)


def _violation(offline: OfflineNP6, method: str, url: str, **kwargs: Any) -> SpecViolation:
    with pytest.raises(SpecViolation) as info:
        _raw(offline, method, url, **kwargs)
    return info.value


def _email(body: object) -> dict[str, Any]:
    return {"content": json.dumps(body), "headers": {"Content-Type": EMAIL}}


# -- every operation, its documented answer ------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=[_case_id(c) for c in CASES])
def test_every_operation_answers_its_documented_example(case: tuple[Operation, str | None]) -> None:
    operation, media_type = case
    module = operation.module()
    call = build_call(operation, module.sync_detailed, media_type)
    offline = OfflineNP6()
    with _client(offline) as client:
        response = module.sync_detailed(client=client, **call.kwargs)
    documented = offline.example(operation.operation_id)
    assert response.status_code == documented.status
    if documented.json is None:
        assert response.content == b""
    else:
        assert json.loads(response.content) == documented.json
        assert response.headers["content-type"] == documented.media_type
        assert response.parsed is not None
    (request,) = offline.requests
    assert request.operation_id == operation.operation_id
    assert request.problems == ()
    assert offline.violations == []
    if media_type is not None and "body" in call.kwargs:
        assert request.header("content-type") == media_type


def test_every_operation_answers_through_the_async_client() -> None:
    offline = OfflineNP6()

    async def main() -> list[int]:
        statuses = []
        async with AsyncClient(api_key=KEY, transport=offline, max_retries=0) as client:
            for operation, media_type in CASES:
                module = operation.module()
                call = build_call(operation, module.asyncio_detailed, media_type)
                response = await module.asyncio_detailed(client=client, **call.kwargs)
                statuses.append(response.status_code)
        return statuses

    statuses = asyncio.run(main())
    assert len(statuses) == len(CASES) and all(200 <= status < 300 for status in statuses)
    assert [r.operation_id for r in offline.requests] == [op.operation_id for op, _ in CASES]
    offline.assert_all_valid()


def test_resources_streams_and_the_async_transport_argument() -> None:
    offline = OfflineNP6()
    with _client(offline) as client:
        assert [segment.to_dict()["id"] for segment in client.segments.list()] == [41, 56, 57]
        with client.events.actions.stream_all() as events:
            assert len(list(events)) >= 1

    async def main() -> int:
        async with AsyncClient(api_key=KEY, async_transport=offline) as client:
            return len(await client.segments.list())

    assert asyncio.run(main()) == 3
    assert offline.operations() == ["listSegments", "listAllActionEvents", "listSegments"]


def test_an_operation_without_an_example_answers_a_value_of_its_schema() -> None:
    offline = OfflineNP6()
    with _client(offline) as client:
        assert client.events.actions.list_all_cancellations() == []  # documented without an example
    assert offline.example("listAllActionCancellationEvents").json == []


# -- violations ----------------------------------------------------------------------------------


def test_an_unknown_path_names_the_nearest_operations() -> None:
    violation = _violation(OfflineNP6(), "GET", "/segmnts/41")
    assert violation.status == 404 and violation.operation_id is None
    text = str(violation)
    assert "GET /segmnts/41" in text and "GET /segments/{id} (getSegment)" in text


def test_a_wrong_method_names_the_methods_of_the_path() -> None:
    violation = _violation(OfflineNP6(), "GET", "/actions/000PE4/execution")
    assert violation.status == 405
    assert "POST (sendActionMessage)" in str(violation)


def test_a_path_parameter_of_the_wrong_type() -> None:
    violation = _violation(OfflineNP6(), "GET", "/segments/forty-one")
    assert violation.operation_id == "getSegment"
    assert [(p.where, p.message) for p in violation.problems] == [
        ("path parameter id", "expected an integer, got 'forty-one'")
    ]
    uuid_problem = _violation(OfflineNP6(), "GET", "/subscriptions/not-a-uuid").problems[0]
    assert uuid_problem.where == "path parameter id" and "not a UUID" in uuid_problem.message


@pytest.mark.parametrize(
    ("params", "where", "message"),
    [
        ({"sortt": "asc"}, "query parameter sortt", "not a parameter of listAllActionEvents"),
        ({"sort": "up"}, "query parameter sort", "'up' is not one of the allowed values ('asc', 'desc')"),
        ({"start": "yesterday"}, "query parameter start", "is not an ISO 8601 date-time"),
        ([("sort", "asc"), ("sort", "desc")], "query parameter sort", "given 2 times"),
    ],
)
def test_query_parameters_are_checked(params: Any, where: str, message: str) -> None:
    violation = _violation(OfflineNP6(), "GET", "/actions/events", params=params)
    assert violation.operation_id == "listAllActionEvents"
    assert [p.where for p in violation.problems] == [where]
    assert message in violation.problems[0].message


def test_a_required_query_parameter_and_a_typed_one() -> None:
    violation = _violation(OfflineNP6(), "POST", "/actions/000PE4/duplication", params={"type": "mail"})
    assert violation.problems[0].where == "query parameter type"
    assert "expected an integer" in violation.problems[0].message
    offline = OfflineNP6(spec=_with_required_query())
    missing = _violation(offline, "GET", "/things")
    assert [(p.where, p.message) for p in missing.problems] == [
        ("query parameter q", "required by listThings, missing")
    ]


def _with_required_query() -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "paths": {
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "parameters": [{"name": "q", "in": "query", "required": True, "schema": {"type": "string"}}],
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"example": []}}}},
                }
            }
        },
    }


def test_plain_json_to_a_send_is_refused_as_np6_refuses_it() -> None:
    body = {"recipient": {"type": "unicity", "value": ["jane@example.com"]}}
    violation = _violation(OfflineNP6(), "POST", "/actions/000PE4/execution", json=body)
    assert violation.status == 415 and violation.operation_id == "sendActionMessage"
    (problem,) = violation.problems
    assert problem.where == "header Content-Type"
    assert "'application/json' is not accepted" in problem.message and EMAIL in problem.message
    refused = _raw(OfflineNP6(on_violation="refuse"), "POST", "/actions/000PE4/execution", json=body)
    assert refused.status_code == 415
    assert "application/vnd.np6.cm.email" in refused.json()["detail"]
    with _client(OfflineNP6(on_violation="refuse")) as client, pytest.raises(errors.BadRequestError) as info:
        client.with_options(extra_query={"page": 2}).segments.list()
    assert info.value.status_code == 400
    assert "query parameter page: not a parameter of listSegments" in info.value.response.json()["detail"]
    _raw(OfflineNP6(), "POST", "/actions/000PE4/execution", **_email(body))  # the vendor type passes


@pytest.mark.parametrize(
    ("body", "where", "message"),
    [
        ({}, "body.recipient", "required, missing"),
        (
            {"recipient": {"type": "unicity", "value": "jane"}},
            "body.recipient.value",
            "expected an array, got a string",
        ),
        (
            {"recipient": {"type": "unicty", "value": ["jane"]}},
            "body.recipient.type",
            "unknown kind 'unicty': expected one of 'id', 'unicity', 'hash', 'footprint'",
        ),
        ({"recipient": {"value": ["jane"]}}, "body.recipient", "missing 'type', which says which kind it is"),
        ({"recipient": {"type": "unicity", "value": ["jane"]}, "subject": 3}, "body.subject", "expected a string"),
    ],
)
def test_a_send_body_is_checked_against_its_schema(body: object, where: str, message: str) -> None:
    violation = _violation(OfflineNP6(), "POST", "/actions/000PE4/execution", **_email(body))
    assert violation.status == 400
    assert [p.where for p in violation.problems] == [where]
    assert message in violation.problems[0].message
    assert f"sendActionMessage) with 400:\n  - {where}: " in str(violation)


def test_an_unknown_enum_value_and_too_many_items() -> None:
    enum = _violation(OfflineNP6(), "POST", "/segments", json={"type": "frozen", "name": "Buyers"})
    assert [p.where for p in enum.problems] == ["body.type"]
    assert enum.problems[0].message.startswith("'frozen' is not one of the allowed values ('static', 'dynamic'")
    items = _violation(OfflineNP6(), "PUT", "/segments/41/targets", json=[f"000T{i}" for i in range(51)])
    assert [(p.where, p.message) for p in items.problems] == [("body", "51 items, at most 50 allowed")]
    empty = _violation(OfflineNP6(), "PUT", "/segments/41/targets", json=[])
    assert empty.problems[0].message == "0 items, at least 1 expected"


def test_bodies_missing_or_not_expected_or_not_json() -> None:
    missing = _violation(OfflineNP6(), "POST", "/actions/000PE4/validation")
    assert [(p.where, p.message) for p in missing.problems] == [("body", "required, missing (send application/json)")]
    unexpected = _violation(OfflineNP6(), "DELETE", "/segments/41", json={"a": 1})
    assert unexpected.problems[0].message.startswith("deleteSegment takes no body")
    garbled = _violation(
        OfflineNP6(), "POST", "/actions/000PE4/validation", content=b"{", headers={"Content-Type": "application/json"}
    )
    assert garbled.problems[0].message.startswith("not JSON")


def test_the_key_and_content_length_headers_are_checked() -> None:
    offline = OfflineNP6()
    with pytest.raises(SpecViolation) as no_key:
        offline.handle_request(httpx.Request("GET", "https://api-cm.np6.com/segments"))
    assert no_key.value.status == 401 and no_key.value.problems[0].where == "header X-Key"
    request = httpx.Request("POST", "https://api-cm.np6.com/targets/000T1/segments/41", headers={"X-Key": KEY})
    del request.headers["Content-Length"]
    with pytest.raises(SpecViolation) as no_length:
        offline.handle_request(request)
    assert no_length.value.status == 411


def test_a_violation_reaches_the_caller_unwrapped_and_names_the_operation() -> None:
    offline = OfflineNP6()
    with _client(offline) as client, pytest.raises(SpecViolation) as info:
        client.with_options(extra_query={"page": 2}).segments.list()  # NP6 has no such parameter
    assert isinstance(info.value, AssertionError) and not isinstance(info.value, errors.NP6Error)
    assert str(info.value) == (
        "NP6 would refuse GET /segments (listSegments) with 400:\n"
        "  - query parameter page: not a parameter of listSegments (its query parameters: none)"
    )
    assert offline.violations == [info.value]


def test_record_answers_as_if_valid_and_assert_all_valid_names_every_violation() -> None:
    offline = OfflineNP6(on_violation="record")
    with _client(offline) as client:
        client.request(method="GET", url="/segments", params={"page": 2})
        client.request(method="GET", url="/actions/events", params={"sort": "up"})
        client.segments.list()
    assert offline.operations() == ["listSegments", "listAllActionEvents", "listSegments"]
    with pytest.raises(SpecViolation) as info:
        offline.assert_all_valid()
    text = str(info.value)
    assert (
        "query parameter page" in text
        and "then GET /actions/events (listAllActionEvents): query parameter sort" in text
    )
    offline.clear()
    offline.assert_all_valid()
    with pytest.raises(ValueError, match="on_violation"):
        OfflineNP6(on_violation="ignore")  # type: ignore[arg-type]


def test_a_swallowed_violation_still_fails_assert_all_valid() -> None:
    offline = OfflineNP6()
    with _client(offline) as client, contextlib.suppress(Exception):  # code under test that hides every error
        client.request(method="GET", url="/nowhere")
    with pytest.raises(SpecViolation, match="GET /nowhere"):
        offline.assert_all_valid()


# -- answers set by the test ---------------------------------------------------------------------


def test_an_answer_by_operation_id_or_module_name() -> None:
    offline = OfflineNP6()
    offline.answer("getSegment", json={"type": "static", "id": 7, "name": "Seven"}, headers={"x-request-id": "r-7"})
    offline.answer("count_targets", status=404)
    with _client(offline) as client:
        assert client.segments.get(7).to_dict()["name"] == "Seven"
        response = client.request(method="GET", url="/segments/7")
        assert response.headers["x-request-id"] == "r-7"
        with pytest.raises(errors.NotFoundError):
            client.targets.count()
    offline.reset("getSegment")
    with _client(offline) as client:
        assert client.segments.get(7).to_dict()["id"] == 41  # the documented example again
    with pytest.raises(KeyError, match="getSegment"):
        offline.answer("getSegmnt", status=200)
    with pytest.raises(TypeError):
        offline.answer("getSegment")
    with pytest.raises(TypeError):
        offline.answer("getSegment", Answer(200), status=200)
    with pytest.raises(ValueError):
        Answer(json={"a": 1}, content=b"x")


def test_a_sequence_of_answers_the_last_one_repeated_and_retries() -> None:
    offline = OfflineNP6(
        {
            "listSegments": [
                Answer(429, headers={"Retry-After": "0"}),
                Answer(json=[]),
                Answer(json=[{"type": "static", "id": 1, "name": "One"}]),
            ]
        }
    )
    with Client(api_key=KEY, transport=offline, retry=RetryPolicy(max_retries=2, initial_delay=0, jitter=0)) as client:
        assert client.segments.list() == []  # the 429 is retried
        assert len(client.segments.list()) == 1
        assert len(client.segments.list()) == 1
    assert len(offline.requests_for("listSegments")) == 4


def test_an_answer_function_sees_the_request() -> None:
    def validate(request: Request) -> Answer:
        return Answer(204) if request.json == {"fortest": True} else Answer(409)

    offline = OfflineNP6({"validateAction": validate})
    with _client(offline) as client:
        client.request(method="POST", url="/actions/000PE4/validation", json={"fortest": True})
        refused = client.request(method="POST", url="/actions/000PE4/validation", json={"fortest": False})
    assert refused.status_code == 409
    example = offline.example("getAction")
    assert replace(example, status=201).status == 201 and example.media_type == "application/json"


def test_answers_keep_their_documented_media_type() -> None:
    offline = OfflineNP6()
    offline.answer("listImports", json=[])
    with _client(offline) as client:
        response = client.request(method="GET", url="/imports")
    assert response.headers["content-type"] == "application/vnd.mperf.v8.import.v1+json"
    assert response.extensions[REQUEST_EXTENSION].operation_id == "listImports"


# -- what was received ---------------------------------------------------------------------------


def test_requests_are_recorded_per_operation_without_the_key() -> None:
    offline = OfflineNP6(on_violation="record")
    with _client(offline) as client:
        client.with_options(extra_headers={"X-Correlation-Id": "c-1"}).segments.get(41)
        client.events.actions.list_all(start=5, end=6)
        client.request(method="PUT", url="/segments/41/targets", json=["000T1"])
        client.request(method="GET", url=f"/segments/{KEY}")  # the key where it does not belong
        client.request(method="PUT", url="/segments/41/targets", json=[KEY], params={"q": KEY})
    get, keyed = offline.requests_for("get_segment")
    assert (get.method, get.path, get.path_params) == ("GET", "/segments/41", {"id": "41"})
    assert get.header("X-Correlation-Id") == "c-1" and get.header("x-key") == "***"
    (events,) = offline.requests_for("listAllActionEvents")
    assert events.query == {"start": ["5"], "end": ["6"]}
    added, leaked = offline.requests_for("addSegmentTargets")
    assert added.json == ["000T1"] and added.content == b'["000T1"]'
    assert (leaked.json, leaked.content, leaked.query) == (["***"], b'["***"]', {"q": ["***"]})
    assert keyed.path == "/segments/***" and keyed.path_params == {"id": "***"}
    shown = repr(offline.requests) + repr(offline) + "".join(str(v) for v in offline.violations)
    assert KEY not in shown and len(offline.violations) == 2
    assert all(request.headers.get("x-key") == "***" for request in offline.requests)


def test_a_base_path_is_stripped() -> None:
    offline = OfflineNP6(base_path="/np6/")
    with Client(api_key=KEY, base_url="https://proxy.example/np6", transport=offline) as client:
        assert len(client.segments.list()) == 3
    assert offline.requests[0].path == "/np6/segments" and offline.operations() == ["listSegments"]
