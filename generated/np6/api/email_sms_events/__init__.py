# Generated from the spec tag email_sms_events by templates/endpoint_init.py.jinja: do not edit.
# ruff: noqa: F401  (the TYPE_CHECKING imports cover every type the tag's operations may use)
"""The email_sms_events operations of NP6: one module per operation, and the
resource classes that reach them from the client (``client.events.actions``)."""

from __future__ import annotations

import builtins
from typing import IO, TYPE_CHECKING, Any, Literal

from ...client import BaseClient
from . import (
    list_action_activation_events,
    list_action_bounce_events,
    list_action_cancellation_events,
    list_action_form_hit_events,
    list_action_mirror_hit_events,
    list_all_action_cancellation_events,
    list_all_action_events,
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
    from ...models.activation_event import ActivationEvent
    from ...models.base_event import BaseEvent, UnknownBaseEvent
    from ...models.bounce_event import BounceEvent
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
    """``client.events.actions``: the email_sms_events operations of NP6."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list_activations(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[ActivationEvent | UnknownBaseEvent]:
        """List the activations of an action.

        NP6: `GET /actions/{id}/events/activations`; see ``np6.api.email_sms_events.list_action_activation_events``.
        """
        return list_action_activation_events.sync(
            id=id,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def stream_activations(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _EventStream[ActivationEvent | UnknownBaseEvent]:
        """List the activations of an action, streamed (``with`` it).

        NP6: `GET /actions/{id}/events/activations`.
        """
        return list_action_activation_events.stream(
            id=id,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def poll_activations(
        self,
        id: str,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
    ) -> _Poller[ActivationEvent | UnknownBaseEvent]:
        """List the activations of an action, polled across time windows.

        NP6: `GET /actions/{id}/events/activations`.
        """
        return list_action_activation_events.poll(
            id=id,
            cursor=cursor,
            start=start,
            until=until,
            window=window,
            safety_margin=safety_margin,
            max_items=max_items,
            client=self._client,
        )

    def list_bounces(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[BounceEvent | UnknownBaseEvent]:
        """List the bounces of an action.

        NP6: `GET /actions/{id}/events/bounces`; see ``np6.api.email_sms_events.list_action_bounce_events``.
        """
        return list_action_bounce_events.sync(
            id=id,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def stream_bounces(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _EventStream[BounceEvent | UnknownBaseEvent]:
        """List the bounces of an action, streamed (``with`` it).

        NP6: `GET /actions/{id}/events/bounces`.
        """
        return list_action_bounce_events.stream(
            id=id,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def poll_bounces(
        self,
        id: str,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
    ) -> _Poller[BounceEvent | UnknownBaseEvent]:
        """List the bounces of an action, polled across time windows.

        NP6: `GET /actions/{id}/events/bounces`.
        """
        return list_action_bounce_events.poll(
            id=id,
            cursor=cursor,
            start=start,
            until=until,
            window=window,
            safety_margin=safety_margin,
            max_items=max_items,
            client=self._client,
        )

    def list_cancellations(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[CancellationEvent | UnknownBaseEvent]:
        """List the cancellations of an action.

        NP6: `GET /actions/{id}/events/cancellations`; see ``np6.api.email_sms_events.list_action_cancellation_events``.
        """
        return list_action_cancellation_events.sync(
            id=id,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def stream_cancellations(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _EventStream[CancellationEvent | UnknownBaseEvent]:
        """List the cancellations of an action, streamed (``with`` it).

        NP6: `GET /actions/{id}/events/cancellations`.
        """
        return list_action_cancellation_events.stream(
            id=id,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def poll_cancellations(
        self,
        id: str,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
    ) -> _Poller[CancellationEvent | UnknownBaseEvent]:
        """List the cancellations of an action, polled across time windows.

        NP6: `GET /actions/{id}/events/cancellations`.
        """
        return list_action_cancellation_events.poll(
            id=id,
            cursor=cursor,
            start=start,
            until=until,
            window=window,
            safety_margin=safety_margin,
            max_items=max_items,
            client=self._client,
        )

    def list_form_hits(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
        classification: str | Unset = UNSET,
    ) -> builtins.list[HitEvent | UnknownBaseEvent]:
        """List the form hits of an action.

        NP6: `GET /actions/{id}/events/hits/form`; see ``np6.api.email_sms_events.list_action_form_hit_events``.
        """
        return list_action_form_hit_events.sync(
            id=id,
            start=start,
            end=end,
            sort=sort,
            classification=classification,
            client=self._client,
        )

    def stream_form_hits(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
        classification: str | Unset = UNSET,
    ) -> _EventStream[HitEvent | UnknownBaseEvent]:
        """List the form hits of an action, streamed (``with`` it).

        NP6: `GET /actions/{id}/events/hits/form`.
        """
        return list_action_form_hit_events.stream(
            id=id,
            start=start,
            end=end,
            sort=sort,
            classification=classification,
            client=self._client,
        )

    def poll_form_hits(
        self,
        id: str,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
        classification: str | Unset = UNSET,
    ) -> _Poller[HitEvent | UnknownBaseEvent]:
        """List the form hits of an action, polled across time windows.

        NP6: `GET /actions/{id}/events/hits/form`.
        """
        return list_action_form_hit_events.poll(
            id=id,
            classification=classification,
            cursor=cursor,
            start=start,
            until=until,
            window=window,
            safety_margin=safety_margin,
            max_items=max_items,
            client=self._client,
        )

    def list_mirror_hits(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
        classification: str | Unset = UNSET,
    ) -> builtins.list[HitEvent | UnknownBaseEvent]:
        """List the mirror-page hits of an action.

        NP6: `GET /actions/{id}/events/hits/mirror`; see ``np6.api.email_sms_events.list_action_mirror_hit_events``.
        """
        return list_action_mirror_hit_events.sync(
            id=id,
            start=start,
            end=end,
            sort=sort,
            classification=classification,
            client=self._client,
        )

    def stream_mirror_hits(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
        classification: str | Unset = UNSET,
    ) -> _EventStream[HitEvent | UnknownBaseEvent]:
        """List the mirror-page hits of an action, streamed (``with`` it).

        NP6: `GET /actions/{id}/events/hits/mirror`.
        """
        return list_action_mirror_hit_events.stream(
            id=id,
            start=start,
            end=end,
            sort=sort,
            classification=classification,
            client=self._client,
        )

    def poll_mirror_hits(
        self,
        id: str,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
        classification: str | Unset = UNSET,
    ) -> _Poller[HitEvent | UnknownBaseEvent]:
        """List the mirror-page hits of an action, polled across time windows.

        NP6: `GET /actions/{id}/events/hits/mirror`.
        """
        return list_action_mirror_hit_events.poll(
            id=id,
            classification=classification,
            cursor=cursor,
            start=start,
            until=until,
            window=window,
            safety_margin=safety_margin,
            max_items=max_items,
            client=self._client,
        )

    def list_all_cancellations(
        self,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[CancellationEvent | UnknownBaseEvent]:
        """List the cancellations of all actions.

        NP6: `GET /actions/events/cancellations`; see ``np6.api.email_sms_events.list_all_action_cancellation_events``.
        """
        return list_all_action_cancellation_events.sync(
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def stream_all_cancellations(
        self,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _EventStream[CancellationEvent | UnknownBaseEvent]:
        """List the cancellations of all actions, streamed (``with`` it).

        NP6: `GET /actions/events/cancellations`.
        """
        return list_all_action_cancellation_events.stream(
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def poll_all_cancellations(
        self,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
    ) -> _Poller[CancellationEvent | UnknownBaseEvent]:
        """List the cancellations of all actions, polled across time windows.

        NP6: `GET /actions/events/cancellations`.
        """
        return list_all_action_cancellation_events.poll(
            cursor=cursor,
            start=start,
            until=until,
            window=window,
            safety_margin=safety_margin,
            max_items=max_items,
            client=self._client,
        )

    def list_all(
        self,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[BaseEvent]:
        """List the events of all actions.

        NP6: `GET /actions/events`; see ``np6.api.email_sms_events.list_all_action_events``.
        """
        return list_all_action_events.sync(
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def stream_all(
        self,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _EventStream[BaseEvent]:
        """List the events of all actions, streamed (``with`` it).

        NP6: `GET /actions/events`.
        """
        return list_all_action_events.stream(
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def poll_all(
        self,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
    ) -> _Poller[BaseEvent]:
        """List the events of all actions, polled across time windows.

        NP6: `GET /actions/events`.
        """
        return list_all_action_events.poll(
            cursor=cursor,
            start=start,
            until=until,
            window=window,
            safety_margin=safety_margin,
            max_items=max_items,
            client=self._client,
        )


class AsyncResource:
    """``async_client.events.actions``: the email_sms_events operations of NP6, awaited."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list_activations(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[ActivationEvent | UnknownBaseEvent]:
        """List the activations of an action.

        NP6: `GET /actions/{id}/events/activations`; see ``np6.api.email_sms_events.list_action_activation_events``.
        """
        return await list_action_activation_events.asyncio(
            id=id,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def stream_activations(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _AsyncEventStream[ActivationEvent | UnknownBaseEvent]:
        """List the activations of an action, streamed (``async with`` it).

        NP6: `GET /actions/{id}/events/activations`.
        """
        return list_action_activation_events.astream(
            id=id,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def poll_activations(
        self,
        id: str,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
    ) -> _Poller[ActivationEvent | UnknownBaseEvent]:
        """List the activations of an action, polled (``async for`` it).

        NP6: `GET /actions/{id}/events/activations`.
        """
        return list_action_activation_events.poll(
            id=id,
            cursor=cursor,
            start=start,
            until=until,
            window=window,
            safety_margin=safety_margin,
            max_items=max_items,
            client=self._client,
        )

    async def list_bounces(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[BounceEvent | UnknownBaseEvent]:
        """List the bounces of an action.

        NP6: `GET /actions/{id}/events/bounces`; see ``np6.api.email_sms_events.list_action_bounce_events``.
        """
        return await list_action_bounce_events.asyncio(
            id=id,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def stream_bounces(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _AsyncEventStream[BounceEvent | UnknownBaseEvent]:
        """List the bounces of an action, streamed (``async with`` it).

        NP6: `GET /actions/{id}/events/bounces`.
        """
        return list_action_bounce_events.astream(
            id=id,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def poll_bounces(
        self,
        id: str,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
    ) -> _Poller[BounceEvent | UnknownBaseEvent]:
        """List the bounces of an action, polled (``async for`` it).

        NP6: `GET /actions/{id}/events/bounces`.
        """
        return list_action_bounce_events.poll(
            id=id,
            cursor=cursor,
            start=start,
            until=until,
            window=window,
            safety_margin=safety_margin,
            max_items=max_items,
            client=self._client,
        )

    async def list_cancellations(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[CancellationEvent | UnknownBaseEvent]:
        """List the cancellations of an action.

        NP6: `GET /actions/{id}/events/cancellations`; see ``np6.api.email_sms_events.list_action_cancellation_events``.
        """
        return await list_action_cancellation_events.asyncio(
            id=id,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def stream_cancellations(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _AsyncEventStream[CancellationEvent | UnknownBaseEvent]:
        """List the cancellations of an action, streamed (``async with`` it).

        NP6: `GET /actions/{id}/events/cancellations`.
        """
        return list_action_cancellation_events.astream(
            id=id,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def poll_cancellations(
        self,
        id: str,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
    ) -> _Poller[CancellationEvent | UnknownBaseEvent]:
        """List the cancellations of an action, polled (``async for`` it).

        NP6: `GET /actions/{id}/events/cancellations`.
        """
        return list_action_cancellation_events.poll(
            id=id,
            cursor=cursor,
            start=start,
            until=until,
            window=window,
            safety_margin=safety_margin,
            max_items=max_items,
            client=self._client,
        )

    async def list_form_hits(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
        classification: str | Unset = UNSET,
    ) -> builtins.list[HitEvent | UnknownBaseEvent]:
        """List the form hits of an action.

        NP6: `GET /actions/{id}/events/hits/form`; see ``np6.api.email_sms_events.list_action_form_hit_events``.
        """
        return await list_action_form_hit_events.asyncio(
            id=id,
            start=start,
            end=end,
            sort=sort,
            classification=classification,
            client=self._client,
        )

    def stream_form_hits(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
        classification: str | Unset = UNSET,
    ) -> _AsyncEventStream[HitEvent | UnknownBaseEvent]:
        """List the form hits of an action, streamed (``async with`` it).

        NP6: `GET /actions/{id}/events/hits/form`.
        """
        return list_action_form_hit_events.astream(
            id=id,
            start=start,
            end=end,
            sort=sort,
            classification=classification,
            client=self._client,
        )

    def poll_form_hits(
        self,
        id: str,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
        classification: str | Unset = UNSET,
    ) -> _Poller[HitEvent | UnknownBaseEvent]:
        """List the form hits of an action, polled (``async for`` it).

        NP6: `GET /actions/{id}/events/hits/form`.
        """
        return list_action_form_hit_events.poll(
            id=id,
            classification=classification,
            cursor=cursor,
            start=start,
            until=until,
            window=window,
            safety_margin=safety_margin,
            max_items=max_items,
            client=self._client,
        )

    async def list_mirror_hits(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
        classification: str | Unset = UNSET,
    ) -> builtins.list[HitEvent | UnknownBaseEvent]:
        """List the mirror-page hits of an action.

        NP6: `GET /actions/{id}/events/hits/mirror`; see ``np6.api.email_sms_events.list_action_mirror_hit_events``.
        """
        return await list_action_mirror_hit_events.asyncio(
            id=id,
            start=start,
            end=end,
            sort=sort,
            classification=classification,
            client=self._client,
        )

    def stream_mirror_hits(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
        classification: str | Unset = UNSET,
    ) -> _AsyncEventStream[HitEvent | UnknownBaseEvent]:
        """List the mirror-page hits of an action, streamed (``async with`` it).

        NP6: `GET /actions/{id}/events/hits/mirror`.
        """
        return list_action_mirror_hit_events.astream(
            id=id,
            start=start,
            end=end,
            sort=sort,
            classification=classification,
            client=self._client,
        )

    def poll_mirror_hits(
        self,
        id: str,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
        classification: str | Unset = UNSET,
    ) -> _Poller[HitEvent | UnknownBaseEvent]:
        """List the mirror-page hits of an action, polled (``async for`` it).

        NP6: `GET /actions/{id}/events/hits/mirror`.
        """
        return list_action_mirror_hit_events.poll(
            id=id,
            classification=classification,
            cursor=cursor,
            start=start,
            until=until,
            window=window,
            safety_margin=safety_margin,
            max_items=max_items,
            client=self._client,
        )

    async def list_all_cancellations(
        self,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[CancellationEvent | UnknownBaseEvent]:
        """List the cancellations of all actions.

        NP6: `GET /actions/events/cancellations`; see ``np6.api.email_sms_events.list_all_action_cancellation_events``.
        """
        return await list_all_action_cancellation_events.asyncio(
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def stream_all_cancellations(
        self,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _AsyncEventStream[CancellationEvent | UnknownBaseEvent]:
        """List the cancellations of all actions, streamed (``async with`` it).

        NP6: `GET /actions/events/cancellations`.
        """
        return list_all_action_cancellation_events.astream(
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def poll_all_cancellations(
        self,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
    ) -> _Poller[CancellationEvent | UnknownBaseEvent]:
        """List the cancellations of all actions, polled (``async for`` it).

        NP6: `GET /actions/events/cancellations`.
        """
        return list_all_action_cancellation_events.poll(
            cursor=cursor,
            start=start,
            until=until,
            window=window,
            safety_margin=safety_margin,
            max_items=max_items,
            client=self._client,
        )

    async def list_all(
        self,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[BaseEvent]:
        """List the events of all actions.

        NP6: `GET /actions/events`; see ``np6.api.email_sms_events.list_all_action_events``.
        """
        return await list_all_action_events.asyncio(
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def stream_all(
        self,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _AsyncEventStream[BaseEvent]:
        """List the events of all actions, streamed (``async with`` it).

        NP6: `GET /actions/events`.
        """
        return list_all_action_events.astream(
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def poll_all(
        self,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
    ) -> _Poller[BaseEvent]:
        """List the events of all actions, polled (``async for`` it).

        NP6: `GET /actions/events`.
        """
        return list_all_action_events.poll(
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
    "list_action_activation_events",
    "list_action_bounce_events",
    "list_action_cancellation_events",
    "list_action_form_hit_events",
    "list_action_mirror_hit_events",
    "list_all_action_cancellation_events",
    "list_all_action_events",
]
