"""What real networks do to a response, met through a real loopback server (sync and async).

A connection reset or cut while the body is read (after the headers) is a connection error of
the client's own hierarchy: retried like any other for an idempotent request, never for a send.
"""

from __future__ import annotations

import json

import pytest

from np6 import Client, errors
from np6.api.email_sms_actions import send_action_message
from np6.api.segment import get_segment, list_segments
from np6.models import ExecutionEmailRequest, RecipientByUnicity
from tests.support.clients import MODES, loopback_client, run
from tests.support.loopback import Answer, LoopbackServer, json_answer

SEGMENT = json.dumps(
    {"id": 41, "name": "Newsletter", "type": "static", "targetsCount": 2, "creationDate": "2026-01-01T00:00:00Z"}
).encode()
LIST = b"[" + SEGMENT + b"]"


def _email() -> ExecutionEmailRequest:
    return ExecutionEmailRequest(recipient=RecipientByUnicity(value=["jane@example.com"]))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("failure", ["reset_after", "cut_after"])
def test_a_body_broken_mid_read_is_retried_for_an_idempotent_call(mode: str, failure: str) -> None:
    broken = Answer(200, LIST, {"Content-Type": "application/json"}, **{failure: 10})  # type: ignore[arg-type]
    with LoopbackServer([broken, json_answer(LIST)]) as server:
        segments = run(mode, list_segments.sync, list_segments.asyncio, client=loopback_client(server.url))
    assert len(server.requests) == 2
    assert [s.id for s in segments] == [41]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("failure", ["reset_after", "cut_after"])
def test_a_body_broken_on_every_try_is_an_np6_connection_error(mode: str, failure: str) -> None:
    broken = Answer(200, SEGMENT, {"Content-Type": "application/json", "x-request-id": "r-1"}, **{failure: 5})  # type: ignore[arg-type]
    with LoopbackServer([broken]) as server:
        client = loopback_client(server.url)
        with pytest.raises(errors.APIConnectionError) as info:
            run(mode, get_segment.sync, get_segment.asyncio, 41, client=client)
    assert len(server.requests) == 3  # the first try and two retries
    assert info.value.sent is True
    assert info.value.retries == 2
    assert info.value.operation == "get_segment"
    assert "get_segment" in str(info.value)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("failure", ["reset_after", "cut_after"])
def test_a_send_cut_mid_body_is_never_repeated(mode: str, failure: str) -> None:
    broken = Answer(200, b'{"status": "success"}', {"Content-Type": "application/json"}, **{failure: 3})  # type: ignore[arg-type]
    with LoopbackServer([broken, json_answer(b'{"status": "success"}')]) as server:
        client = loopback_client(server.url)
        with pytest.raises(errors.APIConnectionError) as info:
            run(mode, send_action_message.sync, send_action_message.asyncio, "000PE4", client=client, body=_email())
    assert len(server.requests) == 1, "a send may have reached NP6: it is not sent again"
    assert info.value.sent is True
    assert info.value.retries == 0


@pytest.mark.parametrize("mode", MODES)
def test_a_slow_answer_times_out_as_an_np6_error(mode: str) -> None:
    with LoopbackServer([json_answer(LIST, delay=0.5)]) as server:
        client: Client = loopback_client(server.url, timeout=0.1, max_retries=0)
        with pytest.raises(errors.APITimeoutError):
            run(mode, list_segments.sync, list_segments.asyncio, client=client)
    assert len(server.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_an_error_status_with_a_cut_body_is_still_an_np6_error(mode: str) -> None:
    answer = Answer(
        404, b'{"title": "not found"}', {"Content-Type": "application/json", "x-request-id": "r-9"}, cut_after=4
    )
    with LoopbackServer([answer]) as server:
        client = loopback_client(server.url, max_retries=0)
        with pytest.raises(errors.NP6Error) as info:
            run(mode, get_segment.sync, get_segment.asyncio, 41, client=client)
    assert isinstance(info.value, errors.APIConnectionError | errors.NotFoundError)


@pytest.mark.parametrize("mode", MODES)
def test_an_empty_4xx_surfaces_nph6_request_id(mode: str) -> None:
    with LoopbackServer([Answer(409, b"", {"x-request-id": "req-409-abc"})]) as server:
        client = loopback_client(server.url)
        with pytest.raises(errors.ConflictError) as info:
            run(mode, send_action_message.sync, send_action_message.asyncio, "000PE4", client=client, body=_email())
    assert info.value.request_id == "req-409-abc"
    assert "req-409-abc" in str(info.value)
    assert len(server.requests) == 1
    assert server.requests[0].header("Content-Type") == "application/vnd.np6.cm.email"
