"""The client a user reaches for: every operation as client.<resource>.<method>, sync and async;
the NP6 workflows; per-call headers and query; the User-Agent. Against a loopback NP6."""

from __future__ import annotations

import asyncio
import importlib
import json
import threading
from typing import Any

import pytest
import yaml

from np6 import AsyncClient, Client, UnknownVariant, ValidationPhaseError, errors
from np6._resources import RESOURCE_PACKAGES
from np6._version import __version__
from np6.models import Document
from tests.runtime_fixture import REPO
from tests.support.clients import KEY
from tests.support.loopback import Answer, Received
from tests.support.offline_np6 import OfflineNP6, Override


def _operations() -> list[tuple[str, str, str]]:
    document = yaml.safe_load((REPO / "generated" / "np6" / "openapi.yaml").read_text(encoding="utf-8"))
    return [
        (method.upper(), path, op["operationId"])
        for path, item in document["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    ]


def _resource(client: object, path: str) -> object:
    node = client
    for part in path.split("."):
        node = getattr(node, part)
    return node


@pytest.mark.parametrize("client_class", [Client, AsyncClient])
def test_every_operation_is_reachable_from_the_client(client_class: type[Client] | type[AsyncClient]) -> None:
    client = client_class(api_key=KEY, base_url="http://127.0.0.1:9")
    reachable: dict[str, str] = {}
    for resource_path, package in RESOURCE_PACKAGES.items():
        resource = _resource(client, resource_path)
        for name in dir(resource):
            method = getattr(resource, name)
            if not name.startswith("_") and callable(method) and method.__doc__:
                for line in method.__doc__.splitlines():
                    if "NP6: `" in line and "see ``np6.api." in line:
                        reachable[line.split("see ``")[1].rstrip("`.")] = f"{resource_path}.{name}"
        assert importlib.import_module(f"np6.api.{package}")
    missing = []
    for method, path, operation_id in _operations():
        module = next(
            (
                f"np6.api.{p}.{m}"
                for p in set(RESOURCE_PACKAGES.values())
                for m in [_snake(operation_id)]
                if importlib.util.find_spec(f"np6.api.{p}.{m}") is not None
            ),
            None,
        )
        if module is None or module not in reachable:
            missing.append(f"{method} {path} ({operation_id})")
    assert missing == [], missing
    assert len(reachable) == len(_operations())


def _snake(name: str) -> str:
    import re

    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def test_resource_methods_reach_the_wire_sync_and_async() -> None:
    with OfflineNP6() as np6:
        with Client(api_key=KEY, base_url=np6.url) as client:
            assert [s.id for s in client.segments.list() if not isinstance(s, UnknownVariant)] == [41, 56, 57]
            assert client.targets.count() is not None
            assert client.with_options(max_retries=0).segments.get(41).to_dict()["id"] == 41
            with client.events.actions.stream_all() as events:
                assert len(list(events)) >= 1

        async def main() -> list[Any]:
            async with AsyncClient(api_key=KEY, base_url=np6.url) as aclient:
                segments = await aclient.segments.list()
                async with aclient.events.actions.stream_all() as stream:
                    streamed = [event async for event in stream]
                return [segments, streamed]

        segments, streamed = asyncio.run(main())
        assert len(segments) == 3 and len(streamed) >= 1
    assert np6.unmatched == []
    assert np6.operations()[:3] == ["listSegments", "countTargets", "getSegment"]


def test_per_call_headers_and_query_never_override_the_operation() -> None:
    with OfflineNP6() as np6:
        client = Client(api_key=KEY, base_url=np6.url)
        tagged = client.with_options(extra_headers={"X-Correlation-Id": "c-1"}, extra_query={"trace": "1"})
        tagged.segments.list()
        tagged.events.actions.list_all(start=5)
        client.segments.list()
        with pytest.raises(errors.ConfigurationError):
            client.with_options(extra_headers={"X-Key": "other"})
        with pytest.raises(errors.ConfigurationError):
            client.with_options(extra_headers={"Content-Type": "text/plain"})
        with pytest.raises(errors.ConfigurationError):
            client.with_options(extra_query={"start": object()})  # type: ignore[dict-item]
    first, second, third = (request for _, request in np6.calls)
    assert first.header("X-Correlation-Id") == "c-1" and first.query["trace"] == ["1"]
    assert second.query["start"] == ["5"] and second.query["trace"] == ["1"]
    assert third.header("X-Correlation-Id") is None and "trace" not in third.query
    assert all(r.header("X-Key") == KEY for r in (first, second, third))
    assert first.header(
        "User-Agent",
    ).startswith(f"np6-client/{__version__} (python/")  # type: ignore[union-attr]


# -- the workflows -------------------------------------------------------------------------------


class Action:
    """An NP6 action whose state moves as NP6's does: 20 -> (test) 36 -> 38 -> (production) 50."""

    def __init__(self, *, test_fails: bool = False, stuck: bool = False, refuse: str | None = None):
        self.state = 20
        self.test_fails, self.stuck, self.refuse = test_fails, stuck, refuse
        self.lock = threading.Lock()

    def overrides(self) -> dict[str, Override]:
        return {"getAction": self.get, "validateAction": self.validate}

    def get(self, _: Received) -> Answer:
        with self.lock:
            if self.state == 36 and not self.stuck:
                self.state = 20 if self.test_fails else 38
            elif self.state == 30:
                self.state = 36
            body = {"type": "mailMessage", "id": "000PE4", "name": "A", "informations": {"state": self.state}}
        return Answer(200, json.dumps(body).encode(), {"Content-Type": "application/json"})

    def validate(self, request: Received) -> Answer:
        fortest = json.loads(request.body)["fortest"]
        with self.lock:
            if self.refuse == ("test" if fortest else "production"):
                return Answer(409, b"", {"x-request-id": f"rid-{self.refuse}"})
            if fortest:
                self.state = 30
            elif self.state == 38:
                self.state = 50
            else:
                return Answer(409, b"", {"x-request-id": "rid-order"})
        return Answer(204)


def _validate(mode: str, url: str) -> object:
    if mode == "sync":
        with Client(api_key=KEY, base_url=url) as client:
            return client.actions.validate_for_sending("000PE4", test_segments=[56], deadline=2.0, interval=0.05)

    async def main() -> object:
        async with AsyncClient(api_key=KEY, base_url=url) as client:
            return await client.actions.validate_for_sending("000PE4", test_segments=[56], deadline=2.0, interval=0.05)

    return asyncio.run(main())


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_validate_for_sending_waits_for_the_test_phase_then_validates(mode: str) -> None:
    action = Action()
    with OfflineNP6(action.overrides()) as np6:
        assert _validate(mode, np6.url) == 50
    ops = np6.operations()
    assert ops[0] == "validateAction" and ops.count("validateAction") == 2
    assert ops.index("validateAction", 1) > ops.index("getAction")


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    ("action", "phase", "request_id"),
    [
        (lambda: Action(refuse="test"), "test", "rid-test"),
        (lambda: Action(test_fails=True), "test", None),
        (lambda: Action(stuck=True), "waiting", None),
        (lambda: Action(refuse="production"), "production", "rid-production"),
    ],
)
def test_validate_for_sending_says_which_phase_failed(
    mode: str, action: Any, phase: str, request_id: str | None
) -> None:
    with OfflineNP6(action().overrides()) as np6, pytest.raises(ValidationPhaseError) as info:
        _validate(mode, np6.url)
    assert info.value.phase == phase
    assert info.value.request_id == request_id
    assert info.value.action_id == "000PE4"


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("exists", [False, True])
def test_upsert_target_creates_or_updates(mode: str, exists: bool) -> None:
    create: Override = (
        Answer(409, b"", {"x-request-id": "r"})
        if exists
        else Answer(201, json.dumps({"id": "000NEW"}).encode(), {"Content-Type": "application/json"})
    )
    found = Answer(
        200, json.dumps({"id": "000OLD"}).encode(), {"Content-Type": "application/vnd.np6.experimental+json"}
    )
    updated = Answer(200, json.dumps({"id": "000OLD"}).encode(), {"Content-Type": "application/json"})
    document = Document.from_dict({"Email": "jane@example.com", "Firstname": "Jane"})
    with OfflineNP6({"createTarget": create, "findTarget": found, "updateTarget": updated}) as np6:
        if mode == "sync":
            with Client(api_key=KEY, base_url=np6.url) as client:
                target, created = client.targets.upsert(document, unicity="jane@example.com")
        else:

            async def main() -> Any:
                async with AsyncClient(api_key=KEY, base_url=np6.url) as client:
                    return await client.targets.upsert(document, unicity="jane@example.com")

            target, created = asyncio.run(main())
    assert created is not exists
    assert target.id == ("000OLD" if exists else "000NEW")
    expected = ["createTarget", "findTarget", "updateTarget"] if exists else ["createTarget"]
    assert np6.operations() == expected
    if exists:
        find = np6.calls[1][1]
        assert find.query["unicity"] == ["jane@example.com"]
        assert json.loads(np6.calls[2][1].body) == {"Email": "jane@example.com", "Firstname": "Jane"}
