# Generated from the spec tag email_sms_actions by templates/endpoint_init.py.jinja: do not edit.
# ruff: noqa: F401  (the TYPE_CHECKING imports cover every type the tag's operations may use)
"""The email_sms_actions operations of NP6: one module per operation, and the
resource classes that reach them from the client (``client.actions``)."""

from __future__ import annotations

import builtins
from typing import IO, TYPE_CHECKING, Any, Literal

from ..._workflows import ActionWorkflows, AsyncActionWorkflows
from ...client import BaseClient
from . import (
    create_action,
    delete_action,
    duplicate_action,
    export_action_clicks,
    export_action_opens,
    get_action,
    list_actions,
    render_action_links,
    render_action_message,
    render_action_messages,
    send_action_message,
    send_action_messages,
    send_action_to_target,
    unvalidate_action,
    update_action,
    validate_action,
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
    from ...models.execution_email_request import ExecutionEmailRequest
    from ...models.execution_error import ExecutionError
    from ...models.execution_result import ExecutionResult, UnknownExecutionResult
    from ...models.execution_sms_request import ExecutionSmsRequest
    from ...models.execution_success import ExecutionSuccess
    from ...models.field import Field, UnknownField
    from ...models.import_feature import ImportFeature, UnknownImportFeature
    from ...models.import_source import ImportSource, UnknownImportSource
    from ...models.mail_campaign_action import MailCampaignAction
    from ...models.mail_message_action import MailMessageAction
    from ...models.message_request_model import MessageRequestModel
    from ...models.notification import Notification, UnknownNotification
    from ...models.notification_provider import NotificationProvider, UnknownNotificationProvider
    from ...models.recipient import Recipient, UnknownRecipient
    from ...models.render_email_request import RenderEmailRequest
    from ...models.render_links_request import RenderLinksRequest
    from ...models.render_links_result import RenderLinksResult
    from ...models.render_mail_result import RenderMailResult
    from ...models.render_sms_request import RenderSmsRequest
    from ...models.segment import Segment, UnknownSegment
    from ...models.sms_campaign_action import SmsCampaignAction
    from ...models.sms_message_action import SmsMessageAction
    from ...models.substitution_action import SubstitutionAction, UnknownSubstitutionAction
    from ...models.target_deletion import TargetDeletion, UnknownTargetDeletion
    from ...models.validation_settings_model import ValidationSettingsModel
    from ...types import UNSET, File, Unset
else:
    from ...types import UNSET


class Resource(ActionWorkflows):
    """``client.actions``: the email_sms_actions operations of NP6."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: MailCampaignAction | MailMessageAction | SmsCampaignAction | SmsMessageAction,
    ) -> SubstitutionAction:
        """Create an action.

        NP6: `POST /actions`; see ``np6.api.email_sms_actions.create_action``.
        """
        return create_action.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        id: str,
    ) -> None:
        """Delete an action.

        NP6: `DELETE /actions/{id}`; see ``np6.api.email_sms_actions.delete_action``.
        """
        return delete_action.sync(
            id=id,
            client=self._client,
        )

    def duplicate(
        self,
        id: str,
        *,
        type_: int | Unset = UNSET,
        folder: int | Unset = UNSET,
    ) -> SubstitutionAction:
        """Duplicate an action.

        NP6: `POST /actions/{id}/duplication`; see ``np6.api.email_sms_actions.duplicate_action``.
        """
        return duplicate_action.sync(
            id=id,
            type_=type_,
            folder=folder,
            client=self._client,
        )

    def export_clicks(
        self,
        id: str,
    ) -> None:
        """Export the contacts who clicked in an action.

        NP6: `GET /actions/{id}/export/tracking/clicks`; see ``np6.api.email_sms_actions.export_action_clicks``.
        """
        return export_action_clicks.sync(
            id=id,
            client=self._client,
        )

    def export_opens(
        self,
        id: str,
    ) -> None:
        """Export the contacts who opened an action.

        NP6: `GET /actions/{id}/export/tracking/opens`; see ``np6.api.email_sms_actions.export_action_opens``.
        """
        return export_action_opens.sync(
            id=id,
            client=self._client,
        )

    def get(
        self,
        id: str,
    ) -> SubstitutionAction:
        """Get an action.

        NP6: `GET /actions/{id}`; see ``np6.api.email_sms_actions.get_action``.
        """
        return get_action.sync(
            id=id,
            client=self._client,
        )

    def list(
        self,
        *,
        creation_start: datetime.datetime | None | Unset = UNSET,
        creation_end: datetime.datetime | None | Unset = UNSET,
    ) -> builtins.list[SubstitutionAction]:
        """List actions.

        NP6: `GET /actions`; see ``np6.api.email_sms_actions.list_actions``.
        """
        return list_actions.sync(
            creation_start=creation_start,
            creation_end=creation_end,
            client=self._client,
        )

    def render_links(
        self,
        id: str,
        *,
        body: RenderLinksRequest,
    ) -> RenderLinksResult:
        """Render links.

        NP6: `POST /actions/{id}/render/links`; see ``np6.api.email_sms_actions.render_action_links``.
        """
        return render_action_links.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def render_message(
        self,
        id: str,
        *,
        body: RenderEmailRequest | RenderSmsRequest,
        content_type: Literal[
            "application/vnd.np6.cm.email", "application/vnd.np6.cm.sms"
        ] = "application/vnd.np6.cm.email",
    ) -> RenderMailResult:
        """Render a message.

        NP6: `POST /actions/{id}/render`; see ``np6.api.email_sms_actions.render_action_message``.
        """
        return render_action_message.sync(
            id=id,
            body=body,
            content_type=content_type,
            client=self._client,
        )

    def render_messages(
        self,
        id: str,
        *,
        body: builtins.list[RenderEmailRequest] | builtins.list[RenderSmsRequest],
        content_type: Literal[
            "application/vnd.np6.cm.email", "application/vnd.np6.cm.sms"
        ] = "application/vnd.np6.cm.email",
    ) -> builtins.list[RenderMailResult]:
        """Render messages.

        NP6: `POST /actions/{id}/renders`; see ``np6.api.email_sms_actions.render_action_messages``.
        """
        return render_action_messages.sync(
            id=id,
            body=body,
            content_type=content_type,
            client=self._client,
        )

    def send_message(
        self,
        id: str,
        *,
        body: ExecutionEmailRequest | ExecutionSmsRequest,
        content_type: Literal[
            "application/vnd.np6.cm.email", "application/vnd.np6.cm.sms"
        ] = "application/vnd.np6.cm.email",
    ) -> ExecutionResult:
        """Send a message.

        NP6: `POST /actions/{id}/execution`; see ``np6.api.email_sms_actions.send_action_message``.
        """
        return send_action_message.sync(
            id=id,
            body=body,
            content_type=content_type,
            client=self._client,
        )

    def send_messages(
        self,
        id: str,
        *,
        body: builtins.list[ExecutionEmailRequest] | builtins.list[ExecutionSmsRequest],
        content_type: Literal[
            "application/vnd.np6.cm.email", "application/vnd.np6.cm.sms"
        ] = "application/vnd.np6.cm.email",
    ) -> builtins.list[ExecutionResult]:
        """Send messages.

        NP6: `POST /actions/{id}/executions`; see ``np6.api.email_sms_actions.send_action_messages``.
        """
        return send_action_messages.sync(
            id=id,
            body=body,
            content_type=content_type,
            client=self._client,
        )

    def send_to_target(
        self,
        id: str,
        target_id: str,
        *,
        body: MessageRequestModel | Unset = UNSET,
    ) -> None:
        """Send a message to a contact.

        NP6: `POST /actions/{id}/targets/{target_id}`; see ``np6.api.email_sms_actions.send_action_to_target``.
        """
        return send_action_to_target.sync(
            id=id,
            target_id=target_id,
            body=body,
            client=self._client,
        )

    def unvalidate(
        self,
        id: str,
        *,
        body: ValidationSettingsModel | Unset = UNSET,
    ) -> None:
        """Unvalidate an action.

        NP6: `DELETE /actions/{id}/validation`; see ``np6.api.email_sms_actions.unvalidate_action``.
        """
        return unvalidate_action.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def update(
        self,
        id: str,
        *,
        body: MailCampaignAction | MailMessageAction | SmsCampaignAction | SmsMessageAction,
    ) -> SubstitutionAction:
        """Update an action.

        NP6: `PUT /actions/{id}`; see ``np6.api.email_sms_actions.update_action``.
        """
        return update_action.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def validate(
        self,
        id: str,
        *,
        body: ValidationSettingsModel,
    ) -> None:
        """Test or validate an action.

        NP6: `POST /actions/{id}/validation`; see ``np6.api.email_sms_actions.validate_action``.
        """
        return validate_action.sync(
            id=id,
            body=body,
            client=self._client,
        )


class AsyncResource(AsyncActionWorkflows):
    """``async_client.actions``: the email_sms_actions operations of NP6, awaited."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: MailCampaignAction | MailMessageAction | SmsCampaignAction | SmsMessageAction,
    ) -> SubstitutionAction:
        """Create an action.

        NP6: `POST /actions`; see ``np6.api.email_sms_actions.create_action``.
        """
        return await create_action.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        id: str,
    ) -> None:
        """Delete an action.

        NP6: `DELETE /actions/{id}`; see ``np6.api.email_sms_actions.delete_action``.
        """
        return await delete_action.asyncio(
            id=id,
            client=self._client,
        )

    async def duplicate(
        self,
        id: str,
        *,
        type_: int | Unset = UNSET,
        folder: int | Unset = UNSET,
    ) -> SubstitutionAction:
        """Duplicate an action.

        NP6: `POST /actions/{id}/duplication`; see ``np6.api.email_sms_actions.duplicate_action``.
        """
        return await duplicate_action.asyncio(
            id=id,
            type_=type_,
            folder=folder,
            client=self._client,
        )

    async def export_clicks(
        self,
        id: str,
    ) -> None:
        """Export the contacts who clicked in an action.

        NP6: `GET /actions/{id}/export/tracking/clicks`; see ``np6.api.email_sms_actions.export_action_clicks``.
        """
        return await export_action_clicks.asyncio(
            id=id,
            client=self._client,
        )

    async def export_opens(
        self,
        id: str,
    ) -> None:
        """Export the contacts who opened an action.

        NP6: `GET /actions/{id}/export/tracking/opens`; see ``np6.api.email_sms_actions.export_action_opens``.
        """
        return await export_action_opens.asyncio(
            id=id,
            client=self._client,
        )

    async def get(
        self,
        id: str,
    ) -> SubstitutionAction:
        """Get an action.

        NP6: `GET /actions/{id}`; see ``np6.api.email_sms_actions.get_action``.
        """
        return await get_action.asyncio(
            id=id,
            client=self._client,
        )

    async def list(
        self,
        *,
        creation_start: datetime.datetime | None | Unset = UNSET,
        creation_end: datetime.datetime | None | Unset = UNSET,
    ) -> builtins.list[SubstitutionAction]:
        """List actions.

        NP6: `GET /actions`; see ``np6.api.email_sms_actions.list_actions``.
        """
        return await list_actions.asyncio(
            creation_start=creation_start,
            creation_end=creation_end,
            client=self._client,
        )

    async def render_links(
        self,
        id: str,
        *,
        body: RenderLinksRequest,
    ) -> RenderLinksResult:
        """Render links.

        NP6: `POST /actions/{id}/render/links`; see ``np6.api.email_sms_actions.render_action_links``.
        """
        return await render_action_links.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def render_message(
        self,
        id: str,
        *,
        body: RenderEmailRequest | RenderSmsRequest,
        content_type: Literal[
            "application/vnd.np6.cm.email", "application/vnd.np6.cm.sms"
        ] = "application/vnd.np6.cm.email",
    ) -> RenderMailResult:
        """Render a message.

        NP6: `POST /actions/{id}/render`; see ``np6.api.email_sms_actions.render_action_message``.
        """
        return await render_action_message.asyncio(
            id=id,
            body=body,
            content_type=content_type,
            client=self._client,
        )

    async def render_messages(
        self,
        id: str,
        *,
        body: builtins.list[RenderEmailRequest] | builtins.list[RenderSmsRequest],
        content_type: Literal[
            "application/vnd.np6.cm.email", "application/vnd.np6.cm.sms"
        ] = "application/vnd.np6.cm.email",
    ) -> builtins.list[RenderMailResult]:
        """Render messages.

        NP6: `POST /actions/{id}/renders`; see ``np6.api.email_sms_actions.render_action_messages``.
        """
        return await render_action_messages.asyncio(
            id=id,
            body=body,
            content_type=content_type,
            client=self._client,
        )

    async def send_message(
        self,
        id: str,
        *,
        body: ExecutionEmailRequest | ExecutionSmsRequest,
        content_type: Literal[
            "application/vnd.np6.cm.email", "application/vnd.np6.cm.sms"
        ] = "application/vnd.np6.cm.email",
    ) -> ExecutionResult:
        """Send a message.

        NP6: `POST /actions/{id}/execution`; see ``np6.api.email_sms_actions.send_action_message``.
        """
        return await send_action_message.asyncio(
            id=id,
            body=body,
            content_type=content_type,
            client=self._client,
        )

    async def send_messages(
        self,
        id: str,
        *,
        body: builtins.list[ExecutionEmailRequest] | builtins.list[ExecutionSmsRequest],
        content_type: Literal[
            "application/vnd.np6.cm.email", "application/vnd.np6.cm.sms"
        ] = "application/vnd.np6.cm.email",
    ) -> builtins.list[ExecutionResult]:
        """Send messages.

        NP6: `POST /actions/{id}/executions`; see ``np6.api.email_sms_actions.send_action_messages``.
        """
        return await send_action_messages.asyncio(
            id=id,
            body=body,
            content_type=content_type,
            client=self._client,
        )

    async def send_to_target(
        self,
        id: str,
        target_id: str,
        *,
        body: MessageRequestModel | Unset = UNSET,
    ) -> None:
        """Send a message to a contact.

        NP6: `POST /actions/{id}/targets/{target_id}`; see ``np6.api.email_sms_actions.send_action_to_target``.
        """
        return await send_action_to_target.asyncio(
            id=id,
            target_id=target_id,
            body=body,
            client=self._client,
        )

    async def unvalidate(
        self,
        id: str,
        *,
        body: ValidationSettingsModel | Unset = UNSET,
    ) -> None:
        """Unvalidate an action.

        NP6: `DELETE /actions/{id}/validation`; see ``np6.api.email_sms_actions.unvalidate_action``.
        """
        return await unvalidate_action.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def update(
        self,
        id: str,
        *,
        body: MailCampaignAction | MailMessageAction | SmsCampaignAction | SmsMessageAction,
    ) -> SubstitutionAction:
        """Update an action.

        NP6: `PUT /actions/{id}`; see ``np6.api.email_sms_actions.update_action``.
        """
        return await update_action.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def validate(
        self,
        id: str,
        *,
        body: ValidationSettingsModel,
    ) -> None:
        """Test or validate an action.

        NP6: `POST /actions/{id}/validation`; see ``np6.api.email_sms_actions.validate_action``.
        """
        return await validate_action.asyncio(
            id=id,
            body=body,
            client=self._client,
        )


__all__ = [
    "AsyncResource",
    "Resource",
    "create_action",
    "delete_action",
    "duplicate_action",
    "export_action_clicks",
    "export_action_opens",
    "get_action",
    "list_actions",
    "render_action_links",
    "render_action_message",
    "render_action_messages",
    "send_action_message",
    "send_action_messages",
    "send_action_to_target",
    "unvalidate_action",
    "update_action",
    "validate_action",
]
