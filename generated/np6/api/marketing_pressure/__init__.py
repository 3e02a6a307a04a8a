# Generated from the spec tag marketing_pressure by templates/endpoint_init.py.jinja: do not edit.
# ruff: noqa: F401  (the TYPE_CHECKING imports cover every type the tag's operations may use)
"""The marketing_pressure operations of NP6: one module per operation, and the
resource classes that reach them from the client (``client.marketing_pressure``)."""

from __future__ import annotations

import builtins
from typing import IO, TYPE_CHECKING, Any, Literal

from ...client import BaseClient
from . import (
    get_mandatory_topic_option,
    list_marketing_pressure_rules,
    list_marketing_pressure_topics,
    set_mandatory_topic_option,
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
    from ...models.marketing_pressure_rule import MarketingPressureRule
    from ...models.marketing_pressure_topic import MarketingPressureTopic
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
    """``client.marketing_pressure``: the marketing_pressure operations of NP6."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def get_mandatory_topic_option(
        self,
    ) -> bool:
        """Get the mandatory topic option.

        NP6: `GET /settings/marketing/pressure/topic`; see ``np6.api.marketing_pressure.get_mandatory_topic_option``.
        """
        return get_mandatory_topic_option.sync(
            client=self._client,
        )

    def list_rules(
        self,
    ) -> builtins.list[MarketingPressureRule]:
        """List rules.

        NP6: `GET /marketing/pressure/rules`; see ``np6.api.marketing_pressure.list_marketing_pressure_rules``.
        """
        return list_marketing_pressure_rules.sync(
            client=self._client,
        )

    def list_topics(
        self,
    ) -> builtins.list[MarketingPressureTopic]:
        """List topics.

        NP6: `GET /marketing/pressure/topics`; see ``np6.api.marketing_pressure.list_marketing_pressure_topics``.
        """
        return list_marketing_pressure_topics.sync(
            client=self._client,
        )

    def set_mandatory_topic_option(
        self,
        *,
        body: bool,
    ) -> bool:
        """Set the mandatory topic option.

        NP6: `PUT /settings/marketing/pressure/topic`; see ``np6.api.marketing_pressure.set_mandatory_topic_option``.
        """
        return set_mandatory_topic_option.sync(
            body=body,
            client=self._client,
        )


class AsyncResource:
    """``async_client.marketing_pressure``: the marketing_pressure operations of NP6, awaited."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def get_mandatory_topic_option(
        self,
    ) -> bool:
        """Get the mandatory topic option.

        NP6: `GET /settings/marketing/pressure/topic`; see ``np6.api.marketing_pressure.get_mandatory_topic_option``.
        """
        return await get_mandatory_topic_option.asyncio(
            client=self._client,
        )

    async def list_rules(
        self,
    ) -> builtins.list[MarketingPressureRule]:
        """List rules.

        NP6: `GET /marketing/pressure/rules`; see ``np6.api.marketing_pressure.list_marketing_pressure_rules``.
        """
        return await list_marketing_pressure_rules.asyncio(
            client=self._client,
        )

    async def list_topics(
        self,
    ) -> builtins.list[MarketingPressureTopic]:
        """List topics.

        NP6: `GET /marketing/pressure/topics`; see ``np6.api.marketing_pressure.list_marketing_pressure_topics``.
        """
        return await list_marketing_pressure_topics.asyncio(
            client=self._client,
        )

    async def set_mandatory_topic_option(
        self,
        *,
        body: bool,
    ) -> bool:
        """Set the mandatory topic option.

        NP6: `PUT /settings/marketing/pressure/topic`; see ``np6.api.marketing_pressure.set_mandatory_topic_option``.
        """
        return await set_mandatory_topic_option.asyncio(
            body=body,
            client=self._client,
        )


__all__ = [
    "AsyncResource",
    "Resource",
    "get_mandatory_topic_option",
    "list_marketing_pressure_rules",
    "list_marketing_pressure_topics",
    "set_mandatory_topic_option",
]
