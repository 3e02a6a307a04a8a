"""The model base (np6/_models.py) and the decoding core (np6/_decoding.py), as a user meets them.

Models are msgspec Structs: built by keyword, compared by value, converted with ``to_dict`` /
``from_dict`` / ``to_json`` / ``from_json``; optional fields read None; a union member's
discriminator is implied by its class; request-only models tell "not sent" from "sent as null";
free-form and open objects keep every key; decoding keeps unknown kinds and values.
"""

from __future__ import annotations

import datetime
import gc
import json
from typing import Any

import msgspec
import pytest

from np6 import _decoding, errors
from np6._models import MapModel, Model, OpenModel
from np6.models import (
    BaseEvent,
    CategoryInput,
    CompilableFlaw,
    Document,
    EventLinkType,
    ExecutionEmailRequest,
    HitEvent,
    RecipientById,
    RecipientByUnicity,
    RecipientByUnicityType,
    Segment,
    StaticSegment,
    UnknownBaseEvent,
    UnknownEventReceiver,
    UnknownSegment,
)

SEGMENT = {"type": "static", "id": 7, "name": "VIP", "creation": "2024-05-01T10:00:00+00:00", "isTest": True}


def test_built_by_keyword_compared_by_value_and_shown_by_set_fields() -> None:
    segment = StaticSegment(id=7, name="VIP")
    assert segment == StaticSegment(id=7, name="VIP") and segment != StaticSegment(id=8, name="VIP")
    assert repr(segment) == "StaticSegment(id=7, name='VIP')"
    assert segment.description is None and segment.targets_count is None
    assert isinstance(segment, Model) and isinstance(segment, msgspec.Struct)
    assert not gc.is_tracked(segment)  # decoded models stay out of the cyclic GC


def test_dict_and_json_round_trips_use_the_json_names() -> None:
    segment = StaticSegment.from_dict(SEGMENT)
    assert segment.is_test is True
    assert segment.creation == datetime.datetime(2024, 5, 1, 10, tzinfo=datetime.UTC)
    assert segment.to_dict() == {**SEGMENT, "creation": "2024-05-01T10:00:00Z"}
    assert StaticSegment.from_json(segment.to_json()) == segment
    assert StaticSegment.from_json(json.dumps(SEGMENT)) == segment  # str accepted too


def test_from_dict_checks_every_field() -> None:
    with pytest.raises(msgspec.ValidationError, match=r"\$\.id"):
        StaticSegment.from_dict({**SEGMENT, "id": [1]})
    with pytest.raises(msgspec.ValidationError, match="name"):
        StaticSegment.from_dict({"type": "static", "id": 7})
    # a member asked for by its class is that class or an error, never another kind
    with pytest.raises(msgspec.ValidationError, match="dynamic"):
        StaticSegment.from_dict({**SEGMENT, "type": "dynamic"})


def test_a_variant_is_built_without_its_discriminator() -> None:
    recipient = RecipientByUnicity(value=["jane@example.com"])
    assert recipient.type_ is RecipientByUnicityType.UNICITY
    assert recipient.to_dict() == {"type": "unicity", "value": ["jane@example.com"]}
    with pytest.raises(TypeError, match="type_"):
        RecipientByUnicity(type_="unicity", value=["x"])  # type: ignore[call-arg]


def test_a_request_only_model_tells_not_sent_from_sent_as_null() -> None:
    assert CategoryInput(name="news").to_dict() == {"name": "news"}  # description left out: not sent
    assert CategoryInput(name="news", description=None).to_dict() == {"name": "news", "description": None}
    assert CategoryInput(name="news", description="x").to_dict() == {"name": "news", "description": "x"}


def test_a_model_nps_also_returns_sends_neither_absent_nor_none() -> None:
    assert StaticSegment(id=1, name="a", description=None).to_dict() == {"type": "static", "id": 1, "name": "a"}


def test_free_form_and_open_models_keep_every_key() -> None:
    document = Document.from_dict({"Email": "jane@example.com", "Interests": ["a", "b"]})
    assert isinstance(document, MapModel) and isinstance(document, dict)
    assert document["Interests"] == ["a", "b"] and document.additional_keys == ["Email", "Interests"]
    with pytest.raises(msgspec.ValidationError):
        Document.from_dict({"Email": {"not": "a field value"}})
    flaw = CompilableFlaw({"type": "missingParameter", "name": "days"})
    assert isinstance(flaw, OpenModel)
    assert flaw.type_ == "missingParameter" and flaw["name"] == "days"
    assert CompilableFlaw(type_="unknownKind").to_dict() == {"type": "unknownKind"}
    with pytest.raises(TypeError, match="colour"):
        CompilableFlaw(colour="red")  # type: ignore[call-arg]


