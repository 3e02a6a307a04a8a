# Generated from the spec tag category by templates/endpoint_init.py.jinja: do not edit.
# ruff: noqa: F401  (the TYPE_CHECKING imports cover every type the tag's operations may use)
"""The category operations of NP6: one module per operation, and the
resource classes that reach them from the client (``client.categories``)."""

from __future__ import annotations

import builtins
from typing import IO, TYPE_CHECKING, Any, Literal

from ...client import BaseClient
from . import create_category, delete_category, get_category, list_categories, update_category

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
    from ...models.category import Category
    from ...models.category_input import CategoryInput
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
    from ...types import UNSET, File, Unset
else:
    from ...types import UNSET


class Resource:
    """``client.categories``: the category operations of NP6."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: CategoryInput,
    ) -> Category:
        """Create a category.

        NP6: `POST /categories`; see ``np6.api.category.create_category``.
        """
        return create_category.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        id: int,
    ) -> None:
        """Delete a category.

        NP6: `DELETE /categories/{id}`; see ``np6.api.category.delete_category``.
        """
        return delete_category.sync(
            id=id,
            client=self._client,
        )

    def get(
        self,
        id: int,
    ) -> Category:
        """Get a category.

        NP6: `GET /categories/{id}`; see ``np6.api.category.get_category``.
        """
        return get_category.sync(
            id=id,
            client=self._client,
        )

    def list(
        self,
    ) -> builtins.list[Category]:
        """List categories.

        NP6: `GET /categories`; see ``np6.api.category.list_categories``.
        """
        return list_categories.sync(
            client=self._client,
        )

    def update(
        self,
        id: int,
        *,
        body: CategoryInput,
    ) -> Category:
        """Update a category.

        NP6: `PUT /categories/{id}`; see ``np6.api.category.update_category``.
        """
        return update_category.sync(
            id=id,
            body=body,
            client=self._client,
        )


class AsyncResource:
    """``async_client.categories``: the category operations of NP6, awaited."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: CategoryInput,
    ) -> Category:
        """Create a category.

        NP6: `POST /categories`; see ``np6.api.category.create_category``.
        """
        return await create_category.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        id: int,
    ) -> None:
        """Delete a category.

        NP6: `DELETE /categories/{id}`; see ``np6.api.category.delete_category``.
        """
        return await delete_category.asyncio(
            id=id,
            client=self._client,
        )

    async def get(
        self,
        id: int,
    ) -> Category:
        """Get a category.

        NP6: `GET /categories/{id}`; see ``np6.api.category.get_category``.
        """
        return await get_category.asyncio(
            id=id,
            client=self._client,
        )

    async def list(
        self,
    ) -> builtins.list[Category]:
        """List categories.

        NP6: `GET /categories`; see ``np6.api.category.list_categories``.
        """
        return await list_categories.asyncio(
            client=self._client,
        )

    async def update(
        self,
        id: int,
        *,
        body: CategoryInput,
    ) -> Category:
        """Update a category.

        NP6: `PUT /categories/{id}`; see ``np6.api.category.update_category``.
        """
        return await update_category.asyncio(
            id=id,
            body=body,
            client=self._client,
        )


__all__ = [
    "AsyncResource",
    "Resource",
    "create_category",
    "delete_category",
    "get_category",
    "list_categories",
    "update_category",
]
