"""Mobile Application (notifiable application) operations replayed from cassettes."""

from __future__ import annotations

import datetime
from uuid import UUID

import pytest

from np6 import Client
from np6.api.mobile_application import (
    create_notifiable_application,
    get_notifiable_application,
    list_notifiable_applications,
)
from np6.models import ApnsProvider, FirebaseProvider, HttpProvider, NotifiableApplication

UTC = datetime.UTC
APP = UUID("2399f53f-1b0e-4cbb-b81e-26c0f11359ca")


@pytest.mark.vcr
def test_list_notifiable_applications(client: Client) -> None:
    firebase_app, http_app = list_notifiable_applications.sync(client=client)
    assert (firebase_app.id, firebase_app.type_, firebase_app.active) == (APP, "native", True)
    assert firebase_app.stamp.modification == datetime.datetime(2023, 1, 7, 8, 23, 3, 100000, tzinfo=UTC)
    (provider,) = firebase_app.providers
    assert isinstance(provider, FirebaseProvider)
    assert provider.sender == "np6.push"
    (route,) = firebase_app.routes
    assert (route.name, route.value.value, route.default) == ("defaultUrl", "app://push-app/home", True)
    assert firebase_app.channels is None
    assert http_app.active is False
    assert isinstance(http_app.providers[0], HttpProvider)
    assert http_app.providers[0].url == "https://my-app.example.com/push"


@pytest.mark.vcr
def test_create_notifiable_application(client: Client) -> None:
    body = NotifiableApplication.from_dict(
        {
            "type": "native",
            "id": None,
            "name": "another mobile app",
            "description": "An application that handles push notifications using firebase and apns",
            "active": False,
            "stamp": None,
            "icon": None,
            "providers": [
                {"type": "firebase", "key": "...", "sender": "np6.push"},
                {
                    "type": "apns",
                    "certificate": {
                        "type": "p12",
                        "value": "...",
                        "password": "...",
                        "expiration": "2025-12-31T23:59:59.999Z",
                    },
                    "bundle": "com.np6.push",
                },
            ],
            "routes": [{"name": "home", "value": {"type": "literal", "value": "app://homepage"}, "default": True}],
            "channels": [{"name": "marketing", "value": {"type": "literal", "value": "marketing"}, "default": True}],
        }
    )
    created = create_notifiable_application.sync(client=client, body=body)
    assert created.id == UUID("a2261c17-a896-4c57-ad1f-6a3f2d83a2cc")
    assert created.stamp.creation == datetime.datetime(2024, 2, 1, 2, 2, 43, 123000, tzinfo=UTC)
    firebase, apns = created.providers
    assert isinstance(firebase, FirebaseProvider)
    assert isinstance(apns, ApnsProvider)
    assert apns.bundle == "com.np6.push"
    assert apns.certificate.expiration == datetime.datetime(2025, 12, 31, 23, 59, 59, 999000, tzinfo=UTC)
    assert created.channels[0].name == "marketing"


@pytest.mark.vcr
def test_get_notifiable_application(client: Client) -> None:
    application = get_notifiable_application.sync(APP, client=client)
    assert application.id == APP
    assert application.name == "my mobile app"
    assert application.stamp.creation == datetime.datetime(2023, 1, 1, 12, 1, 2, 423000, tzinfo=UTC)
    assert isinstance(application.providers[0], FirebaseProvider)
