# Generated from the spec tag segment by templates/endpoint_init.py.jinja: do not edit.
# ruff: noqa: F401  (the TYPE_CHECKING imports cover every type the tag's operations may use)
"""The segment operations of NP6: one module per operation, and the
resource classes that reach them from the client (``client.segments``)."""

from __future__ import annotations

import builtins
from typing import IO, TYPE_CHECKING, Any, Literal

from ...client import BaseClient
from . import (
    add_segment_targets,
    add_target_to_segment,
    create_segment,
    delete_segment,
    get_segment,
    list_segment_targets,
    list_segments,
    list_target_segments,
    remove_all_segment_targets,
    remove_target_from_segment,
    update_segment,
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
    from ...models.dynamic_segment import DynamicSegment
    from ...models.event_receiver import EventReceiver, UnknownEventReceiver
    from ...models.execution_result import ExecutionResult, UnknownExecutionResult
    from ...models.field import Field, UnknownField
    from ...models.import_feature import ImportFeature, UnknownImportFeature
    from ...models.import_source import ImportSource, UnknownImportSource
    from ...models.notification import Notification, UnknownNotification
    from ...models.notification_provider import NotificationProvider, UnknownNotificationProvider
    from ...models.recipient import Recipient, UnknownRecipient
    from ...models.segment import Segment, UnknownSegment
    from ...models.segment_input import SegmentInput
    from ...models.static_segment import StaticSegment
    from ...models.substitution_action import SubstitutionAction, UnknownSubstitutionAction
    from ...models.target_deletion import TargetDeletion, UnknownTargetDeletion
    from ...types import UNSET, File, Unset
else:
    from ...types import UNSET


class Resource:
    """``client.segments``: the segment operations of NP6."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def add_targets(
        self,
        id: int,
        *,
        body: builtins.list[str],
    ) -> int:
        """Add contacts to a static segment.

        NP6: `PUT /segments/{id}/targets`; see ``np6.api.segment.add_segment_targets``.
        """
        return add_segment_targets.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def add_target(
        self,
        id: str,
        segment_id: int,
    ) -> None:
        """Add one contact to a static segment.

        NP6: `POST /targets/{id}/segments/{segment_id}`; see ``np6.api.segment.add_target_to_segment``.
        """
        return add_target_to_segment.sync(
            id=id,
            segment_id=segment_id,
            client=self._client,
        )

    def create(
        self,
        *,
        body: SegmentInput,
    ) -> Segment:
        """Create a segment.

        NP6: `POST /segments`; see ``np6.api.segment.create_segment``.
        """
        return create_segment.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        id: int,
    ) -> None:
        """Delete a segment.

        NP6: `DELETE /segments/{id}`; see ``np6.api.segment.delete_segment``.
        """
        return delete_segment.sync(
            id=id,
            client=self._client,
        )

    def get(
        self,
        id: int,
    ) -> Segment:
        """Get a segment.

        NP6: `GET /segments/{id}`; see ``np6.api.segment.get_segment``.
        """
        return get_segment.sync(
            id=id,
            client=self._client,
        )

    def list_targets(
        self,
        id: int,
    ) -> builtins.list[str]:
        """List a segment's contacts.

        NP6: `GET /segments/{id}/targets`; see ``np6.api.segment.list_segment_targets``.
        """
        return list_segment_targets.sync(
            id=id,
            client=self._client,
        )

    def list(
        self,
    ) -> builtins.list[Segment]:
        """List segments.

        NP6: `GET /segments`; see ``np6.api.segment.list_segments``.
        """
        return list_segments.sync(
            client=self._client,
        )

    def list_for_target(
        self,
        id: str,
    ) -> None:
        """List the segments of a contact.

        NP6: `GET /targets/{id}/segments`; see ``np6.api.segment.list_target_segments``.
        """
        return list_target_segments.sync(
            id=id,
            client=self._client,
        )

    def remove_all_targets(
        self,
        id: int,
    ) -> None:
        """Empty a segment.

        NP6: `DELETE /segments/{id}/targets`; see ``np6.api.segment.remove_all_segment_targets``.
        """
        return remove_all_segment_targets.sync(
            id=id,
            client=self._client,
        )

    def remove_target(
        self,
        id: str,
        segment_id: int,
    ) -> None:
        """Remove one contact from a static segment.

        NP6: `DELETE /targets/{id}/segments/{segment_id}`; see ``np6.api.segment.remove_target_from_segment``.
        """
        return remove_target_from_segment.sync(
            id=id,
            segment_id=segment_id,
            client=self._client,
        )

    def update(
        self,
        id: int,
        *,
        body: SegmentInput,
    ) -> Segment:
        """Update a segment.

        NP6: `PUT /segments/{id}`; see ``np6.api.segment.update_segment``.
        """
        return update_segment.sync(
            id=id,
            body=body,
            client=self._client,
        )


class AsyncResource:
    """``async_client.segments``: the segment operations of NP6, awaited."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def add_targets(
        self,
        id: int,
        *,
        body: builtins.list[str],
    ) -> int:
        """Add contacts to a static segment.

        NP6: `PUT /segments/{id}/targets`; see ``np6.api.segment.add_segment_targets``.
        """
        return await add_segment_targets.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def add_target(
        self,
        id: str,
        segment_id: int,
    ) -> None:
        """Add one contact to a static segment.

        NP6: `POST /targets/{id}/segments/{segment_id}`; see ``np6.api.segment.add_target_to_segment``.
        """
        return await add_target_to_segment.asyncio(
            id=id,
            segment_id=segment_id,
            client=self._client,
        )

    async def create(
        self,
        *,
        body: SegmentInput,
    ) -> Segment:
        """Create a segment.

        NP6: `POST /segments`; see ``np6.api.segment.create_segment``.
        """
        return await create_segment.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        id: int,
    ) -> None:
        """Delete a segment.

        NP6: `DELETE /segments/{id}`; see ``np6.api.segment.delete_segment``.
        """
        return await delete_segment.asyncio(
            id=id,
            client=self._client,
        )

    async def get(
        self,
        id: int,
    ) -> Segment:
        """Get a segment.

        NP6: `GET /segments/{id}`; see ``np6.api.segment.get_segment``.
        """
        return await get_segment.asyncio(
            id=id,
            client=self._client,
        )

    async def list_targets(
        self,
        id: int,
    ) -> builtins.list[str]:
        """List a segment's contacts.

        NP6: `GET /segments/{id}/targets`; see ``np6.api.segment.list_segment_targets``.
        """
        return await list_segment_targets.asyncio(
            id=id,
            client=self._client,
        )

    async def list(
        self,
    ) -> builtins.list[Segment]:
        """List segments.

        NP6: `GET /segments`; see ``np6.api.segment.list_segments``.
        """
        return await list_segments.asyncio(
            client=self._client,
        )

    async def list_for_target(
        self,
        id: str,
    ) -> None:
        """List the segments of a contact.

        NP6: `GET /targets/{id}/segments`; see ``np6.api.segment.list_target_segments``.
        """
        return await list_target_segments.asyncio(
            id=id,
            client=self._client,
        )

    async def remove_all_targets(
        self,
        id: int,
    ) -> None:
        """Empty a segment.

        NP6: `DELETE /segments/{id}/targets`; see ``np6.api.segment.remove_all_segment_targets``.
        """
        return await remove_all_segment_targets.asyncio(
            id=id,
            client=self._client,
        )

    async def remove_target(
        self,
        id: str,
        segment_id: int,
    ) -> None:
        """Remove one contact from a static segment.

        NP6: `DELETE /targets/{id}/segments/{segment_id}`; see ``np6.api.segment.remove_target_from_segment``.
        """
        return await remove_target_from_segment.asyncio(
            id=id,
            segment_id=segment_id,
            client=self._client,
        )

    async def update(
        self,
        id: int,
        *,
        body: SegmentInput,
    ) -> Segment:
        """Update a segment.

        NP6: `PUT /segments/{id}`; see ``np6.api.segment.update_segment``.
        """
        return await update_segment.asyncio(
            id=id,
            body=body,
            client=self._client,
        )


__all__ = [
    "AsyncResource",
    "Resource",
    "add_segment_targets",
    "add_target_to_segment",
    "create_segment",
    "delete_segment",
    "get_segment",
    "list_segment_targets",
    "list_segments",
    "list_target_segments",
    "remove_all_segment_targets",
    "remove_target_from_segment",
    "update_segment",
]
