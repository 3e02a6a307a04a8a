"""Email & SMS actions replayed from cassettes built on NP6's documented examples.

Sends and renders are replayed once per request media type (application/vnd.np6.cm.email and
application/vnd.np6.cm.sms); a request hook records what reached the wire, so the tests prove
the Content-Type header and the body NP6 receives, not only the decoded answer.
"""

from __future__ import annotations

import datetime
import json
import os
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from np6 import Client, errors
from np6._decoding import UnknownVariant
from np6.api.email_sms_actions import (
    create_action,
    delete_action,
    duplicate_action,
    export_action_clicks,
    export_action_opens,
    get_action,
    list_actions,
    render_action_links,
    render_action_message,
    render_action_messages,
    send_action_message,
    send_action_messages,
    send_action_to_target,
    unvalidate_action,
    update_action,
    validate_action,
)
from np6.models import (
    ActionSchedulerAsap,
    ActionState,
    ExecutionEmailRequest,
    ExecutionEmailRequestDataType0,
    ExecutionError,
    ExecutionSmsRequest,
    ExecutionSuccess,
    MailActionSettings,
    MailActionSettingsEditionMode,
    MailActionSettingsTemplating,
    MailCampaignAction,
    MailContent,
    MailFrom,
    MailHeaders,
    MailMessageAction,
    MailMessageActionType,
    MessageRequestModel,
    MessageRequestModelDataType0,
    RecipientByHash,
    RecipientById,
    RecipientByUnicity,
    RecipientFootprint,
    RenderEmailRequest,
    RenderLinksRequest,
    RenderMailResult,
    RenderSmsRequest,
    SmsMessageAction,
    ValidationSettingsModel,
)
from tests.conftest import api_key

UTC = datetime.UTC
EMAIL = "application/vnd.np6.cm.email"
SMS = "application/vnd.np6.cm.sms"


@pytest.fixture
def wire() -> Iterator[tuple[Client, list[httpx.Request]]]:
    """A client like ``client`` whose requests are recorded as they leave it."""
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> None:
        sent.append(request)

    with Client(
        api_key=api_key(),
        base_url=os.environ.get("NP6_BASE_URL"),
        max_retries=0,
        httpx_args={"event_hooks": {"request": [record]}},
    ) as np6:
        yield np6, sent


def _body(request: httpx.Request) -> Any:
    return json.loads(request.content)


# ------------------------------------------------------------------ actions


@pytest.mark.vcr
def test_list_actions(client: Client) -> None:
    actions = list_actions.sync(client=client)
    campaign, message = actions
    assert isinstance(campaign, MailCampaignAction)
    assert campaign.id == "000AB1"
    assert campaign.informations.state is ActionState.CREATION
    assert isinstance(campaign.scheduler, ActionSchedulerAsap)
    assert campaign.scheduler.start_date == datetime.datetime(2015, 10, 30, 15, 23, tzinfo=UTC)
    assert campaign.monitor.last_sent.at == datetime.datetime(2015, 10, 30, 15, 23, tzinfo=UTC)
    assert isinstance(message, MailMessageAction)
    assert message.informations.state is ActionState.VALIDATED
    assert message.settings.templating.version == "4"


@pytest.mark.vcr
def test_list_actions_created_between(client: Client) -> None:
    actions = list_actions.sync(
        client=client,
        creation_start=datetime.datetime(2024, 1, 1, tzinfo=UTC),
        creation_end=datetime.datetime(2024, 2, 1, tzinfo=UTC),
    )
    assert [a.name for a in actions] == ["Test Campaign", "Test Message"]


@pytest.mark.vcr
def test_create_action(client: Client) -> None:
    body = MailMessageAction(
        name="Order confirmation",
        settings=MailActionSettings(
            templating=MailActionSettingsTemplating(version="4.1"), edition_mode=MailActionSettingsEditionMode.HTML
        ),
        content=MailContent(
            headers=MailHeaders(from_=MailFrom(prefix="noreply", domain="news.example.com", label="Example Shop")),
            subject="Your order",
            html="<html><body>Thank you for your order.</body></html>",
        ),
    )
    action = create_action.sync(client=client, body=body)
    assert isinstance(action, MailMessageAction)
    assert action.id == "000ABC"
    assert action.informations.state is ActionState.CREATED
    assert action.informations.folder is None
    assert action.settings.field == 728
    assert action.content.headers.from_.domain == "news.example.com"
    assert action.creation_date == datetime.datetime(2024, 5, 4, 9, 12, tzinfo=UTC)


