# Generated from the spec tag email_sms_reactivity by templates/endpoint_init.py.jinja: do not edit.
# ruff: noqa: F401  (the TYPE_CHECKING imports cover every type the tag's operations may use)
"""The email_sms_reactivity operations of NP6: one module per operation, and the
resource classes that reach them from the client (``client.reactivities.actions``)."""

from __future__ import annotations

import builtins
from typing import IO, TYPE_CHECKING, Any, Literal

from ...client import BaseClient
from . import (
    list_action_redirection_hit_reactivities,
    list_action_unsubscribe_hit_reactivities,
    list_all_action_bounce_reactivities,
    list_all_action_mirror_hit_reactivities,
    list_all_action_open_hit_reactivities,
    list_all_action_reactivities,
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
    """``client.reactivities.actions``: the email_sms_reactivity operations of NP6."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list_redirection_hits(
        self,
        id: str,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[HitEvent | UnknownBaseEvent]:
        """List the redirection hit reactivities of an action.

        NP6: `GET /actions/{id}/reactivities/hits/redirection`; see ``np6.api.email_sms_reactivity.list_action_redirection_hit_reactivities``.
        """
        return list_action_redirection_hit_reactivities.sync(
            id=id,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
            client=self._client,
        )

    def stream_redirection_hits(
        self,
        id: str,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _EventStream[HitEvent | UnknownBaseEvent]:
        """List the redirection hit reactivities of an action, streamed (``with`` it).

        NP6: `GET /actions/{id}/reactivities/hits/redirection`.
        """
        return list_action_redirection_hit_reactivities.stream(
            id=id,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
            client=self._client,
        )

    def poll_redirection_hits(
        self,
        id: str,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
    ) -> _Poller[HitEvent | UnknownBaseEvent]:
        """List the redirection hit reactivities of an action, polled across time windows.

        NP6: `GET /actions/{id}/reactivities/hits/redirection`.
        """
        return list_action_redirection_hit_reactivities.poll(
            id=id,
            activation_start=activation_start,
            activation_end=activation_end,
            cursor=cursor,
            start=start,
            until=until,
            window=window,
            safety_margin=safety_margin,
            max_items=max_items,
            client=self._client,
        )

    def list_unsubscribe_hits(
        self,
        id: str,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[HitEvent | UnknownBaseEvent]:
        """List the unsubscribe hit reactivities of an action.

        NP6: `GET /actions/{id}/reactivities/hits/unsubscribe`; see ``np6.api.email_sms_reactivity.list_action_unsubscribe_hit_reactivities``.
        """
        return list_action_unsubscribe_hit_reactivities.sync(
            id=id,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
            client=self._client,
        )

    def stream_unsubscribe_hits(
        self,
        id: str,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _EventStream[HitEvent | UnknownBaseEvent]:
        """List the unsubscribe hit reactivities of an action, streamed (``with`` it).

        NP6: `GET /actions/{id}/reactivities/hits/unsubscribe`.
        """
        return list_action_unsubscribe_hit_reactivities.stream(
            id=id,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
            client=self._client,
        )

    def poll_unsubscribe_hits(
        self,
        id: str,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
    ) -> _Poller[HitEvent | UnknownBaseEvent]:
        """List the unsubscribe hit reactivities of an action, polled across time windows.

        NP6: `GET /actions/{id}/reactivities/hits/unsubscribe`.
        """
        return list_action_unsubscribe_hit_reactivities.poll(
            id=id,
            activation_start=activation_start,
            activation_end=activation_end,
            cursor=cursor,
            start=start,
            until=until,
            window=window,
            safety_margin=safety_margin,
            max_items=max_items,
            client=self._client,
        )

    def list_all_bounces(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[BounceEvent | UnknownBaseEvent]:
        """List the bounce reactivities of all actions.

        NP6: `GET /actions/reactivities/bounces`; see ``np6.api.email_sms_reactivity.list_all_action_bounce_reactivities``.
        """
        return list_all_action_bounce_reactivities.sync(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
            client=self._client,
        )

    def stream_all_bounces(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _EventStream[BounceEvent | UnknownBaseEvent]:
        """List the bounce reactivities of all actions, streamed (``with`` it).

        NP6: `GET /actions/reactivities/bounces`.
        """
        return list_all_action_bounce_reactivities.stream(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
            client=self._client,
        )

    def poll_all_bounces(
        self,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
    ) -> _Poller[BounceEvent | UnknownBaseEvent]:
        """List the bounce reactivities of all actions, polled across time windows.

        NP6: `GET /actions/reactivities/bounces`.
        """
        return list_all_action_bounce_reactivities.poll(
            activation_start=activation_start,
            activation_end=activation_end,
            cursor=cursor,
            start=start,
            until=until,
            window=window,
            safety_margin=safety_margin,
            max_items=max_items,
            client=self._client,
        )

    def list_all_mirror_hits(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[HitEvent | UnknownBaseEvent]:
        """List the mirror-page hit reactivities of all actions.

        NP6: `GET /actions/reactivities/hits/mirror`; see ``np6.api.email_sms_reactivity.list_all_action_mirror_hit_reactivities``.
        """
        return list_all_action_mirror_hit_reactivities.sync(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
            client=self._client,
        )

    def stream_all_mirror_hits(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _EventStream[HitEvent | UnknownBaseEvent]:
        """List the mirror-page hit reactivities of all actions, streamed (``with`` it).

        NP6: `GET /actions/reactivities/hits/mirror`.
        """
        return list_all_action_mirror_hit_reactivities.stream(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
            client=self._client,
        )

    def poll_all_mirror_hits(
        self,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
    ) -> _Poller[HitEvent | UnknownBaseEvent]:
        """List the mirror-page hit reactivities of all actions, polled across time windows.

        NP6: `GET /actions/reactivities/hits/mirror`.
        """
        return list_all_action_mirror_hit_reactivities.poll(
            activation_start=activation_start,
            activation_end=activation_end,
            cursor=cursor,
            start=start,
            until=until,
            window=window,
            safety_margin=safety_margin,
            max_items=max_items,
            client=self._client,
        )

    def list_all_open_hits(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[HitEvent | UnknownBaseEvent]:
        """List the open hit reactivities of all actions.

        NP6: `GET /actions/reactivities/hits/open`; see ``np6.api.email_sms_reactivity.list_all_action_open_hit_reactivities``.
        """
        return list_all_action_open_hit_reactivities.sync(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
            client=self._client,
        )

    def stream_all_open_hits(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _EventStream[HitEvent | UnknownBaseEvent]:
        """List the open hit reactivities of all actions, streamed (``with`` it).

        NP6: `GET /actions/reactivities/hits/open`.
        """
        return list_all_action_open_hit_reactivities.stream(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
            client=self._client,
        )

    def poll_all_open_hits(
        self,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
    ) -> _Poller[HitEvent | UnknownBaseEvent]:
        """List the open hit reactivities of all actions, polled across time windows.

        NP6: `GET /actions/reactivities/hits/open`.
        """
        return list_all_action_open_hit_reactivities.poll(
            activation_start=activation_start,
            activation_end=activation_end,
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
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[BaseEvent]:
        """List the reactivities of all actions.

        NP6: `GET /actions/reactivities`; see ``np6.api.email_sms_reactivity.list_all_action_reactivities``.
        """
        return list_all_action_reactivities.sync(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
            client=self._client,
        )

    def stream_all(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _EventStream[BaseEvent]:
        """List the reactivities of all actions, streamed (``with`` it).

        NP6: `GET /actions/reactivities`.
        """
        return list_all_action_reactivities.stream(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
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
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
    ) -> _Poller[BaseEvent]:
        """List the reactivities of all actions, polled across time windows.

        NP6: `GET /actions/reactivities`.
        """
        return list_all_action_reactivities.poll(
            activation_start=activation_start,
            activation_end=activation_end,
            cursor=cursor,
            start=start,
            until=until,
            window=window,
            safety_margin=safety_margin,
            max_items=max_items,
            client=self._client,
        )


class AsyncResource:
    """``async_client.reactivities.actions``: the email_sms_reactivity operations of NP6, awaited."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list_redirection_hits(
        self,
        id: str,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[HitEvent | UnknownBaseEvent]:
        """List the redirection hit reactivities of an action.

        NP6: `GET /actions/{id}/reactivities/hits/redirection`; see ``np6.api.email_sms_reactivity.list_action_redirection_hit_reactivities``.
        """
        return await list_action_redirection_hit_reactivities.asyncio(
            id=id,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
            client=self._client,
        )

    def stream_redirection_hits(
        self,
        id: str,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _AsyncEventStream[HitEvent | UnknownBaseEvent]:
        """List the redirection hit reactivities of an action, streamed (``async with`` it).

        NP6: `GET /actions/{id}/reactivities/hits/redirection`.
        """
        return list_action_redirection_hit_reactivities.astream(
            id=id,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
            client=self._client,
        )

    def poll_redirection_hits(
        self,
        id: str,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
    ) -> _Poller[HitEvent | UnknownBaseEvent]:
        """List the redirection hit reactivities of an action, polled (``async for`` it).

        NP6: `GET /actions/{id}/reactivities/hits/redirection`.
        """
        return list_action_redirection_hit_reactivities.poll(
            id=id,
            activation_start=activation_start,
            activation_end=activation_end,
            cursor=cursor,
            start=start,
            until=until,
            window=window,
            safety_margin=safety_margin,
            max_items=max_items,
            client=self._client,
        )

    async def list_unsubscribe_hits(
        self,
        id: str,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[HitEvent | UnknownBaseEvent]:
        """List the unsubscribe hit reactivities of an action.

        NP6: `GET /actions/{id}/reactivities/hits/unsubscribe`; see ``np6.api.email_sms_reactivity.list_action_unsubscribe_hit_reactivities``.
        """
        return await list_action_unsubscribe_hit_reactivities.asyncio(
            id=id,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
            client=self._client,
        )

    def stream_unsubscribe_hits(
        self,
        id: str,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _AsyncEventStream[HitEvent | UnknownBaseEvent]:
        """List the unsubscribe hit reactivities of an action, streamed (``async with`` it).

        NP6: `GET /actions/{id}/reactivities/hits/unsubscribe`.
        """
        return list_action_unsubscribe_hit_reactivities.astream(
            id=id,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
            client=self._client,
        )

    def poll_unsubscribe_hits(
        self,
        id: str,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
    ) -> _Poller[HitEvent | UnknownBaseEvent]:
        """List the unsubscribe hit reactivities of an action, polled (``async for`` it).

        NP6: `GET /actions/{id}/reactivities/hits/unsubscribe`.
        """
        return list_action_unsubscribe_hit_reactivities.poll(
            id=id,
            activation_start=activation_start,
            activation_end=activation_end,
            cursor=cursor,
            start=start,
            until=until,
            window=window,
            safety_margin=safety_margin,
            max_items=max_items,
            client=self._client,
        )

    async def list_all_bounces(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[BounceEvent | UnknownBaseEvent]:
        """List the bounce reactivities of all actions.

        NP6: `GET /actions/reactivities/bounces`; see ``np6.api.email_sms_reactivity.list_all_action_bounce_reactivities``.
        """
        return await list_all_action_bounce_reactivities.asyncio(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
            client=self._client,
        )

    def stream_all_bounces(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _AsyncEventStream[BounceEvent | UnknownBaseEvent]:
        """List the bounce reactivities of all actions, streamed (``async with`` it).

        NP6: `GET /actions/reactivities/bounces`.
        """
        return list_all_action_bounce_reactivities.astream(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
            client=self._client,
        )

    def poll_all_bounces(
        self,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
    ) -> _Poller[BounceEvent | UnknownBaseEvent]:
        """List the bounce reactivities of all actions, polled (``async for`` it).

        NP6: `GET /actions/reactivities/bounces`.
        """
        return list_all_action_bounce_reactivities.poll(
            activation_start=activation_start,
            activation_end=activation_end,
            cursor=cursor,
            start=start,
            until=until,
            window=window,
            safety_margin=safety_margin,
            max_items=max_items,
            client=self._client,
        )

    async def list_all_mirror_hits(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[HitEvent | UnknownBaseEvent]:
        """List the mirror-page hit reactivities of all actions.

        NP6: `GET /actions/reactivities/hits/mirror`; see ``np6.api.email_sms_reactivity.list_all_action_mirror_hit_reactivities``.
        """
        return await list_all_action_mirror_hit_reactivities.asyncio(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
            client=self._client,
        )

    def stream_all_mirror_hits(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _AsyncEventStream[HitEvent | UnknownBaseEvent]:
        """List the mirror-page hit reactivities of all actions, streamed (``async with`` it).

        NP6: `GET /actions/reactivities/hits/mirror`.
        """
        return list_all_action_mirror_hit_reactivities.astream(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
            client=self._client,
        )

    def poll_all_mirror_hits(
        self,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
    ) -> _Poller[HitEvent | UnknownBaseEvent]:
        """List the mirror-page hit reactivities of all actions, polled (``async for`` it).

        NP6: `GET /actions/reactivities/hits/mirror`.
        """
        return list_all_action_mirror_hit_reactivities.poll(
            activation_start=activation_start,
            activation_end=activation_end,
            cursor=cursor,
            start=start,
            until=until,
            window=window,
            safety_margin=safety_margin,
            max_items=max_items,
            client=self._client,
        )

    async def list_all_open_hits(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[HitEvent | UnknownBaseEvent]:
        """List the open hit reactivities of all actions.

        NP6: `GET /actions/reactivities/hits/open`; see ``np6.api.email_sms_reactivity.list_all_action_open_hit_reactivities``.
        """
        return await list_all_action_open_hit_reactivities.asyncio(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
            client=self._client,
        )

    def stream_all_open_hits(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _AsyncEventStream[HitEvent | UnknownBaseEvent]:
        """List the open hit reactivities of all actions, streamed (``async with`` it).

        NP6: `GET /actions/reactivities/hits/open`.
        """
        return list_all_action_open_hit_reactivities.astream(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
            client=self._client,
        )

    def poll_all_open_hits(
        self,
        *,
        cursor: _Cursor | str | None = None,
        start: _Moment | None = None,
        until: _Moment | None = None,
        window: _Duration | None = None,
        safety_margin: _Duration | None = None,
        max_items: int | None = None,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
    ) -> _Poller[HitEvent | UnknownBaseEvent]:
        """List the open hit reactivities of all actions, polled (``async for`` it).

        NP6: `GET /actions/reactivities/hits/open`.
        """
        return list_all_action_open_hit_reactivities.poll(
            activation_start=activation_start,
            activation_end=activation_end,
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
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> builtins.list[BaseEvent]:
        """List the reactivities of all actions.

        NP6: `GET /actions/reactivities`; see ``np6.api.email_sms_reactivity.list_all_action_reactivities``.
        """
        return await list_all_action_reactivities.asyncio(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
            client=self._client,
        )

    def stream_all(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: EventSortOrder | Unset = UNSET,
    ) -> _AsyncEventStream[BaseEvent]:
        """List the reactivities of all actions, streamed (``async with`` it).

        NP6: `GET /actions/reactivities`.
        """
        return list_all_action_reactivities.astream(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
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
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
    ) -> _Poller[BaseEvent]:
        """List the reactivities of all actions, polled (``async for`` it).

        NP6: `GET /actions/reactivities`.
        """
        return list_all_action_reactivities.poll(
            activation_start=activation_start,
            activation_end=activation_end,
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
    "list_action_redirection_hit_reactivities",
    "list_action_unsubscribe_hit_reactivities",
    "list_all_action_bounce_reactivities",
    "list_all_action_mirror_hit_reactivities",
    "list_all_action_open_hit_reactivities",
    "list_all_action_reactivities",
]
