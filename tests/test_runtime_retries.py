"""Retries as the transport layer (issue 6, items 2 and 3), sync and async, on a fake clock:
which failures are retried, how long the client waits, the total budget, and above all that a
request which may have reached NP6 is never sent twice unless the caller opts in for that call."""

from __future__ import annotations

import dataclasses
import email.utils
import importlib
import re
from typing import Any

import httpx
import pytest
import yaml

from np6 import RetryPolicy, errors
from np6._operations import IDEMPOTENT_METHODS
from np6.api.email_sms_actions import send_action_messages, send_action_to_target
from np6.api.segment import create_segment, delete_segment, list_segments
from np6.models import (
    ExecutionEmailRequest,
    ExecutionSuccess,
    RecipientById,
    SegmentInput,
    SegmentType,
)
from tests.runtime_fixture import EPOCH, MODES, REPO, FakeClock, Script, call, make_client, reply, request

SEGMENTS = [{"type": "static", "id": 41, "name": "static segment"}]
SENT = [{"type": "success", "id": "d52055cd-e854-4177-8ef5-b10fd8d568a7"}]


def _send_body() -> list[ExecutionEmailRequest]:
    return [ExecutionEmailRequest(recipient=RecipientById(value="000R4M0T"))]


# -- retried failures ---------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_429_with_retry_after_is_retried_once_after_the_announced_delay(mode: str) -> None:
    clock = FakeClock()
    script = Script(reply(429, headers={"Retry-After": "7"}), reply(200, SEGMENTS))
    segments = call(mode, list_segments, client=make_client(script, clock))
    assert [s.id for s in segments] == [41]
    assert script.count == 2
    assert clock.sleeps == [7.0]


@pytest.mark.parametrize("mode", MODES)
def test_retry_after_as_an_http_date(mode: str) -> None:
    clock = FakeClock()
    date = email.utils.formatdate(EPOCH + 30, usegmt=True)
    script = Script(reply(503, headers={"Retry-After": date}), reply(200, SEGMENTS))
    call(mode, list_segments, client=make_client(script, clock))
    assert clock.sleeps == [30.0]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("reset", "expected"), [("12", 12.0), (str(int(EPOCH) + 20), 20.0), (str(int(EPOCH + 5) * 1000), 5.0)]
)
def test_x_ratelimit_reset_as_seconds_or_epoch(mode: str, reset: str, expected: float) -> None:
    clock = FakeClock()
    script = Script(
        reply(429, headers={"X-RateLimit-Reset": reset, "X-RateLimit-Remaining": "0"}), reply(200, SEGMENTS)
    )
    call(mode, list_segments, client=make_client(script, clock))
    assert clock.sleeps == [expected]


@pytest.mark.parametrize("mode", MODES)
def test_503_on_a_get_is_retried_with_exponential_backoff_then_succeeds(mode: str) -> None:
    clock = FakeClock()
    script = Script(reply(503), reply(502), reply(200, SEGMENTS))
    segments = call(mode, list_segments, client=make_client(script, clock))
    assert segments[0].name == "static segment"
    assert script.count == 3
    first, second = clock.sleeps
    assert 0.375 <= first <= 0.5 and 0.75 <= second <= 1.0  # 0.5 s doubling, up to 25 % jitter


@pytest.mark.parametrize("mode", MODES)
def test_retries_give_up_after_max_retries_with_the_typed_error(mode: str) -> None:
    clock = FakeClock()
    script = Script(reply(504))
    with pytest.raises(errors.InternalServerError) as info:
        call(mode, list_segments, client=make_client(script, clock))
    assert info.value.status_code == 504
    assert script.count == 3 and len(clock.sleeps) == 2  # 1 + the default 2 retries


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "failure", [httpx.ConnectError("refused"), httpx.ReadError("reset by peer"), httpx.ReadTimeout("slow")]
)
def test_transport_errors_on_a_get_are_retried(mode: str, failure: Exception) -> None:
    script = Script(failure, reply(200, SEGMENTS))
    assert call(mode, list_segments, client=make_client(script))[0].id == 41
    assert script.count == 2


@pytest.mark.parametrize("mode", MODES)
def test_idempotent_writes_are_retried(mode: str) -> None:
    script = Script(reply(503), reply(204))
    call(mode, delete_segment, 41, client=make_client(script))
    assert [r.method for r in script.requests] == ["DELETE", "DELETE"]


