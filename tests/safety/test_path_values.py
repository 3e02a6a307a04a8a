"""No value of a path parameter can change which path is requested (defect: `..` deleted a segment).

Every request goes to a real loopback server, which records the raw request line: a refused
value must reach nothing, an accepted one must arrive as one encoded path segment.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from np6 import errors
from np6.api.contact import delete_target, get_target
from np6.api.email_sms_actions import get_action, send_action_to_target
from np6.api.segment import get_segment, remove_target_from_segment
from tests.support.clients import MODES, loopback_client, run
from tests.support.loopback import Answer, LoopbackServer


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer(lambda _: Answer(204)) as running:
        yield running


HOSTILE = ["..", ".", "", "\n", "a\r\nX-Injected: 1", "\x00"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", HOSTILE)
def test_a_hostile_id_is_refused_before_sending(server: LoopbackServer, mode: str, value: str) -> None:
    client = loopback_client(server.url)
    with pytest.raises(errors.InvalidPathParameterError) as info:
        run(mode, remove_target_from_segment.sync, remove_target_from_segment.asyncio, value, 41, client=client)
    assert info.value.operation == "remove_target_from_segment"
    assert info.value.parameter == "id"
    assert info.value.sent is False
    message = str(info.value)
    assert "remove_target_from_segment" in message and "'id'" in message
    assert "\n" not in message and "\r" not in message
    assert server.requests == []


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("operation", "args"),
    [
        (delete_target, ("..",)),
        (send_action_to_target, ("000PE4", "..")),
        (send_action_to_target, ("..", "000MLGPR")),
        (get_action, (".",)),
    ],
)
def test_dot_segments_never_reach_the_wire(
    server: LoopbackServer, mode: str, operation: Any, args: tuple[Any, ...]
) -> None:
    client = loopback_client(server.url)
    with pytest.raises(errors.InvalidPathParameterError):
        run(mode, operation.sync, operation.asyncio, *args, client=client)
    assert server.requests == []


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", [None, True, False, 4.5, b"41", ["41"]])
def test_ids_of_the_wrong_type_are_refused(server: LoopbackServer, mode: str, value: Any) -> None:
    client = loopback_client(server.url)
    with pytest.raises(errors.InvalidPathParameterError) as info:
        run(mode, get_segment.sync, get_segment.asyncio, value, client=client)
    assert info.value.parameter == "id"
    assert type(value).__name__ in str(info.value)
    with pytest.raises(errors.InvalidPathParameterError):
        run(mode, get_action.sync, get_action.asyncio, value, client=client)
    assert server.requests == []


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("value", "wire"),
    [
        ("000MLGPR", "/targets/000MLGPR"),
        ("a/b", "/targets/a%2Fb"),
        ("../segments", "/targets/..%2Fsegments"),
        ("...", "/targets/..."),
        ("a b?c#d%", "/targets/a%20b%3Fc%23d%25"),
        ("%2e%2e", "/targets/%252e%252e"),
        ("é", "/targets/%C3%A9"),
    ],
)
def test_an_accepted_value_is_one_encoded_segment(server: LoopbackServer, mode: str, value: str, wire: str) -> None:
    client = loopback_client(server.url)
    run(mode, delete_target.sync, delete_target.asyncio, value, client=client)
    assert [r.target for r in server.requests] == [wire]
    assert [r.method for r in server.requests] == ["DELETE"]


@pytest.mark.parametrize("mode", MODES)
def test_an_integer_is_accepted_for_a_string_id(server: LoopbackServer, mode: str) -> None:
    client = loopback_client(server.url)
    with pytest.raises(errors.DecodeError):  # 204 where a target is documented: sent as asked
        run(mode, get_target.sync, get_target.asyncio, 1234, client=client)
    assert [r.target for r in server.requests] == ["/targets/1234"]
