"""The event model: documented samples, hit details and forward compatibility.

* Every response example documented on an operation of the event and reactivity tags decodes,
  through the operation itself, into typed models: each property lands in a typed attribute
  (nothing left over in ``additional_properties`` except in the free-form objects), and
  ``to_dict()`` gives the sample back unchanged.
* A hit event with its link and client details decodes with every nested field typed: the two
  hit samples NP6's rendered reference shows in full (mirror and form hits, quoted verbatim in
  tests/fixtures/np6_seed_hits.json and on the two operations in the spec).
* A sample without a top-level ``type`` (NP6's generated samples of several operations) decodes
  as the kind its operation returns.
* An event type, link type or other enum value this client does not know decodes without error.

Responses are served by ``httpx.MockTransport``: no network.
"""

from __future__ import annotations

import copy
import importlib
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from openapi_python_client.strings import snake_case

import np6
from np6 import Client
from np6.api.email_sms_events import list_action_form_hit_events, list_action_mirror_hit_events, list_all_action_events
from np6.models import (
    ActivationEvent,
    EventClientIpType,
    EventExecutionData,
    EventLinkType,
    EventReceiverContactValue,
    EventUserAgentClient,
    EventUserAgentDevice,
    EventUserAgentOs,
    HitEvent,
    HitEventType,
    UnknownBaseEvent,
    UnknownEventReceiver,
)
from tests.support.json_values import without_nulls

EVENT_TAGS = {
    "Email & SMS events",
    "Notification events",
    "Display events",
    "Email & SMS reactivity",
    "Notification reactivity",
    "Contact events",
    "Campaign events",
}
#: Objects NP6 describes as free-form: their properties are meant to stay in additional_properties.
FREE_FORM = (EventExecutionData, EventReceiverContactValue)

IDENTITY = {"type": "customer", "agency": "DEMO", "customer": "028"}
SEED = json.loads((Path(__file__).parent / "fixtures" / "np6_seed_hits.json").read_text(encoding="utf-8"))
#: The two hit samples NP6's rendered reference shows in full (mirror and form hits of an action),
#: verbatim: every field, down to the parsed user agent, must land in a typed attribute.
MIRROR_HIT: dict[str, Any] = SEED["mirror"][0]
FORM_HIT: dict[str, Any] = SEED["form"][0]


def _client(payload: Any, seen: list[httpx.Request] | None = None) -> Client:
    body = json.dumps(payload).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    return Client(api_key="fake-key-for-tests", transport=httpx.MockTransport(handler), max_retries=0)


def _leftovers(raw: Any, encoded: Any, where: str = "$") -> list[str]:
    """Paths of the properties of ``raw`` that the decoded model does not give back in ``to_dict()``
    (the models keep the properties the spec lists; free-form objects keep every key)."""
    found: list[str] = []
    if isinstance(raw, list) and isinstance(encoded, list):
        for index, (item, back) in enumerate(zip(raw, encoded, strict=False)):
            found += _leftovers(item, back, f"{where}[{index}]")
    elif isinstance(raw, dict) and isinstance(encoded, dict):
        for key, value in raw.items():
            if key not in encoded:
                if value is not None:  # null and absent read the same (None)
                    found.append(f"{where}.{key}")
            else:
                found += _leftovers(value, encoded[key], f"{where}.{key}")
    return found


def _documented_event_examples() -> list[tuple[str, str, dict[str, Any], list[Any]]]:
    """(tag, operationId, operation, example) of every event operation with a response example."""
    spec = yaml.safe_load((Path(np6.__file__).parent / "openapi.yaml").read_text(encoding="utf-8"))
    found = []
    for item in spec["paths"].values():
        for declared in item.values():
            if not isinstance(declared, dict) or declared.get("tags", [None])[0] not in EVENT_TAGS:
                continue
            media = declared["responses"]["200"]["content"]["application/json"]
            if "example" in media:
                operation = {**declared, "parameters": item.get("parameters", []) + declared.get("parameters", [])}
                found.append((operation["tags"][0], operation["operationId"], operation, media["example"]))
    return found


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def _call_with_example(tag: str, operation_id: str, operation: dict[str, Any], example: list[Any]) -> list[Any]:
    spec = yaml.safe_load((Path(np6.__file__).parent / "openapi.yaml").read_text(encoding="utf-8"))
    module = importlib.import_module(f"np6.api.{snake_case(tag)}.{snake_case(operation_id)}")
    args = [_resolve(spec, p)["example"] for p in operation["parameters"] if _resolve(spec, p)["in"] == "path"]
    kwargs: dict[str, Any] = {"client": _client(example)}
    if "requestBody" in operation:
        media = operation["requestBody"]["content"]["application/json"]
        model = getattr(np6.models, media["schema"]["$ref"].rsplit("/", 1)[-1])
        kwargs["body"] = model.from_dict(media["example"])
    result: list[Any] = module.sync(*args, **kwargs)
    return result


