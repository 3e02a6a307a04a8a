# Generated from the spec tag webtask by templates/endpoint_init.py.jinja: do not edit.
# ruff: noqa: F401  (the TYPE_CHECKING imports cover every type the tag's operations may use)
"""The webtask operations of NP6: one module per operation, and the
resource classes that reach them from the client (``client.webtasks``)."""

from __future__ import annotations

import builtins
from typing import IO, TYPE_CHECKING, Any, Literal

from ...client import BaseClient
from . import update_webtask

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
    from ...models.substitution_action import SubstitutionAction, UnknownSubstitutionAction
    from ...models.target_deletion import TargetDeletion, UnknownTargetDeletion
    from ...models.webtask import Webtask
    from ...types import UNSET, File, Unset
else:
    from ...types import UNSET


class Resource:
    """``client.webtasks``: the webtask operations of NP6."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def update(
        self,
        id: int,
        *,
        body: Webtask,
    ) -> Webtask:
        """Update a webtask.

        NP6: `PATCH /scripting/webtasks/{id}`; see ``np6.api.webtask.update_webtask``.
        """
        return update_webtask.sync(
            id=id,
            body=body,
            client=self._client,
        )


class AsyncResource:
    """``async_client.webtasks``: the webtask operations of NP6, awaited."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def update(
        self,
        id: int,
        *,
        body: Webtask,
    ) -> Webtask:
        """Update a webtask.

        NP6: `PATCH /scripting/webtasks/{id}`; see ``np6.api.webtask.update_webtask``.
        """
        return await update_webtask.asyncio(
            id=id,
            body=body,
            client=self._client,
        )


__all__ = [
    "AsyncResource",
    "Resource",
    "update_webtask",
]
