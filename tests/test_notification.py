"""Notification operations replayed from cassettes built on NP6's documented examples."""

from __future__ import annotations

from uuid import UUID

import httpx
import pytest

from np6 import Client
from np6.api.notification import (
    execute_notification,
    render_notification_for_contact,
    render_notification_version,
    render_notification_version_for_contact,
    render_notification_version_for_contact_id,
    test_notification_version,
    update_notification,
)
from np6.models import (
    NotificationExecutionRequest,
    NotificationRenderRequest,
    NotificationRenderResult,
    NotificationTestRequest,
    PushAppNotification,
    PushAppNotificationType,
    RecipientById,
    RecipientByUnicity,
)

VERSION = UUID("8b898373-21c7-4028-b85f-cc5068e68df9")


@pytest.mark.vcr
def test_update_notification(client: Client) -> None:
    body = PushAppNotification.from_dict(
        {
            "type": "push-app",
            "id": 42,
            "name": "Cart reminder",
            "description": "Reminds subscribers of their cart",
            "active": True,
            "settings": {"urgent": False, "purpose": {"type": "Marketing"}},
            "application": "2399f53f-1b0e-4cbb-b81e-26c0f11359ca",
            "versions": [{"id": str(VERSION)}],
        }
    )
    assert body.type_ is PushAppNotificationType.PUSH_APP
    assert body.application == UUID("2399f53f-1b0e-4cbb-b81e-26c0f11359ca")
    assert body.versions[0].id == VERSION
    response = update_notification.sync_detailed(42, client=client, body=body)
    assert response.status_code == 204
    assert response.parsed is None


@pytest.mark.vcr
def test_execute_notification(client: Client) -> None:
    body = [
        NotificationExecutionRequest.from_dict(
            {"recipient": {"type": "id", "value": "000T123"}, "title": "Your cart is waiting", "data": {"items": 2}}
        ),
        NotificationExecutionRequest.from_dict({"recipient": {"type": "unicity", "value": ["bob@example.com"]}}),
    ]
    assert isinstance(body[0].recipient, RecipientById)
    assert body[0].recipient.value == "000T123"
    assert isinstance(body[1].recipient, RecipientByUnicity)
    assert body[1].recipient.value == ["bob@example.com"]
    assert execute_notification.sync(42, client=client, body=body) is None


def _assert_cart_render(result: NotificationRenderResult, body: str) -> None:
    assert result.type_ == "success"
    assert result.meta.notification == 42
    assert result.meta.version == VERSION
    assert result.meta.application == UUID("2b22d485-f04e-492b-b364-e14f8506726a")
    assert result.channel == "marketing"
    assert result.redirection == "app://push-app/cart"
    assert result.render.title == "Your cart is waiting"
    assert result.render.body == body


@pytest.mark.vcr
def test_render_notification_for_contact(client: Client) -> None:
    result = render_notification_for_contact.sync(42, client=client, unicity="alice@example.com")
    _assert_cart_render(result, "2 items left in your cart")
    assert result.meta.subscription == UUID("da7489c5-d730-47b7-9958-0a1b2c3d4e5f")
    assert result.render.image is None


@pytest.mark.vcr
def test_render_notification_version(client: Client) -> None:
    body = NotificationRenderRequest.from_dict({"receiver": {"id": "000T123", "unicity": "alice@example.com"}})
    response = render_notification_version.sync_detailed(42, VERSION, client=client, body=body)
    assert response.status_code == 204


@pytest.mark.vcr
def test_render_notification_version_for_contact(client: Client) -> None:
    result = render_notification_version_for_contact.sync(42, VERSION, client=client, unicity="alice@example.com")
    _assert_cart_render(result, "2 items left in your cart")


@pytest.mark.vcr
def test_render_notification_version_for_contact_hash(client: Client) -> None:
    result = render_notification_version_for_contact.sync(
        42, VERSION, client=client, hash_="409ba38aa13699d31caa8b42c94a5dc8"
    )
    _assert_cart_render(result, "2 items left in your cart")


@pytest.mark.vcr
def test_render_notification_version_for_contact_id(client: Client) -> None:
    result = render_notification_version_for_contact_id.sync(42, VERSION, "000T123", client=client)
    _assert_cart_render(result, "1 item left in your cart")
    assert result.render.icon == "https://cdn.example.com/icon.png"
    assert result.meta.subscription == UUID("5f0c9a77-4b1e-4c44-9d0e-8e2f1a6b3c21")


@pytest.mark.vcr
def test_test_notification_version(client: Client) -> None:
    body = NotificationTestRequest.from_dict(
        {"recipient": {"type": "id", "value": 1001}, "title": "[TEST] Your cart is waiting"}
    )
    assert body.recipient.value == 1001
    assert test_notification_version.sync(42, VERSION, client=client, body=body) is None


def test_render_for_contact_sends_the_chosen_identifier_only() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"type": "success"})

    transport = httpx.MockTransport(handler)
    with Client(api_key="k", base_url="https://np6.test", max_retries=0, transport=transport) as np6:
        result = render_notification_version_for_contact.sync(42, VERSION, client=np6, hash_="abc")
    assert result.type_ == "success"
    (request,) = seen
    assert request.url.path == f"/notifications/42/versions/{VERSION}/render/contact"
    assert dict(request.url.params) == {"hash": "abc"}