@pytest.mark.vcr
def test_get_action(client: Client) -> None:
    action = get_action.sync("000ABC", client=client)
    assert isinstance(action, MailMessageAction)
    assert action.type_ is MailMessageActionType.MAILMESSAGE
    assert action.informations.state is ActionState.VALIDATED
    assert action.informations.state.is_known
    assert action.settings.performance.opening_rate == 0.2
    assert action.settings.mp.use is False
    assert action.settings.archive is True
    assert action.content.headers.reply == "help@example.com"
    assert action.content.text == "Thank you for your order."


@pytest.mark.vcr
def test_update_action(client: Client) -> None:
    body = MailMessageAction.from_dict(
        {
            "type": "mailMessage",
            "name": "Order confirmation (v2)",
            "informations": {"folder": 3, "category": 12},
            "content": {
                "headers": {"from": {"prefix": "noreply", "domain": "news.example.com", "label": "Example Shop"}},
                "subject": "Your order is confirmed",
                "html": "<html><body>Your order is confirmed.</body></html>",
            },
        }
    )
    action = update_action.sync("000ABC", client=client, body=body)
    assert isinstance(action, MailMessageAction)
    assert action.name == "Order confirmation (v2)"
    assert action.informations.state is ActionState.CREATED
    assert action.content.subject == "Your order is confirmed"


@pytest.mark.vcr
def test_delete_action(client: Client) -> None:
    response = delete_action.sync_detailed("000ABC", client=client)
    assert response.status_code == 204
    assert response.parsed is None


@pytest.mark.vcr
def test_duplicate_action(client: Client) -> None:
    copy = duplicate_action.sync("000ABC", client=client)
    assert isinstance(copy, SmsMessageAction)
    assert (copy.id, copy.name) == ("000ABD", "SMSMessage(1)")
    assert copy.informations.state is ActionState.CREATION
    assert copy.settings.sms_format == 3
    assert copy.content.text_content == "Message text."


@pytest.mark.vcr
def test_duplicate_action_into_folder(client: Client) -> None:
    copy = duplicate_action.sync("000ABC", client=client, type_=0, folder=7)
    assert copy.id == "000ABD"


# ------------------------------------------------------------------ validation


@pytest.mark.vcr
def test_validate_action(client: Client) -> None:
    """The two phases, in order: test sends to a test segment, then production validation."""
    test_phase = ValidationSettingsModel(fortest=True, test_segments=[1319])
    assert validate_action.sync("000ABC", client=client, body=test_phase) is None
    production = ValidationSettingsModel(fortest=False)
    response = validate_action.sync_detailed("000ABC", client=client, body=production)
    assert response.status_code == 204


@pytest.mark.vcr
def test_unvalidate_action(client: Client) -> None:
    assert unvalidate_action.sync("000ABC", client=client, body=ValidationSettingsModel()) is None


# ------------------------------------------------------------------ sends


@pytest.mark.vcr
def test_send_action_message(wire: tuple[Client, list[httpx.Request]]) -> None:
    client, sent = wire
    body = ExecutionEmailRequest(
        recipient=RecipientByUnicity(value=["alice@example.com"]),
        data=ExecutionEmailRequestDataType0.from_dict({"orderNumber": "A-1001"}),
    )
    result = send_action_message.sync("000ABC", client=client, body=body)
    assert isinstance(result, ExecutionSuccess)
    assert result.id == "497a760d-e444-484f-b964-125cf548bb9c"
    assert isinstance(result.recipient, RecipientFootprint)
    assert (result.recipient.id, result.recipient.unicity) == ("00000001", "unicity_1")
    assert result.recipient.hash_ == "409ba38aa13699d31caa8b42c94a5dc8"
    (request,) = sent
    assert request.headers["Content-Type"] == EMAIL
    assert _body(request) == {
        "recipient": {"type": "unicity", "value": ["alice@example.com"]},
        "data": {"orderNumber": "A-1001"},
    }


