"""Forward-compatible decoding (issue 6, item 4), sync and async: open enums, discriminated
unions that dispatch on ``type``, unknown event types kept as ``UnknownVariant``, unknown
properties kept in ``additional_properties``; plus the union shapes of the fixture spec
(tests/fixtures/runtime) rendered and type-checked with the project's templates."""

from __future__ import annotations

import copy
import importlib
import json
import pickle
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest

from np6._decoding import OpenIntEnum, OpenStrEnum, UnknownVariant
from np6.api.email_sms_events import list_all_action_events
from np6.api.field import get_field, list_fields
from np6.models import (
    BounceEvent,
    EmailField,
    EventLinkType,
    EventReceiverFootprint,
    FieldConstraintOperator,
    HitEvent,
    TextField,
    TextFieldType,
)
from tests.runtime_fixture import MODES, Script, call, make_client, render_fixture, reply
from tests.support.json_values import without_nulls

HIT: dict[str, Any] = {
    "type": "hit",
    "id": "08531d18-152f-4337-892c-3fc967b65082",
    "timestamp": 1623673176622,
    "identity": {"type": "customer", "agency": "DEMO"},
    "source": {
        "type": "email",
        "detail": {
            "activation": {
                "id": "000PE4",
                "kind": "message",
                "receiver": {"type": "footprint", "id": "000R4M0T", "unicity": "example@np6.com"},
            },
            "link": {"type": "redirection", "label": "offer", "value": "https://example.com/offer"},
        },
    },
}
BOUNCE: dict[str, Any] = {
    "type": "bounce",
    "id": "14d3d192-bd40-4c0b-9048-4469ab3a981c",
    "timestamp": 1614089593000,
    "source": {"type": "email", "detail": {"bounce": {"analysis": {"verdict": "hard"}}}},
}
PURCHASE: dict[str, Any] = {"type": "purchase", "id": "p-1", "amount": {"value": 12.5, "currency": "EUR"}}


# -- open enums ---------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_an_unknown_enum_value_is_kept_not_a_value_error(mode: str) -> None:
    field = {"type": "textField", "id": 7, "name": "City", "constraint": {"operator": 9, "value": "x"}}
    hit = copy.deepcopy(HIT)
    hit["source"]["detail"]["link"]["type"] = "qrcode"
    client = make_client(Script(reply(200, field), reply(200, [hit])))
    text_field = call(mode, get_field, 7, client=client)
    assert isinstance(text_field, TextField) and text_field.type_ is TextFieldType.TEXTFIELD
    operator = text_field.constraint.operator  # type: ignore[union-attr]
    assert isinstance(operator, FieldConstraintOperator)
    assert operator == 9 and operator.value == 9 and not operator.is_known
    assert text_field.to_dict()["constraint"] == {"operator": 9, "value": "x"}

    (event,) = call(mode, list_all_action_events, client=client)
    link_type = event.source.detail.link.type_
    assert isinstance(link_type, EventLinkType)
    assert link_type == "qrcode" and str(link_type) == "qrcode" and not link_type.is_known
    assert event.to_dict()["source"]["detail"]["link"]["type"] == "qrcode"


def test_open_enum_members_behave_like_members() -> None:
    assert EventLinkType("redirection") is EventLinkType.REDIRECTION and EventLinkType.REDIRECTION.is_known
    unknown = EventLinkType("qrcode")
    assert unknown is EventLinkType("qrcode")  # one pseudo-member per value
    assert unknown not in list(EventLinkType) and len(EventLinkType) == 5
    assert pickle.loads(pickle.dumps(unknown)) is unknown
    assert FieldConstraintOperator(42).is_known is False and FieldConstraintOperator(2).is_known
    with pytest.raises(ValueError):
        EventLinkType(3)  # a value of the wrong JSON type is still an error
    with pytest.raises(ValueError):
        FieldConstraintOperator("2")
    assert issubclass(EventLinkType, OpenStrEnum) and issubclass(FieldConstraintOperator, OpenIntEnum)


