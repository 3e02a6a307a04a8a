# Generated from the spec tag import_ by templates/endpoint_init.py.jinja: do not edit.
# ruff: noqa: F401  (the TYPE_CHECKING imports cover every type the tag's operations may use)
"""The import_ operations of NP6: one module per operation, and the
resource classes that reach them from the client (``client.imports``)."""

from __future__ import annotations

import builtins
from typing import IO, TYPE_CHECKING, Any, Literal

from ...client import BaseClient
from . import (
    create_import,
    delete_import,
    get_import,
    get_import_execution_state,
    list_imports,
    start_import_execution,
    upload_import_source,
)

if TYPE_CHECKING:
    import datetime
    from io import BytesIO
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
    from ...models.import_definition import ImportDefinition
    from ...models.import_execution import ImportExecution
    from ...models.import_execution_state import ImportExecutionState
    from ...models.import_feature import ImportFeature, UnknownImportFeature
    from ...models.import_file_source import ImportFileSource
    from ...models.import_ftp_source import ImportFtpSource
    from ...models.import_source import ImportSource, UnknownImportSource
    from ...models.notification import Notification, UnknownNotification
    from ...models.notification_provider import NotificationProvider, UnknownNotificationProvider
    from ...models.recipient import Recipient, UnknownRecipient
    from ...models.segment import Segment, UnknownSegment
    from ...models.substitution_action import SubstitutionAction, UnknownSubstitutionAction
    from ...models.target_deletion import TargetDeletion, UnknownTargetDeletion
    from ...types import UNSET, File, FileTypes, Unset
else:
    from ...types import UNSET


class Resource:
    """``client.imports``: the import_ operations of NP6."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: ImportDefinition,
    ) -> ImportDefinition:
        """Create an import definition.

        NP6: `POST /imports`; see ``np6.api.import_.create_import``.
        """
        return create_import.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        id: int,
    ) -> None:
        """Delete an import definition.

        NP6: `DELETE /imports/{id}`; see ``np6.api.import_.delete_import``.
        """
        return delete_import.sync(
            id=id,
            client=self._client,
        )

    def get(
        self,
        id: int,
    ) -> ImportDefinition:
        """Get an import definition.

        NP6: `GET /imports/{id}`; see ``np6.api.import_.get_import``.
        """
        return get_import.sync(
            id=id,
            client=self._client,
        )

    def get_execution_state(
        self,
        id: int,
    ) -> ImportExecutionState:
        """Get the state of an import's last execution.

        NP6: `GET /imports/{id}/executions`; see ``np6.api.import_.get_import_execution_state``.
        """
        return get_import_execution_state.sync(
            id=id,
            client=self._client,
        )

    def list(
        self,
    ) -> builtins.list[ImportDefinition]:
        """List import definitions.

        NP6: `GET /imports`; see ``np6.api.import_.list_imports``.
        """
        return list_imports.sync(
            client=self._client,
        )

    def start_execution(
        self,
        id: int,
        *,
        body: ImportDefinition | Unset = UNSET,
    ) -> ImportExecution:
        """Start an import execution.

        NP6: `POST /imports/{id}/executions`; see ``np6.api.import_.start_import_execution``.
        """
        return start_import_execution.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def upload_source(
        self,
        id: int,
        *,
        body: bytes | IO[bytes] | File,
        content_disposition: str | Unset = UNSET,
    ) -> ImportSource:
        """Upload the file of an import.

        NP6: `PUT /imports/{id}/source`; see ``np6.api.import_.upload_import_source``.
        """
        return upload_import_source.sync(
            id=id,
            body=body,
            content_disposition=content_disposition,
            client=self._client,
        )


class AsyncResource:
    """``async_client.imports``: the import_ operations of NP6, awaited."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: ImportDefinition,
    ) -> ImportDefinition:
        """Create an import definition.

        NP6: `POST /imports`; see ``np6.api.import_.create_import``.
        """
        return await create_import.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        id: int,
    ) -> None:
        """Delete an import definition.

        NP6: `DELETE /imports/{id}`; see ``np6.api.import_.delete_import``.
        """
        return await delete_import.asyncio(
            id=id,
            client=self._client,
        )

    async def get(
        self,
        id: int,
    ) -> ImportDefinition:
        """Get an import definition.

        NP6: `GET /imports/{id}`; see ``np6.api.import_.get_import``.
        """
        return await get_import.asyncio(
            id=id,
            client=self._client,
        )

    async def get_execution_state(
        self,
        id: int,
    ) -> ImportExecutionState:
        """Get the state of an import's last execution.

        NP6: `GET /imports/{id}/executions`; see ``np6.api.import_.get_import_execution_state``.
        """
        return await get_import_execution_state.asyncio(
            id=id,
            client=self._client,
        )

    async def list(
        self,
    ) -> builtins.list[ImportDefinition]:
        """List import definitions.

        NP6: `GET /imports`; see ``np6.api.import_.list_imports``.
        """
        return await list_imports.asyncio(
            client=self._client,
        )

    async def start_execution(
        self,
        id: int,
        *,
        body: ImportDefinition | Unset = UNSET,
    ) -> ImportExecution:
        """Start an import execution.

        NP6: `POST /imports/{id}/executions`; see ``np6.api.import_.start_import_execution``.
        """
        return await start_import_execution.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def upload_source(
        self,
        id: int,
        *,
        body: bytes | IO[bytes] | File,
        content_disposition: str | Unset = UNSET,
    ) -> ImportSource:
        """Upload the file of an import.

        NP6: `PUT /imports/{id}/source`; see ``np6.api.import_.upload_import_source``.
        """
        return await upload_import_source.asyncio(
            id=id,
            body=body,
            content_disposition=content_disposition,
            client=self._client,
        )


__all__ = [
    "AsyncResource",
    "Resource",
    "create_import",
    "delete_import",
    "get_import",
    "get_import_execution_state",
    "list_imports",
    "start_import_execution",
    "upload_import_source",
]