@pytest.mark.vcr
def test_send_action_message_sms(wire: tuple[Client, list[httpx.Request]]) -> None:
    client, sent = wire
    body = ExecutionSmsRequest(recipient=RecipientById.from_dict({"type": "id", "value": "00000001"}))
    result = send_action_message.sync("000ABC", client=client, body=body, content_type=SMS)
    assert isinstance(result, ExecutionSuccess)
    assert isinstance(result.recipient, RecipientFootprint)
    assert result.recipient.unicity == "33612345678"
    (request,) = sent
    assert request.headers["Content-Type"] == SMS
    assert _body(request) == {"recipient": {"type": "id", "value": "00000001"}}


def test_send_action_message_refuses_a_body_of_the_other_channel(client: Client) -> None:
    body = ExecutionEmailRequest(recipient=RecipientById.from_dict({"type": "id", "value": "00000001"}))
    with pytest.raises(TypeError):
        send_action_message.sync("000ABC", client=client, body=body, content_type=SMS)


@pytest.mark.vcr
def test_send_action_message_conflict(client: Client) -> None:
    """An action only test-validated (state 38) cannot send: 409, empty body, x-request-id."""
    body = ExecutionEmailRequest.from_dict(
        {"recipient": {"type": "unicity", "value": ["alice@example.com"]}, "data": {"orderNumber": "A-1001"}}
    )
    with pytest.raises(errors.ConflictError) as raised:
        send_action_message.sync("000ABC", client=client, body=body)
    assert raised.value.request_id == "0d8c24af-93c9-4eb0-81eb-eb2248b5ff9f"


@pytest.mark.vcr
def test_send_action_messages(wire: tuple[Client, list[httpx.Request]]) -> None:
    client, sent = wire
    body = [
        ExecutionEmailRequest.from_dict({"recipient": {"type": "unicity", "value": ["unicity_1"]}}),
        ExecutionEmailRequest.from_dict({"recipient": {"type": "unicity", "value": ["unicity_2"]}}),
    ]
    results = send_action_messages.sync("000ABC", client=client, body=body)
    assert [type(r) for r in results] == [ExecutionSuccess, ExecutionSuccess]
    assert [r.id for r in results if isinstance(r, ExecutionSuccess)] == [
        "497a760d-e444-484f-b964-125cf548bb9c",
        "804b1456-1280-4744-b556-29a36031b44f",
    ]
    assert isinstance(results[1].recipient, RecipientFootprint)
    assert results[1].recipient.id == "00000002"
    (request,) = sent
    assert request.headers["Content-Type"] == EMAIL
    assert _body(request)[1] == {"recipient": {"type": "unicity", "value": ["unicity_2"]}}


@pytest.mark.vcr
def test_send_action_messages_sms(wire: tuple[Client, list[httpx.Request]]) -> None:
    client, sent = wire
    body = [
        ExecutionSmsRequest.from_dict({"recipient": {"type": "id", "value": "00000001"}}),
        ExecutionSmsRequest(
            recipient=RecipientByHash.from_dict({"type": "hash", "value": "2f5c786adbb6ca1fb4e2226104b0fbc7"})
        ),
    ]
    results = send_action_messages.sync("000ABC", client=client, body=body, content_type=SMS)
    assert all(isinstance(r, ExecutionSuccess) for r in results)
    assert [
        r.recipient.unicity
        for r in results
        if isinstance(r, ExecutionSuccess) and isinstance(r.recipient, RecipientFootprint)
    ] == [
        "33612345678",
        "33698765432",
    ]
    (request,) = sent
    assert request.headers["Content-Type"] == SMS
    assert _body(request) == [
        {"recipient": {"type": "id", "value": "00000001"}},
        {"recipient": {"type": "hash", "value": "2f5c786adbb6ca1fb4e2226104b0fbc7"}},
    ]