# -- no double sends ----------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_503_on_a_batch_send_is_one_request_and_a_typed_5xx(mode: str) -> None:
    clock = FakeClock()
    script = Script(reply(503, headers={"x-request-id": "rid-send"}), reply(200, SENT))
    with pytest.raises(errors.InternalServerError) as info:
        call(mode, send_action_messages, "000PE4", client=make_client(script, clock), body=_send_body())
    assert script.count == 1
    assert script.requests[0].url.path == "/actions/000PE4/executions"
    assert (info.value.status_code, info.value.request_id, info.value.method) == (503, "rid-send", "POST")
    assert clock.sleeps == []


@pytest.mark.parametrize("mode", MODES)
def test_read_timeout_on_a_send_to_one_target_is_not_retried(mode: str) -> None:
    script = Script(httpx.ReadTimeout("no answer"), reply(204))
    with pytest.raises(errors.APITimeoutError) as info:
        call(mode, send_action_to_target, "000PE4", "000R4M0T", client=make_client(script))
    assert script.count == 1
    assert script.requests[0].url.path == "/actions/000PE4/targets/000R4M0T"
    assert info.value.sent is True and info.value.retries == 0


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "failure", [httpx.ReadError("reset by peer"), httpx.WriteError("broken pipe"), httpx.RemoteProtocolError("closed")]
)
def test_dropped_connections_on_a_send_are_not_retried(mode: str, failure: Exception) -> None:
    script = Script(failure, reply(200, SENT))
    with pytest.raises(errors.APIConnectionError):
        call(mode, send_action_messages, "000PE4", client=make_client(script), body=_send_body())
    assert script.count == 1


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("failure", [httpx.ConnectError("connection refused"), httpx.ConnectTimeout("no SYN-ACK")])
def test_a_send_that_never_connected_is_retried(mode: str, failure: Exception) -> None:
    script = Script(failure, reply(200, SENT))
    results = call(mode, send_action_messages, "000PE4", client=make_client(script), body=_send_body())
    assert isinstance(results[0], ExecutionSuccess)
    assert script.count == 2


@pytest.mark.parametrize("mode", MODES)
def test_429_on_a_send_is_retried_because_nothing_was_processed(mode: str) -> None:
    script = Script(reply(429, headers={"Retry-After": "1"}), reply(200, SENT))
    call(mode, send_action_messages, "000PE4", client=make_client(script), body=_send_body())
    assert script.count == 2


@pytest.mark.parametrize("mode", MODES)
def test_other_posts_are_not_retried_after_they_may_have_arrived(mode: str) -> None:
    script = Script(reply(502), reply(200, {"type": "static", "id": 59, "name": "new"}))
    body = SegmentInput(type_=SegmentType.STATIC, name="new")
    with pytest.raises(errors.InternalServerError):
        call(mode, create_segment, client=make_client(script), body=body)
    assert script.count == 1


@pytest.mark.parametrize("mode", MODES)
def test_unsafe_retries_are_an_opt_in_for_one_call(mode: str) -> None:
    script = Script(reply(503), reply(200, SENT))
    client = make_client(script)
    results = call(
        mode, send_action_messages, "000PE4", client=client.with_options(retry_unsafe=True), body=_send_body()
    )
    assert isinstance(results[0], ExecutionSuccess) and script.count == 2

    # The opt-in was for that call only: the client itself still never re-sends.
    script.steps, script.requests = [reply(503), reply(200, SENT)], []
    with pytest.raises(errors.InternalServerError):
        call(mode, send_action_messages, "000PE4", client=client, body=_send_body())
    assert script.count == 1


def _spec_operations() -> list[tuple[str, str, dict[str, Any]]]:
    document = yaml.safe_load((REPO / "generated" / "np6" / "openapi.yaml").read_text(encoding="utf-8"))
    return [
        (path, method, operation)
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if method in ("get", "put", "post", "delete", "patch")
    ]


def _module(operation_id: str) -> Any:
    snake = re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()
    for package in (REPO / "generated" / "np6" / "api").iterdir():
        if (package / f"{snake}.py").exists():
            return importlib.import_module(f"np6.api.{package.name}.{snake}")
    raise AssertionError(f"no module for {operation_id}")


