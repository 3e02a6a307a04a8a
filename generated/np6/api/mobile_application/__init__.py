# Generated from the spec tag mobile_application by templates/endpoint_init.py.jinja: do not edit.
# ruff: noqa: F401  (the TYPE_CHECKING imports cover every type the tag's operations may use)
"""The mobile_application operations of NP6: one module per operation, and the
resource classes that reach them from the client (``client.mobile_applications``)."""

from __future__ import annotations

import builtins
from typing import IO, TYPE_CHECKING, Any, Literal

from ...client import BaseClient
from . import create_notifiable_application, get_notifiable_application, list_notifiable_applications

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
    from ...models.notifiable_application import NotifiableApplication
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
    """``client.mobile_applications``: the mobile_application operations of NP6."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: NotifiableApplication,
    ) -> NotifiableApplication:
        """Create a notifiable application.

        NP6: `POST /parameters/applications`; see ``np6.api.mobile_application.create_notifiable_application``.
        """
        return create_notifiable_application.sync(
            body=body,
            client=self._client,
        )

    def get(
        self,
        uuid: UUID,
    ) -> NotifiableApplication:
        """Get a notifiable application.

        NP6: `GET /parameters/applications/{uuid}`; see ``np6.api.mobile_application.get_notifiable_application``.
        """
        return get_notifiable_application.sync(
            uuid=uuid,
            client=self._client,
        )

    def list(
        self,
    ) -> builtins.list[NotifiableApplication]:
        """List notifiable applications.

        NP6: `GET /parameters/applications`; see ``np6.api.mobile_application.list_notifiable_applications``.
        """
        return list_notifiable_applications.sync(
            client=self._client,
        )


class AsyncResource:
    """``async_client.mobile_applications``: the mobile_application operations of NP6, awaited."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: NotifiableApplication,
    ) -> NotifiableApplication:
        """Create a notifiable application.

        NP6: `POST /parameters/applications`; see ``np6.api.mobile_application.create_notifiable_application``.
        """
        return await create_notifiable_application.asyncio(
            body=body,
            client=self._client,
        )

    async def get(
        self,
        uuid: UUID,
    ) -> NotifiableApplication:
        """Get a notifiable application.

        NP6: `GET /parameters/applications/{uuid}`; see ``np6.api.mobile_application.get_notifiable_application``.
        """
        return await get_notifiable_application.asyncio(
            uuid=uuid,
            client=self._client,
        )

    async def list(
        self,
    ) -> builtins.list[NotifiableApplication]:
        """List notifiable applications.

        NP6: `GET /parameters/applications`; see ``np6.api.mobile_application.list_notifiable_applications``.
        """
        return await list_notifiable_applications.asyncio(
            client=self._client,
        )


__all__ = [
    "AsyncResource",
    "Resource",
    "create_notifiable_application",
    "get_notifiable_application",
    "list_notifiable_applications",
]