def test_event_operations_document_examples() -> None:
    """Guard for the next test: it must see the documented samples, not pass on none."""
    names = {operation_id for _, operation_id, _, _ in _documented_event_examples()}
    assert {
        "listAllActionEvents",
        "listActionBounceEvents",
        "listCampaignItemEvents",
        "listNotificationOptoutReactivities",
    } <= names
    assert len(names) >= 9


@pytest.mark.parametrize(
    ("tag", "operation_id", "operation", "example"),
    [pytest.param(*case, id=case[1]) for case in _documented_event_examples()],
)
def test_documented_example_decodes_into_typed_models(
    tag: str, operation_id: str, operation: dict[str, Any], example: list[Any]
) -> None:
    events = _call_with_example(tag, operation_id, operation, example)
    assert len(events) == len(example)
    items = operation["responses"]["200"]["content"]["application/json"]["schema"].get("items", {})
    single_kind = items.get("$ref", "").rsplit("/", 1)[-1]
    for event, sample in zip(events, example, strict=True):
        expected = f"{sample['type']}event" if "type" in sample else single_kind.lower()
        assert type(event).__name__.lower() == expected
        assert _leftovers(sample, event.to_dict()) == []
        # the class implies the kind: a sample without ``type`` is given back with it
        assert without_nulls(event.to_dict()) == without_nulls({"type": event.to_dict()["type"], **sample})


def test_mirror_hit_link_and_client_are_typed() -> None:
    seen: list[httpx.Request] = []
    (event,) = list_action_mirror_hit_events.sync(
        "000PE4", client=_client([MIRROR_HIT], seen), classification="genericrobot"
    )
    assert seen[0].url.params["classification"] == "genericrobot"
    assert isinstance(event, HitEvent)
    assert _leftovers(MIRROR_HIT, event.to_dict()) == []
    detail = event.source.detail
    assert detail.activation.stamp.time == 1614089576625
    assert detail.activation.recipient == "example@np6.com"
    assert detail.link.type_ is EventLinkType.MIRROR
    assert (detail.link.label, detail.link.source) == ("mirror page", "html")
    assert detail.link.value is None
    client = detail.client
    assert client.type_ == "web"
    assert client.ip.type_ is EventClientIpType.V4
    assert client.ip.value == "10.1.1.1"
    ua = client.ua
    assert ua.type_ == "parsed"
    assert ua.ua.startswith("Mozilla/5.0 (Linux; Android 10; SM-A125F")
    assert isinstance(ua.client, EventUserAgentClient)
    assert (ua.client.type_, ua.client.name, ua.client.vendor) == ("Mobile browser", "Android webview", "Google Inc.")
    assert isinstance(ua.os, EventUserAgentOs)
    assert (ua.os.name, ua.os.family, ua.os.vendor) == ("Android 10", "Android", "Google Inc.")
    assert isinstance(ua.device, EventUserAgentDevice)
    assert ua.device.type_ == "Smartphone"
    assert event.to_dict() == MIRROR_HIT


def test_form_hit_link_and_client_are_typed() -> None:
    (event,) = list_action_form_hit_events.sync("000PE4", client=_client([FORM_HIT]))
    assert isinstance(event, HitEvent)
    assert _leftovers(FORM_HIT, event.to_dict()) == []
    detail = event.source.detail
    assert detail.link.type_ is EventLinkType.FORM
    assert (detail.link.label, detail.link.source, detail.link.value) == ("start", "html", "0000F1")
    assert detail.client.ip.type_ is EventClientIpType.V4
    assert detail.client.ua.device.type_ == "Smartphone"
    assert event.to_dict() == FORM_HIT


