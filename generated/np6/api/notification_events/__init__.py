# Generated from the spec tag notification_events by templates/endpoint_init.py.jinja: do not edit.
# ruff: noqa: F401  (the TYPE_CHECKING imports cover every type the tag's operations may use)
"""The notification_events operations of NP6: one module per operation, and the
resource classes that reach them from the client (``client.events.notifications``)."""

from __future__ import annotations

import builtins
from typing import IO, TYPE_CHECKING, Any, Literal

from ...client import BaseClient
from . import (
    list_notification_activation_events,
    list_notification_cancellation_events,
    list_notification_execution_events,
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
    from ...models.cancellation_event import CancellationEvent
    from ...models.event_receiver import EventReceiver, UnknownEventReceiver
    from ...models.event_sort_order import EventSortOrder
    from ...models.execution_event import ExecutionEvent
    from ...models.execution_result import ExecutionResult, UnknownExecutionResult
    from ...models.field import Field, UnknownField
    from ...models.import_feature import ImportFeature, UnknownImportFeature
    from ...models.import_source import ImportSource, UnknownImportSource
    from ...models.notification import Notification, UnknownNotification
    from ...models.notification_provider import NotificationProvider, UnknownNotificationProvider
    from ...models.recipient import Recipient, UnknownRecipient
    from ...models.segment import Segment, UnknownSegment
    from ...models.substitution_action import SubstitutionAction, UnknownSubstitutionAction
    from ...models.target_deletion import TargetDeletion, UnknownTargetDeletion
    from ...types import UNSET, File, Unset
else:
    from ...types import UNSET


class Resource:
    """``client.events.notifications``: the notification_events operations of NP6."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list_activations(
        self,
        id: int,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[ActivationEvent | UnknownBaseEvent]:
        """List the activations of a notification.

        NP6: `GET /notifications/{id}/events/activations`; see ``np6.api.notification_events.list_notification_activation_events``.
        """
        return list_notification_activation_events.sync(
            id=id,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def stream_activations(
        self,
        id: int,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _EventStream[ActivationEvent | UnknownBaseEvent]:
        """List the activations of a notification, streamed (``with`` it).

        NP6: `GET /notifications/{id}/events/activations`.
        """
        return list_notification_activation_events.stream(
            id=id,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def poll_activations(
        self,
        id: int,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
    ) -> _Poller[ActivationEvent | UnknownBaseEvent]:
        """List the activations of a notification, polled across time windows.

        NP6: `GET /notifications/{id}/events/activations`.
        """
        return list_notification_activation_events.poll(
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
        id: int,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[CancellationEvent | UnknownBaseEvent]:
        """List the cancellations of a notification.

        NP6: `GET /notifications/{id}/events/cancellations`; see ``np6.api.notification_events.list_notification_cancellation_events``.
        """
        return list_notification_cancellation_events.sync(
            id=id,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def stream_cancellations(
        self,
        id: int,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _EventStream[CancellationEvent | UnknownBaseEvent]:
        """List the cancellations of a notification, streamed (``with`` it).

        NP6: `GET /notifications/{id}/events/cancellations`.
        """
        return list_notification_cancellation_events.stream(
            id=id,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def poll_cancellations(
        self,
        id: int,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
    ) -> _Poller[CancellationEvent | UnknownBaseEvent]:
        """List the cancellations of a notification, polled across time windows.

        NP6: `GET /notifications/{id}/events/cancellations`.
        """
        return list_notification_cancellation_events.poll(
            id=id,
            cursor=cursor,
            start=start,
            until=until,
            window=window,
            safety_margin=safety_margin,
            max_items=max_items,
            client=self._client,
        )

    def list_executions(
        self,
        id: int,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[ExecutionEvent | UnknownBaseEvent]:
        """List the executions of a notification.

        NP6: `GET /notifications/{id}/events/executions`; see ``np6.api.notification_events.list_notification_execution_events``.
        """
        return list_notification_execution_events.sync(
            id=id,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def stream_executions(
        self,
        id: int,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _EventStream[ExecutionEvent | UnknownBaseEvent]:
        """List the executions of a notification, streamed (``with`` it).

        NP6: `GET /notifications/{id}/events/executions`.
        """
        return list_notification_execution_events.stream(
            id=id,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def poll_executions(
        self,
        id: int,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
    ) -> _Poller[ExecutionEvent | UnknownBaseEvent]:
        """List the executions of a notification, polled across time windows.

        NP6: `GET /notifications/{id}/events/executions`.
        """
        return list_notification_execution_events.poll(
            id=id,
            cursor=cursor,
            start=start,
            until=until,
            window=window,
            safety_margin=safety_margin,
            max_items=max_items,
            client=self._client,
        )


class AsyncResource:
    """``async_client.events.notifications``: the notification_events operations of NP6, awaited."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list_activations(
        self,
        id: int,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[ActivationEvent | UnknownBaseEvent]:
        """List the activations of a notification.

        NP6: `GET /notifications/{id}/events/activations`; see ``np6.api.notification_events.list_notification_activation_events``.
        """
        return await list_notification_activation_events.asyncio(
            id=id,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def stream_activations(
        self,
        id: int,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _AsyncEventStream[ActivationEvent | UnknownBaseEvent]:
        """List the activations of a notification, streamed (``async with`` it).

        NP6: `GET /notifications/{id}/events/activations`.
        """
        return list_notification_activation_events.astream(
            id=id,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def poll_activations(
        self,
        id: int,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
    ) -> _Poller[ActivationEvent | UnknownBaseEvent]:
        """List the activations of a notification, polled (``async for`` it).

        NP6: `GET /notifications/{id}/events/activations`.
        """
        return list_notification_activation_events.poll(
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
        id: int,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[CancellationEvent | UnknownBaseEvent]:
        """List the cancellations of a notification.

        NP6: `GET /notifications/{id}/events/cancellations`; see ``np6.api.notification_events.list_notification_cancellation_events``.
        """
        return await list_notification_cancellation_events.asyncio(
            id=id,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def stream_cancellations(
        self,
        id: int,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _AsyncEventStream[CancellationEvent | UnknownBaseEvent]:
        """List the cancellations of a notification, streamed (``async with`` it).

        NP6: `GET /notifications/{id}/events/cancellations`.
        """
        return list_notification_cancellation_events.astream(
            id=id,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def poll_cancellations(
        self,
        id: int,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
    ) -> _Poller[CancellationEvent | UnknownBaseEvent]:
        """List the cancellations of a notification, polled (``async for`` it).

        NP6: `GET /notifications/{id}/events/cancellations`.
        """
        return list_notification_cancellation_events.poll(
            id=id,
            cursor=cursor,
            start=start,
            until=until,
            window=window,
            safety_margin=safety_margin,
            max_items=max_items,
            client=self._client,
        )

    async def list_executions(
        self,
        id: int,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[ExecutionEvent | UnknownBaseEvent]:
        """List the executions of a notification.

        NP6: `GET /notifications/{id}/events/executions`; see ``np6.api.notification_events.list_notification_execution_events``.
        """
        return await list_notification_execution_events.asyncio(
            id=id,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def stream_executions(
        self,
        id: int,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _AsyncEventStream[ExecutionEvent | UnknownBaseEvent]:
        """List the executions of a notification, streamed (``async with`` it).

        NP6: `GET /notifications/{id}/events/executions`.
        """
        return list_notification_execution_events.astream(
            id=id,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def poll_executions(
        self,
        id: int,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
    ) -> _Poller[ExecutionEvent | UnknownBaseEvent]:
        """List the executions of a notification, polled (``async for`` it).

        NP6: `GET /notifications/{id}/events/executions`.
        """
        return list_notification_execution_events.poll(
            id=id,
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
    "list_notification_activation_events",
    "list_notification_cancellation_events",
    "list_notification_execution_events",
]
