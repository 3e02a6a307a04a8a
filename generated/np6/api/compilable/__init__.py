# Generated from the spec tag compilable by templates/endpoint_init.py.jinja: do not edit.
# ruff: noqa: F401  (the TYPE_CHECKING imports cover every type the tag's operations may use)
"""The compilable operations of NP6: one module per operation, and the
resource classes that reach them from the client (``client.compilables``)."""

from __future__ import annotations

import builtins
from typing import IO, TYPE_CHECKING, Any, Literal

from ...client import BaseClient
from . import duplicate_compilable, execute_compilable, list_compilable_flaws

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
    from ...models.compilable import Compilable
    from ...models.compilable_execution_result import CompilableExecutionResult
    from ...models.compilable_flaw import CompilableFlaw
    from ...models.event_receiver import EventReceiver, UnknownEventReceiver
    from ...models.execute_compilable_body import ExecuteCompilableBody
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
    """``client.compilables``: the compilable operations of NP6."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def duplicate(
        self,
        id: UUID,
    ) -> Compilable:
        """Duplicate a compilable.

        NP6: `POST /scripting/compilables/{id}/duplication`; see ``np6.api.compilable.duplicate_compilable``.
        """
        return duplicate_compilable.sync(
            id=id,
            client=self._client,
        )

    def execute(
        self,
        id: UUID,
        *,
        body: ExecuteCompilableBody,
    ) -> CompilableExecutionResult:
        """Execute a compilable.

        NP6: `POST /scripting/compilables/{id}/execution`; see ``np6.api.compilable.execute_compilable``.
        """
        return execute_compilable.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def list_flaws(
        self,
        id: UUID,
    ) -> builtins.list[CompilableFlaw]:
        """List the flaws of a compilable.

        NP6: `GET /scripting/compilables/{id}/flaws`; see ``np6.api.compilable.list_compilable_flaws``.
        """
        return list_compilable_flaws.sync(
            id=id,
            client=self._client,
        )


class AsyncResource:
    """``async_client.compilables``: the compilable operations of NP6, awaited."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def duplicate(
        self,
        id: UUID,
    ) -> Compilable:
        """Duplicate a compilable.

        NP6: `POST /scripting/compilables/{id}/duplication`; see ``np6.api.compilable.duplicate_compilable``.
        """
        return await duplicate_compilable.asyncio(
            id=id,
            client=self._client,
        )

    async def execute(
        self,
        id: UUID,
        *,
        body: ExecuteCompilableBody,
    ) -> CompilableExecutionResult:
        """Execute a compilable.

        NP6: `POST /scripting/compilables/{id}/execution`; see ``np6.api.compilable.execute_compilable``.
        """
        return await execute_compilable.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def list_flaws(
        self,
        id: UUID,
    ) -> builtins.list[CompilableFlaw]:
        """List the flaws of a compilable.

        NP6: `GET /scripting/compilables/{id}/flaws`; see ``np6.api.compilable.list_compilable_flaws``.
        """
        return await list_compilable_flaws.asyncio(
            id=id,
            client=self._client,
        )


__all__ = [
    "AsyncResource",
    "Resource",
    "duplicate_compilable",
    "execute_compilable",
    "list_compilable_flaws",
]