# -- discriminated unions -----------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_events_dispatch_on_type_and_unknown_types_are_kept(mode: str) -> None:
    unknown_receiver = copy.deepcopy(HIT)
    unknown_receiver["source"]["detail"]["activation"]["receiver"] = {"type": "alias", "alias": "vip-1"}
    client = make_client(Script(reply(200, [HIT, BOUNCE, PURCHASE, unknown_receiver])))
    hit, bounce, purchase, hit_with_alias = call(mode, list_all_action_events, client=client)

    assert isinstance(hit, HitEvent) and hit.id == uuid.UUID(HIT["id"]) and hit.timestamp == 1623673176622
    receiver = hit.source.detail.activation.receiver  # type: ignore[union-attr]
    assert isinstance(receiver, EventReceiverFootprint) and receiver.unicity == "example@np6.com"
    assert isinstance(bounce, BounceEvent) and bounce.source.detail.bounce.analysis.verdict == "hard"  # type: ignore[union-attr]

    assert isinstance(purchase, UnknownVariant)
    assert (purchase.type, purchase.discriminator) == ("purchase", "type")
    assert purchase.raw == PURCHASE and purchase["amount"] == {"value": 12.5, "currency": "EUR"}
    assert purchase.additional_properties == {"id": "p-1", "amount": {"value": 12.5, "currency": "EUR"}}
    assert purchase.to_dict() == PURCHASE

    alias = hit_with_alias.source.detail.activation.receiver
    assert isinstance(hit_with_alias, HitEvent) and isinstance(alias, UnknownVariant)
    assert alias.raw == {"type": "alias", "alias": "vip-1"}
    assert hit_with_alias.to_dict() == unknown_receiver


@pytest.mark.parametrize("mode", MODES)
def test_a_union_as_the_whole_response(mode: str) -> None:
    client = make_client(
        Script(
            reply(200, {"type": "email", "id": 12345, "name": "Email", "isUnicity": True}),
            reply(200, [{"type": "geoPoint", "id": 3, "name": "Shop", "precision": 6}]),
        )
    )
    email = call(mode, get_field, 12345, client=client)
    assert isinstance(email, EmailField) and email.is_unicity is True
    (geo,) = call(mode, list_fields, client=client)
    assert isinstance(geo, UnknownVariant) and geo.type == "geoPoint" and geo["precision"] == 6


def test_dispatch_is_by_the_discriminator() -> None:
    """Each member is tagged with its discriminator value (msgspec dispatches on it in C): an item
    is decoded as the member its ``type`` names, never tried against the others."""
    assert (HitEvent.__struct_config__.tag_field, HitEvent.__struct_config__.tag) == ("type", "hit")
    assert BounceEvent.__struct_config__.tag == "bounce"
    decoded = call("sync", list_all_action_events, client=make_client(Script(reply(200, [HIT, BOUNCE]))))
    assert [type(item).__name__ for item in decoded] == ["HitEvent", "BounceEvent"]
    # a bounce carrying a hit's fields is still a bounce: the discriminator decides
    bounce_like_hit = {**HIT, "type": "bounce"}
    (item,) = call("sync", list_all_action_events, client=make_client(Script(reply(200, [bounce_like_hit]))))
    assert isinstance(item, BounceEvent | UnknownVariant) and not isinstance(item, HitEvent)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("bad", "kind", "failed"),
    [
        ({**HIT, "id": "not-a-uuid"}, "hit", True),  # the member chosen by `type` fails: no other is tried
        ({"id": "08531d18-152f-4337-892c-3fc967b65082", "timestamp": 5}, None, False),  # no discriminator
        ("hit", None, True),  # not an object
    ],
)
def test_a_malformed_item_is_kept_and_the_rest_of_the_array_decodes(
    mode: str, bad: Any, kind: str | None, failed: bool
) -> None:
    odd, hit = call(mode, list_all_action_events, client=make_client(Script(reply(200, [bad, HIT]))))
    assert isinstance(hit, HitEvent)
    assert isinstance(odd, UnknownVariant)
    assert odd.type == kind
    assert (odd.error is not None) is failed
    assert odd.raw == (bad if isinstance(bad, dict) else {"value": bad})
    if isinstance(bad, dict) and not failed:
        # an event without `type` keeps its common fields typed (EventEnvelope)
        assert odd.shared is not None
        assert str(odd.shared.id) == bad["id"] and odd.shared.timestamp == 5


