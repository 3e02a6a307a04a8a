# Generated from the spec tag subscription by templates/endpoint_init.py.jinja: do not edit.
# ruff: noqa: F401  (the TYPE_CHECKING imports cover every type the tag's operations may use)
"""The subscription operations of NP6: one module per operation, and the
resource classes that reach them from the client (``client.subscriptions``)."""

from __future__ import annotations

import builtins
from typing import IO, TYPE_CHECKING, Any, Literal

from ...client import BaseClient
from . import (
    delete_contact_subscriptions,
    delete_subscription,
    delete_target_subscriptions,
    get_subscription,
    list_contact_subscriptions,
    list_target_subscriptions,
    upsert_subscription,
)

if TYPE_CHECKING:
    import datetime
    from typing import cast
    from uuid import UUID

    from ..._decoding import UnknownVariant
    from ..._polling import Cursor as _Cursor
    from ..._polling import Duration as _Duration
    from ..._polling import Moment as _Moment
    from ..._polling import Poller as _Poller
    from ..._streaming import AsyncEventStream as _AsyncEventStream
    from ..._streaming import EventStream as _EventStream
    from ...models.action_scheduler_model import ActionSchedulerModel, UnknownActionSchedulerModel
    from ...models.base_event import BaseEvent, UnknownBaseEvent
    from ...models.event_receiver import EventReceiver, UnknownEventReceiver
    from ...models.execution_result import ExecutionResult, UnknownExecutionResult
    from ...models.field import Field, UnknownField
    from ...models.import_feature import ImportFeature, UnknownImportFeature
    from ...models.import_source import ImportSource, UnknownImportSource
    from ...models.notification import Notification, UnknownNotification
    from ...models.notification_provider import NotificationProvider, UnknownNotificationProvider
    from ...models.recipient import Recipient, UnknownRecipient
    from ...models.segment import Segment, UnknownSegment
    from ...models.subscription import Subscription
    from ...models.substitution_action import SubstitutionAction, UnknownSubstitutionAction
    from ...models.target_deletion import TargetDeletion, UnknownTargetDeletion
    from ...types import UNSET, File, Unset
else:
    from ...types import UNSET


class Resource:
    """``client.subscriptions``: the subscription operations of NP6."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def delete_for_contact(
        self,
        *,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> None:
        """Delete a contact's subscriptions by unicity or hash.

        NP6: `DELETE /targets/subscriptions`; see ``np6.api.subscription.delete_contact_subscriptions``.
        """
        return delete_contact_subscriptions.sync(
            unicity=unicity,
            hash_=hash_,
            client=self._client,
        )

    def delete(
        self,
        id: UUID,
    ) -> None:
        """Delete a subscription.

        NP6: `DELETE /subscriptions/{id}`; see ``np6.api.subscription.delete_subscription``.
        """
        return delete_subscription.sync(
            id=id,
            client=self._client,
        )

    def delete_for_target(
        self,
        id: str,
    ) -> None:
        """Delete a contact's subscriptions.

        NP6: `DELETE /targets/{id}/subscriptions`; see ``np6.api.subscription.delete_target_subscriptions``.
        """
        return delete_target_subscriptions.sync(
            id=id,
            client=self._client,
        )

    def get(
        self,
        id: UUID,
    ) -> Subscription:
        """Get a subscription.

        NP6: `GET /subscriptions/{id}`; see ``np6.api.subscription.get_subscription``.
        """
        return get_subscription.sync(
            id=id,
            client=self._client,
        )

    def list_for_contact(
        self,
        *,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> builtins.list[Subscription]:
        """List a contact's subscriptions by unicity or hash.

        NP6: `GET /targets/subscriptions`; see ``np6.api.subscription.list_contact_subscriptions``.
        """
        return list_contact_subscriptions.sync(
            unicity=unicity,
            hash_=hash_,
            client=self._client,
        )

    def list_for_target(
        self,
        id: str,
    ) -> builtins.list[Subscription]:
        """List a contact's subscriptions.

        NP6: `GET /targets/{id}/subscriptions`; see ``np6.api.subscription.list_target_subscriptions``.
        """
        return list_target_subscriptions.sync(
            id=id,
            client=self._client,
        )

    def upsert(
        self,
        *,
        body: Subscription,
    ) -> Subscription:
        """Create or update a subscription.

        NP6: `PUT /subscriptions`; see ``np6.api.subscription.upsert_subscription``.
        """
        return upsert_subscription.sync(
            body=body,
            client=self._client,
        )


class AsyncResource:
    """``async_client.subscriptions``: the subscription operations of NP6, awaited."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def delete_for_contact(
        self,
        *,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> None:
        """Delete a contact's subscriptions by unicity or hash.

        NP6: `DELETE /targets/subscriptions`; see ``np6.api.subscription.delete_contact_subscriptions``.
        """
        return await delete_contact_subscriptions.asyncio(
            unicity=unicity,
            hash_=hash_,
            client=self._client,
        )

    async def delete(
        self,
        id: UUID,
    ) -> None:
        """Delete a subscription.

        NP6: `DELETE /subscriptions/{id}`; see ``np6.api.subscription.delete_subscription``.
        """
        return await delete_subscription.asyncio(
            id=id,
            client=self._client,
        )

    async def delete_for_target(
        self,
        id: str,
    ) -> None:
        """Delete a contact's subscriptions.

        NP6: `DELETE /targets/{id}/subscriptions`; see ``np6.api.subscription.delete_target_subscriptions``.
        """
        return await delete_target_subscriptions.asyncio(
            id=id,
            client=self._client,
        )

    async def get(
        self,
        id: UUID,
    ) -> Subscription:
        """Get a subscription.

        NP6: `GET /subscriptions/{id}`; see ``np6.api.subscription.get_subscription``.
        """
        return await get_subscription.asyncio(
            id=id,
            client=self._client,
        )

    async def list_for_contact(
        self,
        *,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> builtins.list[Subscription]:
        """List a contact's subscriptions by unicity or hash.

        NP6: `GET /targets/subscriptions`; see ``np6.api.subscription.list_contact_subscriptions``.
        """
        return await list_contact_subscriptions.asyncio(
            unicity=unicity,
            hash_=hash_,
            client=self._client,
        )

    async def list_for_target(
        self,
        id: str,
    ) -> builtins.list[Subscription]:
        """List a contact's subscriptions.

        NP6: `GET /targets/{id}/subscriptions`; see ``np6.api.subscription.list_target_subscriptions``.
        """
        return await list_target_subscriptions.asyncio(
            id=id,
            client=self._client,
        )

    async def upsert(
        self,
        *,
        body: Subscription,
    ) -> Subscription:
        """Create or update a subscription.

        NP6: `PUT /subscriptions`; see ``np6.api.subscription.upsert_subscription``.
        """
        return await upsert_subscription.asyncio(
            body=body,
            client=self._client,
        )


__all__ = [
    "AsyncResource",
    "Resource",
    "delete_contact_subscriptions",
    "delete_subscription",
    "delete_target_subscriptions",
    "get_subscription",
    "list_contact_subscriptions",
    "list_target_subscriptions",
    "upsert_subscription",
]
