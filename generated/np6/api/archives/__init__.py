# Generated from the spec tag archives by templates/endpoint_init.py.jinja: do not edit.
# ruff: noqa: F401  (the TYPE_CHECKING imports cover every type the tag's operations may use)
"""The archives operations of NP6: one module per operation, and the
resource classes that reach them from the client (``client.archives``)."""

from __future__ import annotations

import builtins
from typing import IO, TYPE_CHECKING, Any, Literal

from ...client import BaseClient
from . import list_action_target_archives, list_archives

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
    from ...models.mail_archive import MailArchive
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
    """``client.archives``: the archives operations of NP6."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list_for_target(
        self,
        id: str,
        target: str,
        *,
        start_date: datetime.datetime | None | Unset = UNSET,
        end_date: datetime.datetime | None | Unset = UNSET,
    ) -> builtins.list[MailArchive]:
        """List the archives of an action sent to a contact.

        NP6: `GET /actions/{id}/targets/{target}/archives`; see ``np6.api.archives.list_action_target_archives``.
        """
        return list_action_target_archives.sync(
            id=id,
            target=target,
            start_date=start_date,
            end_date=end_date,
            client=self._client,
        )

    def list(
        self,
        *,
        start_date: datetime.datetime | None | Unset = UNSET,
        end_date: datetime.datetime | None | Unset = UNSET,
    ) -> builtins.list[MailArchive]:
        """List the account's archives.

        NP6: `GET /actions/archives`; see ``np6.api.archives.list_archives``.
        """
        return list_archives.sync(
            start_date=start_date,
            end_date=end_date,
            client=self._client,
        )


class AsyncResource:
    """``async_client.archives``: the archives operations of NP6, awaited."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list_for_target(
        self,
        id: str,
        target: str,
        *,
        start_date: datetime.datetime | None | Unset = UNSET,
        end_date: datetime.datetime | None | Unset = UNSET,
    ) -> builtins.list[MailArchive]:
        """List the archives of an action sent to a contact.

        NP6: `GET /actions/{id}/targets/{target}/archives`; see ``np6.api.archives.list_action_target_archives``.
        """
        return await list_action_target_archives.asyncio(
            id=id,
            target=target,
            start_date=start_date,
            end_date=end_date,
            client=self._client,
        )

    async def list(
        self,
        *,
        start_date: datetime.datetime | None | Unset = UNSET,
        end_date: datetime.datetime | None | Unset = UNSET,
    ) -> builtins.list[MailArchive]:
        """List the account's archives.

        NP6: `GET /actions/archives`; see ``np6.api.archives.list_archives``.
        """
        return await list_archives.asyncio(
            start_date=start_date,
            end_date=end_date,
            client=self._client,
        )


__all__ = [
    "AsyncResource",
    "Resource",
    "list_action_target_archives",
    "list_archives",
]