def test_every_operation_carries_its_spec_facts() -> None:
    """Idempotence and the key come from the spec (x-np6-idempotent, security), not from paths."""
    sends = set()
    for path, method, operation in _spec_operations():
        facts = _module(operation["operationId"]).OPERATION
        declared = operation.get("x-np6-idempotent")
        expected = declared if isinstance(declared, bool) else method.upper() in IDEMPOTENT_METHODS
        assert facts.idempotent is expected, f"{method.upper()} {path}"
        assert facts.authenticated is (operation.get("security") != []), f"{method.upper()} {path}"
        if declared is False:
            sends.add(operation["operationId"])
    assert {"sendActionMessage", "sendActionMessages", "sendActionToTarget", "executeNotification"} <= sends


@pytest.mark.parametrize("mode", MODES)
def test_an_operation_the_spec_marks_not_idempotent_is_never_repeated(mode: str) -> None:
    script = Script(reply(503), reply(200, SENT))
    operation = dataclasses.replace(send_action_messages.OPERATION, method="PUT")  # whatever the method
    response = request(mode, make_client(script), method="PUT", url="/x", content=b"{}", operation=operation)
    assert response.status_code == 503 and script.count == 1
    # The same request naming no operation is judged by its method: PUT is idempotent.
    script = Script(reply(503), reply(200))
    response = request(mode, make_client(script), method="PUT", url="/x", content=b"{}")
    assert response.status_code == 200 and script.count == 2


@pytest.mark.parametrize("mode", MODES)
def test_a_streamed_body_is_never_sent_twice(mode: str) -> None:
    script = Script(reply(503), reply(200))

    async def chunks() -> object:
        yield b"chunk"

    content = iter([b"chunk"]) if mode == "sync" else chunks()
    response = request(mode, make_client(script), method="PUT", url="/imports/1/file", content=content)
    assert response.status_code == 503 and script.count == 1


# -- configuration and budget -------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_retries_are_configurable_per_client_and_per_call(mode: str) -> None:
    script = Script(reply(503))
    with pytest.raises(errors.InternalServerError):
        call(mode, list_segments, client=make_client(script, max_retries=0))
    assert script.count == 1

    clock = FakeClock()
    script = Script(reply(503))
    client = make_client(script, clock, retry=RetryPolicy(max_retries=4, initial_delay=1.0, jitter=0.0, max_delay=3.0))
    with pytest.raises(errors.InternalServerError):
        call(mode, list_segments, client=client)
    assert script.count == 5 and clock.sleeps == [1.0, 2.0, 3.0, 3.0]

    script.requests = []
    with pytest.raises(errors.InternalServerError):
        call(mode, list_segments, client=client.with_options(max_retries=1))
    assert script.count == 2


@pytest.mark.parametrize("mode", MODES)
def test_retry_after_above_the_ceiling_is_not_waited_for(mode: str) -> None:
    clock = FakeClock()
    script = Script(reply(503, headers={"Retry-After": "3600"}), reply(200, SEGMENTS))
    with pytest.raises(errors.InternalServerError):
        call(mode, list_segments, client=make_client(script, clock))
    assert script.count == 1 and clock.sleeps == []


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("failure", "error"),
    [
        (httpx.ReadError("connection reset by peer"), errors.APIConnectionError),
        (httpx.ReadTimeout("slow"), errors.APITimeoutError),
    ],
)
def test_failures_end_in_a_typed_error_within_the_budget(mode: str, failure: Exception, error: type[Exception]) -> None:
    clock = FakeClock()

    def slow_failure(request: httpx.Request) -> httpx.Response:
        clock.advance(4.0)  # each attempt takes 4 s before failing
        raise type(failure)(str(failure), request=request)

    policy = RetryPolicy(max_retries=10, initial_delay=1.0, jitter=0.0, total_budget=15.0)
    script = Script(slow_failure)
    with pytest.raises(error) as info:
        call(mode, list_segments, client=make_client(script, clock, retry=policy))
    # attempts end at 4, 9, 15 s; a 4 s wait after the third would pass the 15 s budget
    assert clock.sleeps == [1.0, 2.0]
    assert script.count == 3
    assert clock.now <= 15.0
    assert type(info.value) is error and info.value.retries == 2  # type: ignore[attr-defined]


def test_backoff_doubles_up_to_its_cap_with_bounded_jitter() -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=8.0, jitter=0.25)
    assert [policy.backoff(n, rand=lambda: 0.0) for n in range(7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert policy.backoff(3, rand=lambda: 1.0) == 3.0
