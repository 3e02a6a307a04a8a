# Generated from the spec tag enumeration by templates/endpoint_init.py.jinja: do not edit.
# ruff: noqa: F401  (the TYPE_CHECKING imports cover every type the tag's operations may use)
"""The enumeration operations of NP6: one module per operation, and the
resource classes that reach them from the client (``client.value_lists``)."""

from __future__ import annotations

import builtins
from typing import IO, TYPE_CHECKING, Any, Literal

from ...client import BaseClient
from . import create_value_list, get_value_list, list_value_lists, update_value_list

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
    from ...models.value_list import ValueList
    from ...models.value_list_input import ValueListInput
    from ...types import UNSET, File, Unset
else:
    from ...types import UNSET


class Resource:
    """``client.value_lists``: the enumeration operations of NP6."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: ValueListInput,
    ) -> ValueList:
        """Create a value list.

        NP6: `POST /valueLists`; see ``np6.api.enumeration.create_value_list``.
        """
        return create_value_list.sync(
            body=body,
            client=self._client,
        )

    def get(
        self,
        id: int,
    ) -> ValueList:
        """Get a value list.

        NP6: `GET /valueLists/{id}`; see ``np6.api.enumeration.get_value_list``.
        """
        return get_value_list.sync(
            id=id,
            client=self._client,
        )

    def list(
        self,
    ) -> builtins.list[ValueList]:
        """List value lists.

        NP6: `GET /valueLists`; see ``np6.api.enumeration.list_value_lists``.
        """
        return list_value_lists.sync(
            client=self._client,
        )

    def update(
        self,
        id: int,
        *,
        body: ValueListInput,
    ) -> ValueList:
        """Update a value list.

        NP6: `PUT /valueLists/{id}`; see ``np6.api.enumeration.update_value_list``.
        """
        return update_value_list.sync(
            id=id,
            body=body,
            client=self._client,
        )


class AsyncResource:
    """``async_client.value_lists``: the enumeration operations of NP6, awaited."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: ValueListInput,
    ) -> ValueList:
        """Create a value list.

        NP6: `POST /valueLists`; see ``np6.api.enumeration.create_value_list``.
        """
        return await create_value_list.asyncio(
            body=body,
            client=self._client,
        )

    async def get(
        self,
        id: int,
    ) -> ValueList:
        """Get a value list.

        NP6: `GET /valueLists/{id}`; see ``np6.api.enumeration.get_value_list``.
        """
        return await get_value_list.asyncio(
            id=id,
            client=self._client,
        )

    async def list(
        self,
    ) -> builtins.list[ValueList]:
        """List value lists.

        NP6: `GET /valueLists`; see ``np6.api.enumeration.list_value_lists``.
        """
        return await list_value_lists.asyncio(
            client=self._client,
        )

    async def update(
        self,
        id: int,
        *,
        body: ValueListInput,
    ) -> ValueList:
        """Update a value list.

        NP6: `PUT /valueLists/{id}`; see ``np6.api.enumeration.update_value_list``.
        """
        return await update_value_list.asyncio(
            id=id,
            body=body,
            client=self._client,
        )


__all__ = [
    "AsyncResource",
    "Resource",
    "create_value_list",
    "get_value_list",
    "list_value_lists",
    "update_value_list",
]
