"""Typed errors (issue 6, item 1), sync and async: one class per status, request ids, rate-limit
values, 5xx, connection and timeout errors, decode errors naming the operation."""

from __future__ import annotations

import httpx
import msgspec
import pytest

from np6 import errors
from np6.api.email_sms_actions import send_action_messages
from np6.api.field import get_field
from np6.api.segment import get_segment, list_segments
from np6.models import ExecutionEmailRequest, RecipientById
from tests.runtime_fixture import MODES, FakeClock, Script, call, make_client, reply

STATUS_CLASSES = [
    (400, errors.BadRequestError),
    (401, errors.AuthenticationError),
    (403, errors.PermissionDeniedError),
    (404, errors.NotFoundError),
    (408, errors.RequestTimeoutError),
    (409, errors.ConflictError),
    (411, errors.LengthRequiredError),
    (415, errors.UnsupportedMediaTypeError),
    (422, errors.UnprocessableEntityError),
    (429, errors.RateLimitError),
    (500, errors.InternalServerError),
    (502, errors.InternalServerError),
    (503, errors.InternalServerError),
    (504, errors.InternalServerError),
    (418, errors.UnexpectedStatus),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
def test_each_status_raises_its_class(mode: str, status: int, cls: type[errors.APIStatusError]) -> None:
    script = Script(reply(status, {"message": f"status {status}"}, headers={"x-request-id": f"rid-{status}"}))
    client = make_client(script, max_retries=0)
    with pytest.raises(cls) as info:
        call(mode, get_segment, 41, client=client)
    error = info.value
    assert type(error) is cls
    assert isinstance(error, errors.APIStatusError) and isinstance(error, errors.NP6Error)
    assert (error.status_code, error.request_id) == (status, f"rid-{status}")
    assert (error.method, error.path, error.operation) == ("GET", "/segments/41", "get_segment")
    assert error.json() == {"message": f"status {status}"}
    assert f"rid-{status}" in str(error) and "get_segment" in str(error)
    assert script.count == 1


def test_every_5xx_is_a_server_error() -> None:
    assert errors.ServerError is errors.InternalServerError
    for status in (500, 501, 507, 599):
        assert type(errors.error_for(httpx.Response(status))) is errors.InternalServerError


@pytest.mark.parametrize("mode", MODES)
def test_409_with_empty_body_keeps_the_request_id(mode: str) -> None:
    script = Script(reply(409, headers={"x-request-id": "0d8c24af-93c9-4eb0-81eb-eb2248b5ff9f"}))
    client = make_client(script)
    body = [ExecutionEmailRequest(recipient=RecipientById(value="000R4M0T"))]
    with pytest.raises(errors.ConflictError) as info:
        call(mode, send_action_messages, "000PE4", client=client, body=body)
    assert info.value.request_id == "0d8c24af-93c9-4eb0-81eb-eb2248b5ff9f"
    assert info.value.body == ""
    assert info.value.json() is None
    assert "empty body" in str(info.value) and "0d8c24af-93c9-4eb0-81eb-eb2248b5ff9f" in str(info.value)


@pytest.mark.parametrize("mode", MODES)
def test_rate_limit_error_carries_the_limits(mode: str) -> None:
    headers = {
        "Retry-After": "600",
        "X-RateLimit-Limit": "100",
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset": "42",
    }
    # 600 s is above the policy's ceiling (max_retry_after 60 s): raised at once, not waited for.
    clock = FakeClock()
    script = Script(reply(429, headers=headers))
    with pytest.raises(errors.RateLimitError) as info:
        call(mode, list_segments, client=make_client(script, clock))
    error = info.value
    assert (error.retry_after, error.limit, error.remaining, error.reset) == (600.0, 100, 0, 42)
    assert script.count == 1 and clock.sleeps == []


@pytest.mark.parametrize("mode", MODES)
def test_long_bodies_are_truncated_in_the_error(mode: str) -> None:
    script = Script(reply(400, content=b"x" * 5000))
    with pytest.raises(errors.BadRequestError) as info:
        call(mode, list_segments, client=make_client(script))
    assert info.value.body == "x" * errors.BODY_LIMIT + "..."
    assert len(str(info.value)) < 1000


@pytest.mark.parametrize("mode", MODES)
def test_detailed_returns_the_raw_response_instead_of_raising(mode: str) -> None:
    script = Script(reply(404, headers={"x-request-id": "rid-404"}))
    response = call(mode, get_segment, 41, client=make_client(script), detailed=True)
    assert response.status_code == 404
    assert response.headers["x-request-id"] == "rid-404"
    assert response.parsed is None


@pytest.mark.parametrize("mode", MODES)
def test_truncated_json_is_a_decode_error_naming_the_operation(mode: str) -> None:
    script = Script(reply(200, content=b'{"type":"email","id":12345,"name":"Em', headers={"x-request-id": "rid-trunc"}))
    with pytest.raises(errors.DecodeError) as info:
        call(mode, get_field, 12345, client=make_client(script))
    error = info.value
    assert error.operation == "get_field"
    assert (error.status_code, error.request_id) == (200, "rid-trunc")
    assert '{"type":"email","id":12345,"name":"Em' in str(error)
    assert "get_field" in str(error)
    assert isinstance(error.__cause__, msgspec.DecodeError)  # the JSON parser's own error


@pytest.mark.parametrize("mode", MODES)
def test_a_body_of_the_wrong_shape_is_a_decode_error(mode: str) -> None:
    script = Script(reply(200, {"unexpected": "object"}))  # list_segments expects an array
    with pytest.raises(errors.DecodeError, match="list_segments"):
        call(mode, list_segments, client=make_client(script))


@pytest.mark.parametrize("mode", MODES)
def test_decode_error_in_detailed_calls_too(mode: str) -> None:
    script = Script(reply(200, content=b"[{"))
    with pytest.raises(errors.DecodeError, match="list_segments"):
        call(mode, list_segments, client=make_client(script), detailed=True)


@pytest.mark.parametrize("mode", MODES)
def test_connection_and_timeout_errors_are_typed(mode: str) -> None:
    script = Script(httpx.ConnectError("connection refused"))
    with pytest.raises(errors.APIConnectionError) as refused:
        call(mode, list_segments, client=make_client(script, max_retries=0))
    assert type(refused.value) is errors.APIConnectionError
    assert (refused.value.method, refused.value.path, refused.value.sent) == ("GET", "/segments", False)
    assert isinstance(refused.value.__cause__, httpx.ConnectError)

    script = Script(httpx.ReadTimeout("read timed out"))
    with pytest.raises(errors.APITimeoutError) as timed_out:
        call(mode, list_segments, client=make_client(script, max_retries=0))
    assert isinstance(timed_out.value, errors.APIConnectionError)
    assert (timed_out.value.sent, timed_out.value.operation) == (True, "list_segments")
    assert "GET /segments (list_segments) timed out" in str(timed_out.value)


def test_client_operation_name_reaches_connection_errors() -> None:
    client = make_client(Script(httpx.ReadTimeout("slow")), max_retries=0)
    with pytest.raises(errors.APITimeoutError) as info:
        client.request(method="GET", url="/segments", operation="list_segments")
    assert info.value.operation == "list_segments"
    assert "(list_segments)" in str(info.value)
