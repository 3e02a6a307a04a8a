# Generated from the spec tag contact by templates/endpoint_init.py.jinja: do not edit.
# ruff: noqa: F401  (the TYPE_CHECKING imports cover every type the tag's operations may use)
"""The contact operations of NP6: one module per operation, and the
resource classes that reach them from the client (``client.targets``)."""

from __future__ import annotations

import builtins
from typing import IO, TYPE_CHECKING, Any, Literal

from ..._workflows import AsyncTargetWorkflows, TargetWorkflows
from ...client import BaseClient
from . import (
    add_target_to_mail_redlist,
    count_targets,
    create_target,
    delete_target,
    delete_targets,
    find_target,
    get_target,
    list_mail_redlist,
    list_sms_redlist,
    update_target,
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
    from ...models.deleted_target import DeletedTarget
    from ...models.document import Document
    from ...models.event_receiver import EventReceiver, UnknownEventReceiver
    from ...models.execution_result import ExecutionResult, UnknownExecutionResult
    from ...models.field import Field, UnknownField
    from ...models.import_feature import ImportFeature, UnknownImportFeature
    from ...models.import_source import ImportSource, UnknownImportSource
    from ...models.notification import Notification, UnknownNotification
    from ...models.notification_provider import NotificationProvider, UnknownNotificationProvider
    from ...models.recipient import Recipient, UnknownRecipient
    from ...models.redlist_entry import RedlistEntry
    from ...models.segment import Segment, UnknownSegment
    from ...models.substitution_action import SubstitutionAction, UnknownSubstitutionAction
    from ...models.target import Target
    from ...models.target_deletion import TargetDeletion, UnknownTargetDeletion
    from ...models.target_deletion_by_id import TargetDeletionById
    from ...models.target_deletion_by_segment import TargetDeletionBySegment
    from ...models.target_deletion_by_unicity import TargetDeletionByUnicity
    from ...models.target_field_filter import TargetFieldFilter
    from ...models.targets_count import TargetsCount
    from ...types import UNSET, File, Unset
else:
    from ...types import UNSET


class Resource(TargetWorkflows):
    """``client.targets``: the contact operations of NP6."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def add_to_mail_redlist(
        self,
        id: str,
        *,
        body: RedlistEntry,
    ) -> None:
        """Put a contact in the email redlist.

        NP6: `POST /targets/{id}/redlist/mail`; see ``np6.api.contact.add_target_to_mail_redlist``.
        """
        return add_target_to_mail_redlist.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def count(
        self,
    ) -> TargetsCount:
        """Count contacts.

        NP6: `GET /targets/count`; see ``np6.api.contact.count_targets``.
        """
        return count_targets.sync(
            client=self._client,
        )

    def create(
        self,
        *,
        body: Document,
    ) -> Target:
        """Create a contact.

        NP6: `POST /targets`; see ``np6.api.contact.create_target``.
        """
        return create_target.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        id: str,
    ) -> None:
        """Delete a contact.

        NP6: `DELETE /targets/{id}`; see ``np6.api.contact.delete_target``.
        """
        return delete_target.sync(
            id=id,
            client=self._client,
        )

    def delete_many(
        self,
        *,
        body: TargetDeletionById | TargetDeletionBySegment | TargetDeletionByUnicity,
    ) -> builtins.list[DeletedTarget] | None:
        """Delete contacts in bulk.

        NP6: `DELETE /targets`; see ``np6.api.contact.delete_targets``.
        """
        return delete_targets.sync(
            body=body,
            client=self._client,
        )

    def find(
        self,
        *,
        body: builtins.list[str] | Unset = UNSET,
        unicity: builtins.list[str] | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> Target:
        """Find a contact by unicity or hash (experimental).

        NP6: `GET /targets`; see ``np6.api.contact.find_target``.
        """
        return find_target.sync(
            body=body,
            unicity=unicity,
            hash_=hash_,
            client=self._client,
        )

    def get(
        self,
        id: str,
        *,
        body: TargetFieldFilter | Unset = UNSET,
    ) -> Target:
        """Get a contact (experimental).

        NP6: `GET /targets/{id}`; see ``np6.api.contact.get_target``.
        """
        return get_target.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def list_mail_redlist(
        self,
        *,
        start_date: datetime.datetime | None | Unset = UNSET,
        end_date: datetime.datetime | None | Unset = UNSET,
    ) -> builtins.list[RedlistEntry] | None:
        """List the email redlist.

        NP6: `GET /targets/redlist/mail`; see ``np6.api.contact.list_mail_redlist``.
        """
        return list_mail_redlist.sync(
            start_date=start_date,
            end_date=end_date,
            client=self._client,
        )

    def list_sms_redlist(
        self,
        *,
        start_date: datetime.datetime | None | Unset = UNSET,
        end_date: datetime.datetime | None | Unset = UNSET,
    ) -> builtins.list[RedlistEntry] | None:
        """List the SMS redlist.

        NP6: `GET /targets/redlist/sms`; see ``np6.api.contact.list_sms_redlist``.
        """
        return list_sms_redlist.sync(
            start_date=start_date,
            end_date=end_date,
            client=self._client,
        )

    def update(
        self,
        id: str,
        *,
        body: Document,
    ) -> Target:
        """Update a contact.

        NP6: `PUT /targets/{id}`; see ``np6.api.contact.update_target``.
        """
        return update_target.sync(
            id=id,
            body=body,
            client=self._client,
        )


class AsyncResource(AsyncTargetWorkflows):
    """``async_client.targets``: the contact operations of NP6, awaited."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def add_to_mail_redlist(
        self,
        id: str,
        *,
        body: RedlistEntry,
    ) -> None:
        """Put a contact in the email redlist.

        NP6: `POST /targets/{id}/redlist/mail`; see ``np6.api.contact.add_target_to_mail_redlist``.
        """
        return await add_target_to_mail_redlist.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def count(
        self,
    ) -> TargetsCount:
        """Count contacts.

        NP6: `GET /targets/count`; see ``np6.api.contact.count_targets``.
        """
        return await count_targets.asyncio(
            client=self._client,
        )

    async def create(
        self,
        *,
        body: Document,
    ) -> Target:
        """Create a contact.

        NP6: `POST /targets`; see ``np6.api.contact.create_target``.
        """
        return await create_target.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        id: str,
    ) -> None:
        """Delete a contact.

        NP6: `DELETE /targets/{id}`; see ``np6.api.contact.delete_target``.
        """
        return await delete_target.asyncio(
            id=id,
            client=self._client,
        )

    async def delete_many(
        self,
        *,
        body: TargetDeletionById | TargetDeletionBySegment | TargetDeletionByUnicity,
    ) -> builtins.list[DeletedTarget] | None:
        """Delete contacts in bulk.

        NP6: `DELETE /targets`; see ``np6.api.contact.delete_targets``.
        """
        return await delete_targets.asyncio(
            body=body,
            client=self._client,
        )

    async def find(
        self,
        *,
        body: builtins.list[str] | Unset = UNSET,
        unicity: builtins.list[str] | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> Target:
        """Find a contact by unicity or hash (experimental).

        NP6: `GET /targets`; see ``np6.api.contact.find_target``.
        """
        return await find_target.asyncio(
            body=body,
            unicity=unicity,
            hash_=hash_,
            client=self._client,
        )

    async def get(
        self,
        id: str,
        *,
        body: TargetFieldFilter | Unset = UNSET,
    ) -> Target:
        """Get a contact (experimental).

        NP6: `GET /targets/{id}`; see ``np6.api.contact.get_target``.
        """
        return await get_target.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def list_mail_redlist(
        self,
        *,
        start_date: datetime.datetime | None | Unset = UNSET,
        end_date: datetime.datetime | None | Unset = UNSET,
    ) -> builtins.list[RedlistEntry] | None:
        """List the email redlist.

        NP6: `GET /targets/redlist/mail`; see ``np6.api.contact.list_mail_redlist``.
        """
        return await list_mail_redlist.asyncio(
            start_date=start_date,
            end_date=end_date,
            client=self._client,
        )

    async def list_sms_redlist(
        self,
        *,
        start_date: datetime.datetime | None | Unset = UNSET,
        end_date: datetime.datetime | None | Unset = UNSET,
    ) -> builtins.list[RedlistEntry] | None:
        """List the SMS redlist.

        NP6: `GET /targets/redlist/sms`; see ``np6.api.contact.list_sms_redlist``.
        """
        return await list_sms_redlist.asyncio(
            start_date=start_date,
            end_date=end_date,
            client=self._client,
        )

    async def update(
        self,
        id: str,
        *,
        body: Document,
    ) -> Target:
        """Update a contact.

        NP6: `PUT /targets/{id}`; see ``np6.api.contact.update_target``.
        """
        return await update_target.asyncio(
            id=id,
            body=body,
            client=self._client,
        )


__all__ = [
    "AsyncResource",
    "Resource",
    "add_target_to_mail_redlist",
    "count_targets",
    "create_target",
    "delete_target",
    "delete_targets",
    "find_target",
    "get_target",
    "list_mail_redlist",
    "list_sms_redlist",
    "update_target",
]
