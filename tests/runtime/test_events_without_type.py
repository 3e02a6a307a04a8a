"""Events without a top-level ``type``, and odd items: one item never costs the rest of the array.

NP6's reference prints no top-level ``type`` for several event operations and its generated
samples omit it. A single-kind operation decodes such an item as its kind; a multi-kind one as an
``UnknownVariant`` whose ``shared`` part (``EventEnvelope``: id, timestamp, identity, source) is
typed. Buffered calls, streams and polls alike, from a real loopback server.
"""

from __future__ import annotations

import asyncio
import datetime
import json
from typing import Any

import pytest

from np6 import UnknownVariant
from np6.api.contact_events import list_contact_activation_events
from np6.api.email_sms_events import list_action_mirror_hit_events, list_all_action_events
from np6.models import ActivationEvent, EventEnvelope, HitEvent
from tests.support.clients import MODES, loopback_client, run
from tests.support.loopback import LoopbackServer, json_answer

TYPELESS = {
    "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
    "timestamp": 1_764_000_000_000,
    "identity": {"type": "string", "customer": "028"},
    "source": {"type": "string"},
}
HIT = {**TYPELESS, "id": "08531d18-152f-4337-892c-3fc967b65082", "type": "hit"}
ODD_HIT = {**HIT, "id": "not-a-uuid"}  # a known kind that does not decode


def _body(*items: Any) -> bytes:
    return json.dumps(list(items)).encode()


@pytest.mark.parametrize("mode", MODES)
def test_a_single_kind_operation_decodes_a_typeless_item_as_its_kind(mode: str) -> None:
    with LoopbackServer([json_answer(_body(TYPELESS))]) as server:
        client = loopback_client(server.url)
        (event,) = run(
            mode,
            list_contact_activation_events.sync,
            list_contact_activation_events.asyncio,
            "000MLGPR",
            client=client,
        )
    assert isinstance(event, ActivationEvent)
    assert str(event.id) == TYPELESS["id"]
    assert event.timestamp == TYPELESS["timestamp"]


@pytest.mark.parametrize("mode", MODES)
def test_a_multi_kind_operation_keeps_a_typeless_item_with_its_common_fields(mode: str) -> None:
    with LoopbackServer([json_answer(_body(HIT, TYPELESS, HIT))]) as server:
        events = run(
            mode, list_all_action_events.sync, list_all_action_events.asyncio, client=loopback_client(server.url)
        )
    assert [type(e).__name__ for e in events] == ["HitEvent", "UnknownBaseEvent", "HitEvent"]
    unknown = events[1]
    assert isinstance(unknown, UnknownVariant)
    assert unknown.type is None and unknown.error is None
    assert unknown.raw == TYPELESS
    shared = unknown.shared
    assert isinstance(shared, EventEnvelope)
    assert str(shared.id) == TYPELESS["id"] and shared.timestamp == TYPELESS["timestamp"]
    assert unknown.to_dict() == TYPELESS


@pytest.mark.parametrize("mode", MODES)
def test_one_odd_item_never_fails_its_array(mode: str) -> None:
    with LoopbackServer([json_answer(_body(HIT, ODD_HIT, HIT))]) as server:
        client = loopback_client(server.url)
        events = run(mode, list_all_action_events.sync, list_all_action_events.asyncio, client=client)
        hits = run(
            mode, list_action_mirror_hit_events.sync, list_action_mirror_hit_events.asyncio, "000PE4", client=client
        )
    for decoded in (events, hits):
        assert [type(e).__name__ for e in decoded] == ["HitEvent", "UnknownBaseEvent", "HitEvent"]
        odd = decoded[1]
        assert isinstance(odd, UnknownVariant)
        assert odd.type == "hit" and odd.error is not None and odd.is_known_kind
        assert odd.raw == ODD_HIT
        assert odd.shared is None  # its id does not decode either


def test_streams_and_polls_keep_odd_and_typeless_items() -> None:
    items = [{**HIT, "timestamp": 1000}, {**TYPELESS, "timestamp": 1001}, {**ODD_HIT, "timestamp": 1002}]
    with LoopbackServer([json_answer(_body(*items))]) as server:
        client = loopback_client(server.url)
        with list_all_action_events.stream(client=client) as stream:
            streamed = list(stream)
        polled = list(
            list_all_action_events.poll(client=client, start=0, until=2000, window=datetime.timedelta(hours=1))
        )

        async def astreamed() -> list[Any]:
            try:
                async with list_all_action_events.astream(client=client) as events:
                    return [event async for event in events]
            finally:
                await client.aclose()

        async_items = asyncio.run(astreamed())
    for decoded in (streamed, polled, async_items):
        assert [type(e).__name__ for e in decoded] == ["HitEvent", "UnknownBaseEvent", "UnknownBaseEvent"]
        assert isinstance(decoded[0], HitEvent)
    assert isinstance(polled[1], UnknownVariant) and polled[1].type is None


@pytest.mark.parametrize("mode", MODES)
def test_a_poll_delivers_an_item_it_cannot_place_and_goes_on(mode: str) -> None:
    placed = [{**HIT, "timestamp": 1000}, {**HIT, "id": "e5c3b7a0-1111-4222-8333-944455556666", "timestamp": 1002}]
    unplaced = [{"type": "hit"}, "not an object", {**TYPELESS, "timestamp": "yesterday"}]
    with LoopbackServer([json_answer(_body(placed[0], *unplaced, placed[1]))]) as server:
        client = loopback_client(server.url)
        poller = list_all_action_events.poll(client=client, start=0, until=2000, window=datetime.timedelta(hours=1))
        if mode == "sync":
            delivered = list(poller)
        else:

            async def collect() -> list[Any]:
                try:
                    return [event async for event in poller]
                finally:
                    await client.aclose()

            delivered = asyncio.run(collect())
    assert len(delivered) == 5
    # a bare {"type": "hit"} is a HitEvent (every field is optional); the others are kept undecoded
    assert [isinstance(e, UnknownVariant) for e in delivered] == [False, False, True, True, False]
    assert poller.cursor.timestamp == 2000  # the window is done: the cursor moves to its end