@pytest.mark.parametrize("mode", MODES)
def test_unknown_properties_are_left_out_and_the_raw_answer_keeps_them(mode: str) -> None:
    """A property the spec does not list never fails the decoding: the model keeps what the spec
    lists (``to_dict()`` gives that back) and the raw answer keeps everything."""
    hit = copy.deepcopy(HIT)
    hit["campaign"] = {"id": 7}
    hit["source"]["detail"]["device"] = "mobile"
    client = make_client(Script(reply(200, [hit])))
    response = call(mode, list_all_action_events, client=client, detailed=True)
    (event,) = response.parsed
    assert isinstance(event, HitEvent)
    assert event.to_dict() == HIT
    assert json.loads(response.content) == [hit]


# -- the fixture spec: shapes the real spec lacks -------------------------------------------------


@pytest.fixture(scope="module")
def fixture_package() -> tuple[Any, Path]:
    return render_fixture()


def test_fixture_unions_decode_and_round_trip(fixture_package: tuple[Any, Path]) -> None:
    package, _ = fixture_package
    models = importlib.import_module("np6_runtime_fixture.models")
    from np6_runtime_fixture._decoding import UnknownVariant as FixtureUnknown

    hit = {
        "type": "hit",
        "id": "d6d3af4e-762d-4c8b-bbe3-578ad5925f02",
        "timestamp": 1,
        "identity": {"type": "customer", "agency": "DEMO"},
        "source": {"type": "email", "detail": {"hit": {"subtype": "qr", "priority": 7, "url": None}}},
    }
    page = {"events": [hit, {"type": "purchase", "id": "p"}], "next": None}
    decoded = models.EventPage.from_dict(page)
    first, second = decoded.events
    assert isinstance(first, models.HitEvent) and isinstance(second, FixtureUnknown)
    detail = first.source.detail.hit
    assert (detail.subtype, detail.subtype.is_known, detail.priority, detail.priority.is_known) == (
        "qr",
        False,
        7,
        False,
    )
    # ``next: null`` reads None and is given back as absent (null and absent are one in a response)
    assert decoded.next_ is None and decoded.to_dict() == without_nulls(page)

    for following, kind in ((hit, models.HitEvent), ({"type": "purchase"}, FixtureUnknown)):
        with_next = models.EventPage.from_dict({"events": [], "next": following})
        assert isinstance(with_next.next_, kind) and with_next.to_dict() == without_nulls(
            {"events": [], "next": following}
        )
    assert models.EventPage.from_dict({"events": []}).to_dict() == {"events": []}

    from np6_runtime_fixture.api.runtime_events import get_latest_action_event

    client = package.Client(
        api_key="k", base_url="https://np6.test", transport=_mock({"type": "purchase"}), max_retries=0
    )
    latest = get_latest_action_event.sync(client=client)
    assert isinstance(latest, FixtureUnknown) and latest.type == "purchase"


def _mock(body: Any) -> Any:
    import httpx

    return httpx.MockTransport(lambda request: httpx.Response(200, json=body))


USER_CODE = """
from np6_runtime_fixture._decoding import UnknownVariant
from np6_runtime_fixture.models import EventPage, HitDetailSubtype, HitEvent


def describe(page: EventPage) -> list[str]:
    out: list[str] = []
    for event in page.events:
        if isinstance(event, UnknownVariant):
            out.append((event.type or "no type") + str(sorted(event.raw)))
        elif isinstance(event, HitEvent):
            out.append(str(event.id))
    subtype = HitDetailSubtype._decode("qr")
    out.append(subtype.value if not subtype.is_known else subtype.name)
    return out
"""


def test_fixture_output_is_mypy_strict_and_ruff_clean(fixture_package: tuple[Any, Path]) -> None:
    _, pkgs = fixture_package
    (pkgs / "user_code.py").write_text(USER_CODE, encoding="utf-8")
    venv_bin = Path(sys.executable).parent
    mypy = subprocess.run(
        [str(venv_bin / "mypy"), "--strict", "--no-incremental", "np6_runtime_fixture", "user_code.py"],
        cwd=pkgs,
        capture_output=True,
        text=True,
        check=False,
    )
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr
    ruff = subprocess.run(
        [str(venv_bin / "ruff"), "check", "--no-cache", "np6_runtime_fixture"],
        cwd=pkgs,
        capture_output=True,
        text=True,
        check=False,
    )
    assert ruff.returncode == 0, ruff.stdout + ruff.stderr
