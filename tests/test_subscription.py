"""Subscription operations replayed from cassettes built on NP6's documented examples."""

from __future__ import annotations

import datetime
import uuid

import pytest

from np6 import Client
from np6.api.subscription import (
    delete_contact_subscriptions,
    delete_subscription,
    delete_target_subscriptions,
    get_subscription,
    list_contact_subscriptions,
    list_target_subscriptions,
    upsert_subscription,
)
from np6.models import Subscription, SubscriptionContact, SubscriptionLifecycle, SubscriptionProvider

UTC = datetime.UTC
SUBSCRIPTION_ID = uuid.UUID("0581e259-9039-487c-a94e-ff8c3944f956")
APPLICATION_ID = uuid.UUID("56c874e9-2f8e-4b60-ab4b-6410c3238352")
HASH = "3858f62230ac3c915f300c664312c63f"
TOKEN = "d4FAelIfREOTW2TPig-f9r:APA91bGQj91UnatpGQNFI6MMUxYo...."


def _assert_documented_subscription(subscription: Subscription) -> None:
    assert isinstance(subscription, Subscription)
    assert (subscription.id, subscription.application) == (SUBSCRIPTION_ID, APPLICATION_ID)
    assert isinstance(subscription.lifecycle, SubscriptionLifecycle)
    creation = subscription.lifecycle.creation
    assert creation.date == datetime.datetime(2023, 5, 22, 8, 20, 5, 215000, tzinfo=UTC)
    assert creation.user is None
    assert isinstance(subscription.provider, SubscriptionProvider)
    assert subscription.provider.type_ == "firebase"
    assert subscription.provider.token == TOKEN
    assert isinstance(subscription.contact, SubscriptionContact)
    contact = subscription.contact
    assert (contact.type_, contact.id, contact.unicity, contact.hash_) == ("footprint", "00000001", "foobar", HASH)


@pytest.mark.vcr
def test_upsert_subscription(client: Client) -> None:
    body = Subscription(
        id=SUBSCRIPTION_ID,
        application=APPLICATION_ID,
        provider=SubscriptionProvider(
            type_="firebase", token="d4FAelIfREOTW2TPig-f9r:APA91bGQj91UnatpGQNFI6MMUxYo...."
        ),
        contact=SubscriptionContact(type_="footprint", id="00000001", unicity="foobar", hash_=HASH),
    )
    _assert_documented_subscription(upsert_subscription.sync(client=client, body=body))


@pytest.mark.vcr
def test_get_subscription(client: Client) -> None:
    _assert_documented_subscription(get_subscription.sync(SUBSCRIPTION_ID, client=client))


@pytest.mark.vcr
def test_delete_subscription(client: Client) -> None:
    response = delete_subscription.sync_detailed(SUBSCRIPTION_ID, client=client)
    assert (response.status_code, response.parsed) == (204, None)
    assert response.headers["x-request-id"]


@pytest.mark.vcr
def test_list_target_subscriptions(client: Client) -> None:
    (subscription,) = list_target_subscriptions.sync("000MLGPR", client=client)
    _assert_documented_subscription(subscription)


@pytest.mark.vcr
def test_delete_target_subscriptions(client: Client) -> None:
    response = delete_target_subscriptions.sync_detailed("000MLGPR", client=client)
    assert (response.status_code, response.parsed) == (204, None)


@pytest.mark.vcr
def test_list_contact_subscriptions(client: Client) -> None:
    (subscription,) = list_contact_subscriptions.sync(client=client, unicity="foobar")
    _assert_documented_subscription(subscription)


@pytest.mark.vcr
def test_delete_contact_subscriptions(client: Client) -> None:
    response = delete_contact_subscriptions.sync_detailed(client=client, hash_=HASH)
    assert (response.status_code, response.parsed) == (204, None)
