# Generated from the spec tag contact_events by templates/endpoint_init.py.jinja: do not edit.
# ruff: noqa: F401  (the TYPE_CHECKING imports cover every type the tag's operations may use)
"""The contact_events operations of NP6: one module per operation, and the
resource classes that reach them from the client (``client.events.targets``)."""

from __future__ import annotations

import builtins
from typing import IO, TYPE_CHECKING, Any, Literal

from ...client import BaseClient
from . import (
    list_contact_activation_events,
    list_contact_events,
    list_contact_form_hit_events,
    list_contact_open_hit_events,
    lookup_contact_activation_events,
    lookup_contact_stop_events,
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
    """``client.events.targets``: the contact_events operations of NP6."""

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
        """List the activations of a contact.

        NP6: `GET /targets/{id}/events/activations`; see ``np6.api.contact_events.list_contact_activation_events``.
        """
        return list_contact_activation_events.sync(
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
        """List the activations of a contact, streamed (``with`` it).

        NP6: `GET /targets/{id}/events/activations`.
        """
        return list_contact_activation_events.stream(
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
        """List the activations of a contact, polled across time windows.

        NP6: `GET /targets/{id}/events/activations`.
        """
        return list_contact_activation_events.poll(
            id=id,
            cursor=cursor,
            start=start,
            until=until,
            window=window,
            safety_margin=safety_margin,
            max_items=max_items,
            client=self._client,
        )

    def list(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[BaseEvent]:
        """List the events of a contact.

        NP6: `GET /targets/{id}/events`; see ``np6.api.contact_events.list_contact_events``.
        """
        return list_contact_events.sync(
            id=id,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def stream(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _EventStream[BaseEvent]:
        """List the events of a contact, streamed (``with`` it).

        NP6: `GET /targets/{id}/events`.
        """
        return list_contact_events.stream(
            id=id,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def poll(
        self,
        id: str,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
    ) -> _Poller[BaseEvent]:
        """List the events of a contact, polled across time windows.

        NP6: `GET /targets/{id}/events`.
        """
        return list_contact_events.poll(
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
        """List the form hits of a contact.

        NP6: `GET /targets/{id}/events/hits/form`; see ``np6.api.contact_events.list_contact_form_hit_events``.
        """
        return list_contact_form_hit_events.sync(
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
        """List the form hits of a contact, streamed (``with`` it).

        NP6: `GET /targets/{id}/events/hits/form`.
        """
        return list_contact_form_hit_events.stream(
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
        """List the form hits of a contact, polled across time windows.

        NP6: `GET /targets/{id}/events/hits/form`.
        """
        return list_contact_form_hit_events.poll(
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

    def list_open_hits(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
        classification: str | Unset = UNSET,
    ) -> builtins.list[HitEvent | UnknownBaseEvent]:
        """List the open hits of a contact.

        NP6: `GET /targets/{id}/events/hits/open`; see ``np6.api.contact_events.list_contact_open_hit_events``.
        """
        return list_contact_open_hit_events.sync(
            id=id,
            start=start,
            end=end,
            sort=sort,
            classification=classification,
            client=self._client,
        )

    def stream_open_hits(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
        classification: str | Unset = UNSET,
    ) -> _EventStream[HitEvent | UnknownBaseEvent]:
        """List the open hits of a contact, streamed (``with`` it).

        NP6: `GET /targets/{id}/events/hits/open`.
        """
        return list_contact_open_hit_events.stream(
            id=id,
            start=start,
            end=end,
            sort=sort,
            classification=classification,
            client=self._client,
        )

    def poll_open_hits(
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
        """List the open hits of a contact, polled across time windows.

        NP6: `GET /targets/{id}/events/hits/open`.
        """
        return list_contact_open_hit_events.poll(
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

    def lookup_activations(
        self,
        *,
        hash_: str,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[ActivationEvent | UnknownBaseEvent]:
        """List the activations of a contact named by its hash.

        NP6: `GET /targets/events/activations`; see ``np6.api.contact_events.lookup_contact_activation_events``.
        """
        return lookup_contact_activation_events.sync(
            hash_=hash_,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def stream_lookup_activations(
        self,
        *,
        hash_: str,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _EventStream[ActivationEvent | UnknownBaseEvent]:
        """List the activations of a contact named by its hash, streamed (``with`` it).

        NP6: `GET /targets/events/activations`.
        """
        return lookup_contact_activation_events.stream(
            hash_=hash_,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def poll_lookup_activations(
        self,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
        hash_: str,
    ) -> _Poller[ActivationEvent | UnknownBaseEvent]:
        """List the activations of a contact named by its hash, polled across time windows.

        NP6: `GET /targets/events/activations`.
        """
        return lookup_contact_activation_events.poll(
            hash_=hash_,
            cursor=cursor,
            start=start,
            until=until,
            window=window,
            safety_margin=safety_margin,
            max_items=max_items,
            client=self._client,
        )

    def lookup_stops(
        self,
        *,
        id: str | Unset = UNSET,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[ReplyEvent | UnknownBaseEvent]:
        """List the stop answers of a contact.

        NP6: `GET /targets/events/responses/stop`; see ``np6.api.contact_events.lookup_contact_stop_events``.
        """
        return lookup_contact_stop_events.sync(
            id=id,
            unicity=unicity,
            hash_=hash_,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def stream_lookup_stops(
        self,
        *,
        id: str | Unset = UNSET,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _EventStream[ReplyEvent | UnknownBaseEvent]:
        """List the stop answers of a contact, streamed (``with`` it).

        NP6: `GET /targets/events/responses/stop`.
        """
        return lookup_contact_stop_events.stream(
            id=id,
            unicity=unicity,
            hash_=hash_,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def poll_lookup_stops(
        self,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
        id: str | Unset = UNSET,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> _Poller[ReplyEvent | UnknownBaseEvent]:
        """List the stop answers of a contact, polled across time windows.

        NP6: `GET /targets/events/responses/stop`.
        """
        return lookup_contact_stop_events.poll(
            id=id,
            unicity=unicity,
            hash_=hash_,
            cursor=cursor,
            start=start,
            until=until,
            window=window,
            safety_margin=safety_margin,
            max_items=max_items,
            client=self._client,
        )


class AsyncResource:
    """``async_client.events.targets``: the contact_events operations of NP6, awaited."""

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
        """List the activations of a contact.

        NP6: `GET /targets/{id}/events/activations`; see ``np6.api.contact_events.list_contact_activation_events``.
        """
        return await list_contact_activation_events.asyncio(
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
        """List the activations of a contact, streamed (``async with`` it).

        NP6: `GET /targets/{id}/events/activations`.
        """
        return list_contact_activation_events.astream(
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
        """List the activations of a contact, polled (``async for`` it).

        NP6: `GET /targets/{id}/events/activations`.
        """
        return list_contact_activation_events.poll(
            id=id,
            cursor=cursor,
            start=start,
            until=until,
            window=window,
            safety_margin=safety_margin,
            max_items=max_items,
            client=self._client,
        )

    async def list(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[BaseEvent]:
        """List the events of a contact.

        NP6: `GET /targets/{id}/events`; see ``np6.api.contact_events.list_contact_events``.
        """
        return await list_contact_events.asyncio(
            id=id,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def stream(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _AsyncEventStream[BaseEvent]:
        """List the events of a contact, streamed (``async with`` it).

        NP6: `GET /targets/{id}/events`.
        """
        return list_contact_events.astream(
            id=id,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def poll(
        self,
        id: str,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
    ) -> _Poller[BaseEvent]:
        """List the events of a contact, polled (``async for`` it).

        NP6: `GET /targets/{id}/events`.
        """
        return list_contact_events.poll(
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
        """List the form hits of a contact.

        NP6: `GET /targets/{id}/events/hits/form`; see ``np6.api.contact_events.list_contact_form_hit_events``.
        """
        return await list_contact_form_hit_events.asyncio(
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
        """List the form hits of a contact, streamed (``async with`` it).

        NP6: `GET /targets/{id}/events/hits/form`.
        """
        return list_contact_form_hit_events.astream(
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
        """List the form hits of a contact, polled (``async for`` it).

        NP6: `GET /targets/{id}/events/hits/form`.
        """
        return list_contact_form_hit_events.poll(
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

    async def list_open_hits(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
        classification: str | Unset = UNSET,
    ) -> builtins.list[HitEvent | UnknownBaseEvent]:
        """List the open hits of a contact.

        NP6: `GET /targets/{id}/events/hits/open`; see ``np6.api.contact_events.list_contact_open_hit_events``.
        """
        return await list_contact_open_hit_events.asyncio(
            id=id,
            start=start,
            end=end,
            sort=sort,
            classification=classification,
            client=self._client,
        )

    def stream_open_hits(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
        classification: str | Unset = UNSET,
    ) -> _AsyncEventStream[HitEvent | UnknownBaseEvent]:
        """List the open hits of a contact, streamed (``async with`` it).

        NP6: `GET /targets/{id}/events/hits/open`.
        """
        return list_contact_open_hit_events.astream(
            id=id,
            start=start,
            end=end,
            sort=sort,
            classification=classification,
            client=self._client,
        )

    def poll_open_hits(
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
        """List the open hits of a contact, polled (``async for`` it).

        NP6: `GET /targets/{id}/events/hits/open`.
        """
        return list_contact_open_hit_events.poll(
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

    async def lookup_activations(
        self,
        *,
        hash_: str,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[ActivationEvent | UnknownBaseEvent]:
        """List the activations of a contact named by its hash.

        NP6: `GET /targets/events/activations`; see ``np6.api.contact_events.lookup_contact_activation_events``.
        """
        return await lookup_contact_activation_events.asyncio(
            hash_=hash_,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def stream_lookup_activations(
        self,
        *,
        hash_: str,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _AsyncEventStream[ActivationEvent | UnknownBaseEvent]:
        """List the activations of a contact named by its hash, streamed (``async with`` it).

        NP6: `GET /targets/events/activations`.
        """
        return lookup_contact_activation_events.astream(
            hash_=hash_,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def poll_lookup_activations(
        self,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
        hash_: str,
    ) -> _Poller[ActivationEvent | UnknownBaseEvent]:
        """List the activations of a contact named by its hash, polled (``async for`` it).

        NP6: `GET /targets/events/activations`.
        """
        return lookup_contact_activation_events.poll(
            hash_=hash_,
            cursor=cursor,
            start=start,
            until=until,
            window=window,
            safety_margin=safety_margin,
            max_items=max_items,
            client=self._client,
        )

    async def lookup_stops(
        self,
        *,
        id: str | Unset = UNSET,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[ReplyEvent | UnknownBaseEvent]:
        """List the stop answers of a contact.

        NP6: `GET /targets/events/responses/stop`; see ``np6.api.contact_events.lookup_contact_stop_events``.
        """
        return await lookup_contact_stop_events.asyncio(
            id=id,
            unicity=unicity,
            hash_=hash_,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def stream_lookup_stops(
        self,
        *,
        id: str | Unset = UNSET,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _AsyncEventStream[ReplyEvent | UnknownBaseEvent]:
        """List the stop answers of a contact, streamed (``async with`` it).

        NP6: `GET /targets/events/responses/stop`.
        """
        return lookup_contact_stop_events.astream(
            id=id,
            unicity=unicity,
            hash_=hash_,
            start=start,
            end=end,
            sort=sort,
            client=self._client,
        )

    def poll_lookup_stops(
        self,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
        id: str | Unset = UNSET,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> _Poller[ReplyEvent | UnknownBaseEvent]:
        """List the stop answers of a contact, polled (``async for`` it).

        NP6: `GET /targets/events/responses/stop`.
        """
        return lookup_contact_stop_events.poll(
            id=id,
            unicity=unicity,
            hash_=hash_,
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
    "list_contact_activation_events",
    "list_contact_events",
    "list_contact_form_hit_events",
    "list_contact_open_hit_events",
    "lookup_contact_activation_events",
    "lookup_contact_stop_events",
]
