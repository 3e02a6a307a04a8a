"""Every operation checks its body's type before sending (sync and async, real loopback server).

Policy (README, "What you can rely on"): a body is the operation's model (or list of models or
values, as typed). A plain ``dict`` is refused with a hint to build the model
(``Model.from_dict(data)``), so nothing reaches NP6 that the caller did not build on purpose.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from np6 import errors
from np6.api.contact import create_target
from np6.api.email_sms_actions import send_action_message, validate_action
from np6.api.segment import add_segment_targets, create_segment
from np6.models import (
    Document,
    ExecutionEmailRequest,
    RecipientByUnicity,
    ValidationSettingsModel,
)
from tests.support.clients import MODES, loopback_client, run
from tests.support.loopback import Answer, LoopbackServer, Received, json_answer


def _answer(request: Received) -> Answer:
    return json_answer(b'{"id": "000MLGPR"}', 201) if request.path == "/targets" else Answer(204)


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer(_answer) as running:
        yield running


def _email() -> ExecutionEmailRequest:
    return ExecutionEmailRequest(recipient=RecipientByUnicity(value=["jane@example.com"]))


WRONG: list[tuple[Any, tuple[Any, ...], Any, str]] = [
    (validate_action, ("000PE4",), _email(), "ValidationSettingsModel"),
    (validate_action, ("000PE4",), {"fortest": True, "testSegments": [56]}, "ValidationSettingsModel.from_dict"),
    (validate_action, ("000PE4",), None, "ValidationSettingsModel"),
    (add_segment_targets, (41,), "000PKXK4", "list[str]"),
    (add_segment_targets, (41,), [1, 2], "list[str]"),
    (create_segment, (), {"name": "x"}, "SegmentInput.from_dict"),
    (create_target, (), ValidationSettingsModel(fortest=True), "Document"),
    (send_action_message, ("000PE4",), {"recipient": {"type": "unicity", "value": ["a"]}}, "ExecutionEmailRequest"),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("operation", "args", "body", "hint"), WRONG)
def test_a_body_of_the_wrong_type_is_refused_before_sending(
    server: LoopbackServer, mode: str, operation: Any, *, args: tuple[Any, ...], body: Any, hint: str
) -> None:
    client = loopback_client(server.url)
    with pytest.raises(errors.BodyTypeError) as info:
        run(mode, operation.sync, operation.asyncio, *args, client=client, body=body)
    assert isinstance(info.value, errors.NP6Error) and isinstance(info.value, TypeError)
    assert info.value.sent is False
    assert operation.OPERATION_ID in str(info.value)
    assert hint in str(info.value)
    assert server.requests == []


@pytest.mark.parametrize("mode", MODES)
def test_a_model_built_from_a_dict_is_sent(server: LoopbackServer, mode: str) -> None:
    client = loopback_client(server.url)
    body = ValidationSettingsModel.from_dict({"fortest": True, "testSegments": [56]})
    run(mode, validate_action.sync, validate_action.asyncio, "000PE4", client=client, body=body)
    assert json.loads(server.requests[0].body) == {"fortest": True, "testSegments": [56]}
    run(mode, create_target.sync, create_target.asyncio, client=client, body=Document.from_dict({"email": "a@b.c"}))
    assert len(server.requests) == 2
