# Generated from the spec tag campaign_events by templates/endpoint_init.py.jinja: do not edit.
# ruff: noqa: F401  (the TYPE_CHECKING imports cover every type the tag's operations may use)
"""The campaign_events operations of NP6: one module per operation, and the
resource classes that reach them from the client (``client.events.campaigns``)."""

from __future__ import annotations

import builtins
from typing import IO, TYPE_CHECKING, Any, Literal

from ...client import BaseClient
from . import list_campaign_item_events

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
    from ...models.activation_event import ActivationEvent
    from ...models.base_event import BaseEvent, UnknownBaseEvent
    from ...models.bounce_event import BounceEvent
    from ...models.campaign_events_request import CampaignEventsRequest
    from ...models.cancellation_event import CancellationEvent
    from ...models.complaint_event import ComplaintEvent
    from ...models.creation_event import CreationEvent
    from ...models.delivery_event import DeliveryEvent
    from ...models.event_receiver import EventReceiver, UnknownEventReceiver
    from ...models.event_sort_order import EventSortOrder
    from ...models.execution_event import ExecutionEvent
    from ...models.execution_result import ExecutionResult, UnknownExecutionResult
    from ...models.field import Field, UnknownField
    from ...models.hit_event import HitEvent
    from ...models.import_feature import ImportFeature, UnknownImportFeature
    from ...models.import_source import ImportSource, UnknownImportSource
    from ...models.impression_event import ImpressionEvent
    from ...models.modification_event import ModificationEvent
    from ...models.notification import Notification, UnknownNotification
    from ...models.notification_provider import NotificationProvider, UnknownNotificationProvider
    from ...models.optout_event import OptoutEvent
    from ...models.recipient import Recipient, UnknownRecipient
    from ...models.reply_event import ReplyEvent
    from ...models.segment import Segment, UnknownSegment
    from ...models.substitution_action import SubstitutionAction, UnknownSubstitutionAction
    from ...models.suppression_event import SuppressionEvent
    from ...models.target_deletion import TargetDeletion, UnknownTargetDeletion
    from ...types import UNSET, File, Unset
else:
    from ...types import UNSET


class Resource:
    """``client.events.campaigns``: the campaign_events operations of NP6."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list_item_events(
        self,
        id: str,
        *,
        body: CampaignEventsRequest,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[BaseEvent]:
        """List the events of campaign items.

        NP6: `POST /campaigns/{id}/events`; see ``np6.api.campaign_events.list_campaign_item_events``.
        """
        return list_campaign_item_events.sync(
            id=id,
            body=body,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def stream_item_events(
        self,
        id: str,
        *,
        body: CampaignEventsRequest,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _EventStream[BaseEvent]:
        """List the events of campaign items, streamed (``with`` it).

        NP6: `POST /campaigns/{id}/events`.
        """
        return list_campaign_item_events.stream(
            id=id,
            body=body,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def poll_item_events(
        self,
        id: str,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
        body: CampaignEventsRequest,
    ) -> _Poller[BaseEvent]:
        """List the events of campaign items, polled across time windows.

        NP6: `POST /campaigns/{id}/events`.
        """
        return list_campaign_item_events.poll(
            id=id,
            body=body,
            cursor=cursor,
            start=start,
            until=until,
            window=window,
            safety_margin=safety_margin,
            max_items=max_items,
            client=self._client,
        )


class AsyncResource:
    """``async_client.events.campaigns``: the campaign_events operations of NP6, awaited."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list_item_events(
        self,
        id: str,
        *,
        body: CampaignEventsRequest,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[BaseEvent]:
        """List the events of campaign items.

        NP6: `POST /campaigns/{id}/events`; see ``np6.api.campaign_events.list_campaign_item_events``.
        """
        return await list_campaign_item_events.asyncio(
            id=id,
            body=body,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def stream_item_events(
        self,
        id: str,
        *,
        body: CampaignEventsRequest,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _AsyncEventStream[BaseEvent]:
        """List the events of campaign items, streamed (``async with`` it).

        NP6: `POST /campaigns/{id}/events`.
        """
        return list_campaign_item_events.astream(
            id=id,
            body=body,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def poll_item_events(
        self,
        id: str,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
        body: CampaignEventsRequest,
    ) -> _Poller[BaseEvent]:
        """List the events of campaign items, polled (``async for`` it).

        NP6: `POST /campaigns/{id}/events`.
        """
        return list_campaign_item_events.poll(
            id=id,
            body=body,
            cursor=cursor,
            start=start,
            until=until,
            window=window,
            safety_margin=safety_margin,
            max_items=max_items,
            client=self._client,
        )


__all__ = [
    "AsyncResource",
    "Resource",
    "list_campaign_item_events",
]