def test_a_union_decodes_its_members_and_keeps_what_it_does_not_know() -> None:
    content = json.dumps(
        [SEGMENT, {"type": "smart", "id": 8, "name": "new kind"}, {"id": 9, "name": "no type"}, {"type": "static"}]
    ).encode()
    static, smart, typeless, broken = _decoding.decode(content, list[Segment])
    assert isinstance(static, StaticSegment)
    assert isinstance(smart, UnknownSegment) and smart.type == "smart" and smart.error is None
    assert (smart.id, smart.name) == (8, "new kind")  # the shared fields, typed
    assert isinstance(typeless, UnknownSegment) and typeless.type is None and typeless.name == "no type"
    assert isinstance(broken, UnknownSegment) and broken.is_known_kind and "missing" in (broken.error or "")
    assert smart.to_dict() == {"type": "smart", "id": 8, "name": "new kind"}


def test_an_unknown_nested_kind_stays_inside_its_parent() -> None:
    hit = {
        "type": "activation",
        "source": {"type": "email", "detail": {"activation": {"receiver": {"type": "alias", "value": "vip-1"}}}},
    }
    (event,) = _decoding.decode(json.dumps([hit]).encode(), list[BaseEvent])
    assert type(event).__name__ == "ActivationEvent"
    receiver = event.source.detail.activation.receiver
    assert isinstance(receiver, UnknownEventReceiver) and receiver.raw == {"type": "alias", "value": "vip-1"}
    assert event.to_dict() == hit  # the unknown part encodes back as received


def test_unknown_enum_values_are_kept() -> None:
    link = {"type": "hit", "source": {"type": "email", "detail": {"link": {"type": "qrcode"}}}}
    (event,) = _decoding.decode(json.dumps([link]).encode(), list[BaseEvent])
    assert isinstance(event, HitEvent)
    assert event.source is not None and event.source.detail is not None and event.source.detail.link is not None
    kind = event.source.detail.link.type_
    assert kind == "qrcode" and not kind.is_known and EventLinkType.MIRROR.is_known


def test_items_decode_fast_and_fall_back_per_item() -> None:
    items: _decoding.Items[HitEvent | UnknownBaseEvent] = _decoding.Items(HitEvent, UnknownBaseEvent)
    good = [{"type": "hit", "timestamp": n} for n in range(3)]
    assert [e.timestamp for e in items.decode(json.dumps(good).encode())] == [0, 1, 2]
    odd = [*good[:1], {"type": "hit", "timestamp": "soon"}, {"type": "bounce", "timestamp": 5}, *good[1:]]
    decoded = items.decode(b"\xef\xbb\xbf" + json.dumps(odd).encode())  # a byte order mark is accepted
    assert [type(e).__name__ for e in decoded] == [
        "HitEvent",
        "UnknownBaseEvent",
        "UnknownBaseEvent",
        "HitEvent",
        "HitEvent",
    ]
    second, third = decoded[1], decoded[2]
    assert isinstance(second, UnknownBaseEvent) and isinstance(third, UnknownBaseEvent)
    assert second.is_known_kind and third.type == "bounce" and third.timestamp == 5
    with pytest.raises(msgspec.ValidationError):
        items.decode(b'{"not": "an array"}')


def test_a_field_of_the_wrong_type_in_a_body_is_refused_before_sending() -> None:
    from np6._validation import json_body

    good = ExecutionEmailRequest(recipient=RecipientById(value="000R4M0T"))
    assert json_body("send_action_message", good) == {"recipient": {"type": "id", "value": "000R4M0T"}}
    bad = ExecutionEmailRequest(recipient={"type": "id"})  # type: ignore[arg-type]
    with pytest.raises(errors.ArgumentTypeError, match=r"send_action_message.*recipient") as info:
        json_body("send_action_message", bad)
    assert info.value.sent is False
    wrong_scalar: Any = "seven"
    with pytest.raises(errors.ArgumentTypeError, match="id"):
        json_body("create_segment", [StaticSegment(id=wrong_scalar, name="x")])
