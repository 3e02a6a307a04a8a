# Generated from the spec tag workflow by templates/endpoint_init.py.jinja: do not edit.
# ruff: noqa: F401  (the TYPE_CHECKING imports cover every type the tag's operations may use)
"""The workflow operations of NP6: one module per operation, and the
resource classes that reach them from the client (``client.workflows``)."""

from __future__ import annotations

import builtins
from typing import IO, TYPE_CHECKING, Any, Literal

from ...client import BaseClient
from . import (
    create_workflow,
    delete_workflow,
    duplicate_workflow,
    list_workflow_capping,
    list_workflow_nodes,
    list_workflow_tasks,
    replace_workflow,
    update_workflow,
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
    from ...models.notification_provider import NotificationProvider, UnknownNotificationProvider
    from ...models.recipient import Recipient, UnknownRecipient
    from ...models.segment import Segment, UnknownSegment
    from ...models.substitution_action import SubstitutionAction, UnknownSubstitutionAction
    from ...models.target_deletion import TargetDeletion, UnknownTargetDeletion
    from ...models.workflow import Workflow
    from ...models.workflow_capping_rule import WorkflowCappingRule
    from ...models.workflow_node import WorkflowNode
    from ...models.workflow_task import WorkflowTask
    from ...types import UNSET, File, Unset
else:
    from ...types import UNSET


class Resource:
    """``client.workflows``: the workflow operations of NP6."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: Workflow,
    ) -> None:
        """Create a workflow.

        NP6: `POST /scripting/workflows`; see ``np6.api.workflow.create_workflow``.
        """
        return create_workflow.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        id: int,
    ) -> None:
        """Delete a workflow.

        NP6: `DELETE /scripting/workflows/{id}`; see ``np6.api.workflow.delete_workflow``.
        """
        return delete_workflow.sync(
            id=id,
            client=self._client,
        )

    def duplicate(
        self,
        id: int,
    ) -> Workflow:
        """Duplicate a workflow.

        NP6: `POST /scripting/workflows/{id}/duplication`; see ``np6.api.workflow.duplicate_workflow``.
        """
        return duplicate_workflow.sync(
            id=id,
            client=self._client,
        )

    def list_capping(
        self,
        id: int,
    ) -> builtins.list[WorkflowCappingRule]:
        """List the capping rules of a workflow.

        NP6: `GET /scripting/workflows/{id}/capping`; see ``np6.api.workflow.list_workflow_capping``.
        """
        return list_workflow_capping.sync(
            id=id,
            client=self._client,
        )

    def list_nodes(
        self,
        id: int,
    ) -> builtins.list[WorkflowNode]:
        """List the nodes of a workflow.

        NP6: `GET /scripting/workflows/{id}/nodes`; see ``np6.api.workflow.list_workflow_nodes``.
        """
        return list_workflow_nodes.sync(
            id=id,
            client=self._client,
        )

    def list_tasks(
        self,
        id: int,
    ) -> builtins.list[WorkflowTask]:
        """List the scheduler tasks of a workflow.

        NP6: `GET /scripting/workflows/{id}/tasks`; see ``np6.api.workflow.list_workflow_tasks``.
        """
        return list_workflow_tasks.sync(
            id=id,
            client=self._client,
        )

    def replace(
        self,
        id: int,
        *,
        body: Workflow,
    ) -> None:
        """Replace a workflow.

        NP6: `PUT /scripting/workflows/{id}`; see ``np6.api.workflow.replace_workflow``.
        """
        return replace_workflow.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def update(
        self,
        id: int,
    ) -> Workflow:
        """Update a workflow.

        NP6: `PATCH /scripting/workflows/{id}`; see ``np6.api.workflow.update_workflow``.
        """
        return update_workflow.sync(
            id=id,
            client=self._client,
        )


class AsyncResource:
    """``async_client.workflows``: the workflow operations of NP6, awaited."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: Workflow,
    ) -> None:
        """Create a workflow.

        NP6: `POST /scripting/workflows`; see ``np6.api.workflow.create_workflow``.
        """
        return await create_workflow.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        id: int,
    ) -> None:
        """Delete a workflow.

        NP6: `DELETE /scripting/workflows/{id}`; see ``np6.api.workflow.delete_workflow``.
        """
        return await delete_workflow.asyncio(
            id=id,
            client=self._client,
        )

    async def duplicate(
        self,
        id: int,
    ) -> Workflow:
        """Duplicate a workflow.

        NP6: `POST /scripting/workflows/{id}/duplication`; see ``np6.api.workflow.duplicate_workflow``.
        """
        return await duplicate_workflow.asyncio(
            id=id,
            client=self._client,
        )

    async def list_capping(
        self,
        id: int,
    ) -> builtins.list[WorkflowCappingRule]:
        """List the capping rules of a workflow.

        NP6: `GET /scripting/workflows/{id}/capping`; see ``np6.api.workflow.list_workflow_capping``.
        """
        return await list_workflow_capping.asyncio(
            id=id,
            client=self._client,
        )

    async def list_nodes(
        self,
        id: int,
    ) -> builtins.list[WorkflowNode]:
        """List the nodes of a workflow.

        NP6: `GET /scripting/workflows/{id}/nodes`; see ``np6.api.workflow.list_workflow_nodes``.
        """
        return await list_workflow_nodes.asyncio(
            id=id,
            client=self._client,
        )

    async def list_tasks(
        self,
        id: int,
    ) -> builtins.list[WorkflowTask]:
        """List the scheduler tasks of a workflow.

        NP6: `GET /scripting/workflows/{id}/tasks`; see ``np6.api.workflow.list_workflow_tasks``.
        """
        return await list_workflow_tasks.asyncio(
            id=id,
            client=self._client,
        )

    async def replace(
        self,
        id: int,
        *,
        body: Workflow,
    ) -> None:
        """Replace a workflow.

        NP6: `PUT /scripting/workflows/{id}`; see ``np6.api.workflow.replace_workflow``.
        """
        return await replace_workflow.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def update(
        self,
        id: int,
    ) -> Workflow:
        """Update a workflow.

        NP6: `PATCH /scripting/workflows/{id}`; see ``np6.api.workflow.update_workflow``.
        """
        return await update_workflow.asyncio(
            id=id,
            client=self._client,
        )


__all__ = [
    "AsyncResource",
    "Resource",
    "create_workflow",
    "delete_workflow",
    "duplicate_workflow",
    "list_workflow_capping",
    "list_workflow_nodes",
    "list_workflow_tasks",
    "replace_workflow",
    "update_workflow",
]