@pytest.mark.vcr
def test_send_action_messages_partial_failure(client: Client) -> None:
    """A batch answers 200 even when one message fails: each result says which."""
    body = [
        ExecutionEmailRequest.from_dict({"recipient": {"type": "unicity", "value": ["alice@example.com"]}}),
        ExecutionEmailRequest.from_dict({"recipient": {"type": "unicity", "value": ["nobody@example.com"]}}),
    ]
    sent, refused = send_action_messages.sync("000ABC", client=client, body=body)
    assert isinstance(sent, ExecutionSuccess)
    assert sent.id == "f5a0982e-59e1-43bb-afc5-b40aecbb723c"
    assert isinstance(refused, ExecutionError)
    assert refused.value.type_ == "recipient not found"
    assert isinstance(refused.value.recipient, RecipientByUnicity)
    assert refused.value.recipient.value == ["nobody@example.com"]


def test_execution_result_of_an_unknown_kind_is_kept() -> None:
    """A result type NP6 may add later decodes to UnknownVariant instead of failing the batch."""
    response = httpx.Response(200, json=[{"type": "deferred", "id": "x"}])
    (result,) = send_action_messages._parse_response(response)
    assert isinstance(result, UnknownVariant)
    assert result["id"] == "x"


# ------------------------------------------------------------------ renders


@pytest.mark.vcr
def test_render_action_message(wire: tuple[Client, list[httpx.Request]]) -> None:
    client, sent = wire
    body = RenderEmailRequest(receiver=RecipientById.from_dict({"type": "id", "value": "000T123"}))
    rendered = render_action_message.sync("000ABC", client=client, body=body)
    assert isinstance(rendered, RenderMailResult)
    assert rendered.type_ == "success"
    assert rendered.recipient == "alice@example.com"
    assert rendered.sender.value == "noreply@news.example.com"
    assert rendered.subject == "Your order"
    assert rendered.amp is None
    assert rendered.headers["List-Unsubscribe"] == "<mailto:unsubscribe@news.example.com>"
    (request,) = sent
    assert request.headers["Content-Type"] == EMAIL
    assert _body(request) == {"receiver": {"type": "id", "value": "000T123"}}


@pytest.mark.vcr
def test_render_action_message_sms(wire: tuple[Client, list[httpx.Request]]) -> None:
    client, sent = wire
    body = RenderSmsRequest(receiver=RecipientById.from_dict({"type": "id", "value": "000T123"}))
    rendered = render_action_message.sync("000ABC", client=client, body=body, content_type=SMS)
    assert (rendered.type_, rendered.recipient, rendered.text) == ("success", "33612345678", "Your code is 4242")
    (request,) = sent
    assert request.headers["Content-Type"] == SMS


@pytest.mark.vcr
def test_render_action_messages(wire: tuple[Client, list[httpx.Request]]) -> None:
    client, sent = wire
    body = [
        RenderEmailRequest(receiver=RecipientById.from_dict({"type": "id", "value": "000T123"})),
        RenderEmailRequest(receiver=RecipientByUnicity.from_dict({"type": "unicity", "value": ["bob@example.com"]})),
    ]
    rendered = render_action_messages.sync("000ABC", client=client, body=body)
    assert [r.recipient for r in rendered] == ["alice@example.com", "bob@example.com"]
    assert rendered[1].html == "<html><body>Hello Bob</body></html>"
    assert rendered[0].sender.reply is None
    (request,) = sent
    assert request.headers["Content-Type"] == EMAIL
    assert len(_body(request)) == 2


@pytest.mark.vcr
def test_render_action_messages_sms(wire: tuple[Client, list[httpx.Request]]) -> None:
    client, sent = wire
    body = [RenderSmsRequest(receiver=RecipientById.from_dict({"type": "id", "value": "000T123"}))]
    (rendered,) = render_action_messages.sync("000ABC", client=client, body=body, content_type=SMS)
    assert rendered.text == "Your code is 4242"
    (request,) = sent
    assert request.headers["Content-Type"] == SMS
    assert _body(request) == [{"receiver": {"type": "id", "value": "000T123"}}]


