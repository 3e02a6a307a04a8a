# Generated from the spec tag field by templates/endpoint_init.py.jinja: do not edit.
# ruff: noqa: F401  (the TYPE_CHECKING imports cover every type the tag's operations may use)
"""The field operations of NP6: one module per operation, and the
resource classes that reach them from the client (``client.fields``)."""

from __future__ import annotations

import builtins
from typing import IO, TYPE_CHECKING, Any, Literal

from ...client import BaseClient
from . import create_field, delete_field, get_field, list_fields, update_field

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
    from ...models.date_field import DateField
    from ...models.email_field import EmailField
    from ...models.event_receiver import EventReceiver, UnknownEventReceiver
    from ...models.execution_result import ExecutionResult, UnknownExecutionResult
    from ...models.field import Field, UnknownField
    from ...models.field_input import FieldInput
    from ...models.import_feature import ImportFeature, UnknownImportFeature
    from ...models.import_source import ImportSource, UnknownImportSource
    from ...models.multiple_select_list_field import MultipleSelectListField
    from ...models.notification import Notification, UnknownNotification
    from ...models.notification_provider import NotificationProvider, UnknownNotificationProvider
    from ...models.numeric_field import NumericField
    from ...models.phone_field import PhoneField
    from ...models.recipient import Recipient, UnknownRecipient
    from ...models.segment import Segment, UnknownSegment
    from ...models.single_select_list_field import SingleSelectListField
    from ...models.substitution_action import SubstitutionAction, UnknownSubstitutionAction
    from ...models.target_deletion import TargetDeletion, UnknownTargetDeletion
    from ...models.text_area_field import TextAreaField
    from ...models.text_field import TextField
    from ...types import UNSET, File, Unset
else:
    from ...types import UNSET


class Resource:
    """``client.fields``: the field operations of NP6."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: FieldInput,
    ) -> Field:
        """Create a field.

        NP6: `POST /fields`; see ``np6.api.field.create_field``.
        """
        return create_field.sync(
            body=body,
            client=self._client,
        )

    def delete(
        self,
        id: int,
    ) -> None:
        """Delete a field.

        NP6: `DELETE /fields/{id}`; see ``np6.api.field.delete_field``.
        """
        return delete_field.sync(
            id=id,
            client=self._client,
        )

    def get(
        self,
        id: int,
    ) -> Field:
        """Get a field.

        NP6: `GET /fields/{id}`; see ``np6.api.field.get_field``.
        """
        return get_field.sync(
            id=id,
            client=self._client,
        )

    def list(
        self,
    ) -> builtins.list[Field]:
        """List fields.

        NP6: `GET /fields`; see ``np6.api.field.list_fields``.
        """
        return list_fields.sync(
            client=self._client,
        )

    def update(
        self,
        id: int,
        *,
        body: FieldInput,
    ) -> Field:
        """Update a field.

        NP6: `PUT /fields/{id}`; see ``np6.api.field.update_field``.
        """
        return update_field.sync(
            id=id,
            body=body,
            client=self._client,
        )


class AsyncResource:
    """``async_client.fields``: the field operations of NP6, awaited."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: FieldInput,
    ) -> Field:
        """Create a field.

        NP6: `POST /fields`; see ``np6.api.field.create_field``.
        """
        return await create_field.asyncio(
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        id: int,
    ) -> None:
        """Delete a field.

        NP6: `DELETE /fields/{id}`; see ``np6.api.field.delete_field``.
        """
        return await delete_field.asyncio(
            id=id,
            client=self._client,
        )

    async def get(
        self,
        id: int,
    ) -> Field:
        """Get a field.

        NP6: `GET /fields/{id}`; see ``np6.api.field.get_field``.
        """
        return await get_field.asyncio(
            id=id,
            client=self._client,
        )

    async def list(
        self,
    ) -> builtins.list[Field]:
        """List fields.

        NP6: `GET /fields`; see ``np6.api.field.list_fields``.
        """
        return await list_fields.asyncio(
            client=self._client,
        )

    async def update(
        self,
        id: int,
        *,
        body: FieldInput,
    ) -> Field:
        """Update a field.

        NP6: `PUT /fields/{id}`; see ``np6.api.field.update_field``.
        """
        return await update_field.asyncio(
            id=id,
            body=body,
            client=self._client,
        )


__all__ = [
    "AsyncResource",
    "Resource",
    "create_field",
    "delete_field",
    "get_field",
    "list_fields",
    "update_field",
]
