# Generated from the spec tag notification by templates/endpoint_init.py.jinja: do not edit.
# ruff: noqa: F401  (the TYPE_CHECKING imports cover every type the tag's operations may use)
"""The notification operations of NP6: one module per operation, and the
resource classes that reach them from the client (``client.notifications``)."""

from __future__ import annotations

import builtins
from typing import IO, TYPE_CHECKING, Any, Literal

from ...client import BaseClient
from . import (
    execute_notification,
    render_notification_for_contact,
    render_notification_version,
    render_notification_version_for_contact,
    render_notification_version_for_contact_id,
    test_notification_version,
    update_notification,
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
    from ...models.event_receiver import EventReceiver, UnknownEventReceiver
    from ...models.execution_result import ExecutionResult, UnknownExecutionResult
    from ...models.field import Field, UnknownField
    from ...models.import_feature import ImportFeature, UnknownImportFeature
    from ...models.import_source import ImportSource, UnknownImportSource
    from ...models.notification import Notification, UnknownNotification
    from ...models.notification_execution_request import NotificationExecutionRequest
    from ...models.notification_provider import NotificationProvider, UnknownNotificationProvider
    from ...models.notification_render_request import NotificationRenderRequest
    from ...models.notification_render_result import NotificationRenderResult
    from ...models.notification_test_request import NotificationTestRequest
    from ...models.push_app_notification import PushAppNotification
    from ...models.recipient import Recipient, UnknownRecipient
    from ...models.segment import Segment, UnknownSegment
    from ...models.substitution_action import SubstitutionAction, UnknownSubstitutionAction
    from ...models.target_deletion import TargetDeletion, UnknownTargetDeletion
    from ...types import UNSET, File, Unset
else:
    from ...types import UNSET


class Resource:
    """``client.notifications``: the notification operations of NP6."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def execute(
        self,
        id: int,
        *,
        body: builtins.list[NotificationExecutionRequest],
    ) -> None:
        """Send a notification.

        NP6: `POST /notifications/{id}/executions`; see ``np6.api.notification.execute_notification``.
        """
        return execute_notification.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def render_for_contact(
        self,
        id: int,
        *,
        unicity: str,
    ) -> NotificationRenderResult:
        """Render a notification for a contact.

        NP6: `GET /notifications/{id}/render/contact`; see ``np6.api.notification.render_notification_for_contact``.
        """
        return render_notification_for_contact.sync(
            id=id,
            unicity=unicity,
            client=self._client,
        )

    def render_version(
        self,
        id: int,
        version: UUID,
        *,
        body: NotificationRenderRequest,
    ) -> None:
        """Render a notification version.

        NP6: `POST /notifications/{id}/versions/{version}/render`; see ``np6.api.notification.render_notification_version``.
        """
        return render_notification_version.sync(
            id=id,
            version=version,
            body=body,
            client=self._client,
        )

    def render_version_for_contact(
        self,
        id: int,
        version: UUID,
        *,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> NotificationRenderResult:
        """Render a notification version for a contact.

        NP6: `GET /notifications/{id}/versions/{version}/render/contact`; see ``np6.api.notification.render_notification_version_for_contact``.
        """
        return render_notification_version_for_contact.sync(
            id=id,
            version=version,
            unicity=unicity,
            hash_=hash_,
            client=self._client,
        )

    def render_version_for_contact_id(
        self,
        id: int,
        version: UUID,
        contact: str,
    ) -> NotificationRenderResult:
        """Render a notification version for a contact id.

        NP6: `GET /notifications/{id}/versions/{version}/render/contact/{contact}`; see ``np6.api.notification.render_notification_version_for_contact_id``.
        """
        return render_notification_version_for_contact_id.sync(
            id=id,
            version=version,
            contact=contact,
            client=self._client,
        )

    def test_version(
        self,
        id: int,
        version: UUID,
        *,
        body: NotificationTestRequest,
    ) -> None:
        """Test a notification version.

        NP6: `POST /notifications/{id}/versions/{version}/test`; see ``np6.api.notification.test_notification_version``.
        """
        return test_notification_version.sync(
            id=id,
            version=version,
            body=body,
            client=self._client,
        )

    def update(
        self,
        id: int,
        *,
        body: PushAppNotification,
    ) -> None:
        """Update a notification.

        NP6: `PUT /notifications/{id}`; see ``np6.api.notification.update_notification``.
        """
        return update_notification.sync(
            id=id,
            body=body,
            client=self._client,
        )


class AsyncResource:
    """``async_client.notifications``: the notification operations of NP6, awaited."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def execute(
        self,
        id: int,
        *,
        body: builtins.list[NotificationExecutionRequest],
    ) -> None:
        """Send a notification.

        NP6: `POST /notifications/{id}/executions`; see ``np6.api.notification.execute_notification``.
        """
        return await execute_notification.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def render_for_contact(
        self,
        id: int,
        *,
        unicity: str,
    ) -> NotificationRenderResult:
        """Render a notification for a contact.

        NP6: `GET /notifications/{id}/render/contact`; see ``np6.api.notification.render_notification_for_contact``.
        """
        return await render_notification_for_contact.asyncio(
            id=id,
            unicity=unicity,
            client=self._client,
        )

    async def render_version(
        self,
        id: int,
        version: UUID,
        *,
        body: NotificationRenderRequest,
    ) -> None:
        """Render a notification version.

        NP6: `POST /notifications/{id}/versions/{version}/render`; see ``np6.api.notification.render_notification_version``.
        """
        return await render_notification_version.asyncio(
            id=id,
            version=version,
            body=body,
            client=self._client,
        )

    async def render_version_for_contact(
        self,
        id: int,
        version: UUID,
        *,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> NotificationRenderResult:
        """Render a notification version for a contact.

        NP6: `GET /notifications/{id}/versions/{version}/render/contact`; see ``np6.api.notification.render_notification_version_for_contact``.
        """
        return await render_notification_version_for_contact.asyncio(
            id=id,
            version=version,
            unicity=unicity,
            hash_=hash_,
            client=self._client,
        )

    async def render_version_for_contact_id(
        self,
        id: int,
        version: UUID,
        contact: str,
    ) -> NotificationRenderResult:
        """Render a notification version for a contact id.

        NP6: `GET /notifications/{id}/versions/{version}/render/contact/{contact}`; see ``np6.api.notification.render_notification_version_for_contact_id``.
        """
        return await render_notification_version_for_contact_id.asyncio(
            id=id,
            version=version,
            contact=contact,
            client=self._client,
        )

    async def test_version(
        self,
        id: int,
        version: UUID,
        *,
        body: NotificationTestRequest,
    ) -> None:
        """Test a notification version.

        NP6: `POST /notifications/{id}/versions/{version}/test`; see ``np6.api.notification.test_notification_version``.
        """
        return await test_notification_version.asyncio(
            id=id,
            version=version,
            body=body,
            client=self._client,
        )

    async def update(
        self,
        id: int,
        *,
        body: PushAppNotification,
    ) -> None:
        """Update a notification.

        NP6: `PUT /notifications/{id}`; see ``np6.api.notification.update_notification``.
        """
        return await update_notification.asyncio(
            id=id,
            body=body,
            client=self._client,
        )


__all__ = [
    "AsyncResource",
    "Resource",
    "execute_notification",
    "render_notification_for_contact",
    "render_notification_version",
    "render_notification_version_for_contact",
    "render_notification_version_for_contact_id",
    "test_notification_version",
    "update_notification",
]