def test_seed_samples_are_the_documented_examples() -> None:
    """The spec documents the two seed samples verbatim on their operations."""
    spec = yaml.safe_load((Path(np6.__file__).parent / "openapi.yaml").read_text(encoding="utf-8"))
    for path, key in (("/actions/{id}/events/hits/mirror", "mirror"), ("/actions/{id}/events/hits/form", "form")):
        media = spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]
        assert media["example"] == SEED[key]
        assert "x-np6-example-source" not in media


def test_single_kind_operation_decodes_an_item_without_type() -> None:
    """NP6's field lists of some operations show no top-level type: the operation's kind is used."""
    sample = {"id": "497f6eca-6276-4993-bfeb-53cbbbba6f08", "timestamp": 0, "identity": {"type": "string"}}
    (event,) = list_action_mirror_hit_events.sync("000PE4", client=_client([sample]))
    assert isinstance(event, HitEvent)
    assert event.type_ is HitEventType.HIT  # implied by the class
    assert event.to_dict() == {**sample, "type": "hit"}


def test_unknown_properties_are_left_out_of_the_model_and_kept_in_the_raw_answer() -> None:
    """A property NP6 adds to a known object does not fail the decoding; the model keeps the
    properties the spec lists, and the raw answer (``*_detailed``) keeps everything."""
    hit = copy.deepcopy(MIRROR_HIT)
    hit["source"]["detail"]["link"]["position"] = 3
    hit["source"]["detail"]["classification"] = "mpp"
    response = list_all_action_events.sync_detailed(client=_client([hit]))
    assert response.parsed is not None
    (event,) = response.parsed
    assert isinstance(event, HitEvent)
    assert event.to_dict() == MIRROR_HIT
    assert json.loads(response.content) == [hit]


def test_unknown_event_type_decodes() -> None:
    """A new event type next to known ones: the batch decodes, the new one keeps its raw data."""
    from np6._decoding import UnknownVariant

    newcomer = {
        "type": "clickthrough",
        "id": "5d1f0c3e-8a9b-4c2d-9e8f-0a1b2c3d4e5f",
        "timestamp": 1,
        "source": {"type": "rcs"},
    }
    activation = {"type": "activation", "id": "86bc0a5d-28cb-5128-af60-5efd273d7f75", "identity": IDENTITY}
    known, unknown = list_all_action_events.sync(client=_client([activation, newcomer]))
    assert isinstance(known, ActivationEvent)
    assert isinstance(unknown, UnknownVariant)
    assert isinstance(unknown, UnknownBaseEvent)
    assert unknown.timestamp == 1  # the fields every event has, typed, without isinstance
    assert unknown.type == "clickthrough"
    assert unknown.raw == newcomer
    assert unknown.to_dict() == newcomer


def test_unknown_link_and_enum_values_decode() -> None:
    """New link types, IP versions and bounce verdicts decode as values the client does not list."""
    hit = copy.deepcopy(MIRROR_HIT)
    hit["source"]["detail"]["link"]["type"] = "qrcode"
    hit["source"]["detail"]["client"]["ip"]["type"] = "v8"
    bounce = {
        "type": "bounce",
        "source": {"type": "sms", "detail": {"bounce": {"analysis": {"verdict": "undetermined"}}}},
    }
    decoded_hit, decoded_bounce = list_all_action_events.sync(client=_client([hit, bounce]))
    link_type = decoded_hit.source.detail.link.type_
    assert link_type == "qrcode"
    assert link_type.is_known is False
    assert EventLinkType.MIRROR.is_known is True
    assert decoded_hit.source.detail.client.ip.type_ == "v8"
    assert decoded_bounce.source.type_ == "sms"
    assert decoded_bounce.source.detail.bounce.analysis.verdict == "undetermined"
    assert decoded_hit.to_dict() == hit
    assert decoded_bounce.to_dict() == bounce


def test_unknown_receiver_type_decodes() -> None:
    """The receiver is a discriminated union too: a new kind of receiver keeps its raw data."""
    from np6._decoding import UnknownVariant

    activation = {
        "type": "activation",
        "source": {"type": "email", "detail": {"activation": {"receiver": {"type": "unicity", "value": ["a@b.c"]}}}},
    }
    (event,) = list_all_action_events.sync(client=_client([activation]))
    receiver = event.source.detail.activation.receiver
    assert isinstance(receiver, UnknownVariant)
    assert isinstance(receiver, UnknownEventReceiver)
    assert receiver.raw == {"type": "unicity", "value": ["a@b.c"]}
    assert event.to_dict() == activation