@pytest.mark.vcr
def test_render_action_links(client: Client) -> None:
    body = RenderLinksRequest.from_dict(
        {
            "receiver": {"type": "id", "value": "000T123"},
            "data": {},
            "variables": [],
            "context": {"id": "000ABC", "display": 0, "render": 0, "recipient": "alice@example.com"},
            "stamp": {
                "time": 1714814400000,
                "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                "thread": "4e557e2e-a322-4083-8cda-d0357ed0cb0c",
                "set": "6218c222-bd9f-4d43-9cbb-d1adfe7e63bd",
            },
            "links": [{"type": "redirection"}],
        }
    )
    assert body.stamp.time == 1714814400000
    result = render_action_links.sync("000ABC", client=client, body=body)
    assert result.type_ == "success"
    assert result.links == ["https://t.news.example.com/r/abc123"]


# ------------------------------------------------------------------ other sends and exports


@pytest.mark.vcr
def test_send_action_to_target(client: Client) -> None:
    body = MessageRequestModel(data=MessageRequestModelDataType0.from_dict({"orderNumber": "A-1001"}))
    response = send_action_to_target.sync_detailed("000ABC", "000T123", client=client, body=body)
    assert response.status_code == 204
    assert response.parsed is None


@pytest.mark.vcr
def test_send_action_to_target_without_body(client: Client) -> None:
    assert send_action_to_target.sync("000ABC", "000T123", client=client) is None


@pytest.mark.vcr
def test_export_action_opens(client: Client) -> None:
    assert export_action_opens.sync_detailed("000ABC", client=client).status_code == 204


@pytest.mark.vcr
def test_export_action_clicks(client: Client) -> None:
    assert export_action_clicks.sync_detailed("000ABC", client=client).status_code == 204


# ------------------------------------------------------------------ wire details


def _mock_client(handler: Any) -> Client:
    return Client(api_key="k", base_url="https://np6.test", max_retries=0, transport=httpx.MockTransport(handler))


@pytest.mark.parametrize(
    ("call", "path"),
    [
        (lambda c: duplicate_action.sync_detailed("000ABC", client=c), "/actions/000ABC/duplication"),
        (
            lambda c: send_action_to_target.sync_detailed("000ABC", "000T123", client=c),
            "/actions/000ABC/targets/000T123",
        ),
    ],
)
def test_posts_without_body_send_content_length_zero(call: Any, path: str) -> None:
    """NP6 answers 411 to a POST without Content-Length, even when there is no body."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.endswith("/duplication"):
            return httpx.Response(200, json={"type": "smsMessage", "id": "000ABD", "name": "copy"})
        return httpx.Response(204)

    with _mock_client(handler) as np6:
        call(np6)
    (request,) = seen
    assert request.url.path == path
    assert request.headers["Content-Length"] == "0"
    assert request.content == b""


def test_unvalidate_sends_its_json_body_on_delete() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    with _mock_client(handler) as np6:
        unvalidate_action.sync("000ABC", client=np6, body=ValidationSettingsModel())
    (request,) = seen
    assert (request.method, request.headers["Content-Type"]) == ("DELETE", "application/json")
    assert json.loads(request.content) == {}


def test_unsupported_media_type_is_reported() -> None:
    """What NP6 answers when a send reaches it as plain JSON."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(415, headers={"x-request-id": "r-415"})

    body = ExecutionEmailRequest.from_dict({"recipient": {"type": "id", "value": "00000001"}})
    with _mock_client(handler) as np6, pytest.raises(errors.UnsupportedMediaTypeError) as raised:
        send_action_message.sync("000ABC", client=np6, body=body)
    assert raised.value.request_id == "r-415"


@pytest.mark.vcr
@pytest.mark.default_cassette("test_send_action_message_sms.yaml")
async def test_send_action_message_sms_async(client: Client) -> None:
    body = ExecutionSmsRequest(recipient=RecipientById.from_dict({"type": "id", "value": "00000001"}))
    result = await send_action_message.asyncio("000ABC", client=client, body=body, content_type=SMS)
    assert isinstance(result, ExecutionSuccess)
    assert result.id == "3f2d1c0b-9a8e-4f7d-8c6b-5a4e3d2c1b0a"
