# Generated from the spec operations with an x-np6-window by templates/package/_event_operations.py.jinja: do not edit.
"""Every event and reactivity operation of the NP6 8.1.0 API: generated from the spec.

An event operation is one whose spec marks a time window (query parameters with
``x-np6-window: start`` and ``end``): its ``OPERATION.window`` is set and it has ``poll()``.
``np6.dlt`` makes one dlt resource of each. Do not edit: ``python -m generator regenerate``
rewrites this file (``generator/event_operations.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ._operations import Operation
from ._polling import Poller
from .api.campaign_events import list_campaign_item_events as _list_campaign_item_events
from .api.contact_events import list_contact_activation_events as _list_contact_activation_events
from .api.contact_events import list_contact_events as _list_contact_events
from .api.contact_events import list_contact_form_hit_events as _list_contact_form_hit_events
from .api.contact_events import list_contact_open_hit_events as _list_contact_open_hit_events
from .api.contact_events import lookup_contact_activation_events as _lookup_contact_activation_events
from .api.contact_events import lookup_contact_stop_events as _lookup_contact_stop_events
from .api.display_events import list_display_activation_events as _list_display_activation_events
from .api.display_events import list_display_content_activation_events as _list_display_content_activation_events
from .api.email_sms_events import list_action_activation_events as _list_action_activation_events
from .api.email_sms_events import list_action_bounce_events as _list_action_bounce_events
from .api.email_sms_events import list_action_cancellation_events as _list_action_cancellation_events
from .api.email_sms_events import list_action_form_hit_events as _list_action_form_hit_events
from .api.email_sms_events import list_action_mirror_hit_events as _list_action_mirror_hit_events
from .api.email_sms_events import list_all_action_cancellation_events as _list_all_action_cancellation_events
from .api.email_sms_events import list_all_action_events as _list_all_action_events
from .api.email_sms_reactivity import (
    list_action_redirection_hit_reactivities as _list_action_redirection_hit_reactivities,
)
from .api.email_sms_reactivity import (
    list_action_unsubscribe_hit_reactivities as _list_action_unsubscribe_hit_reactivities,
)
from .api.email_sms_reactivity import list_all_action_bounce_reactivities as _list_all_action_bounce_reactivities
from .api.email_sms_reactivity import (
    list_all_action_mirror_hit_reactivities as _list_all_action_mirror_hit_reactivities,
)
from .api.email_sms_reactivity import list_all_action_open_hit_reactivities as _list_all_action_open_hit_reactivities
from .api.email_sms_reactivity import list_all_action_reactivities as _list_all_action_reactivities
from .api.notification_events import list_notification_activation_events as _list_notification_activation_events
from .api.notification_events import list_notification_cancellation_events as _list_notification_cancellation_events
from .api.notification_events import list_notification_execution_events as _list_notification_execution_events
from .api.notification_reactivity import (
    list_all_notification_bounce_reactivities as _list_all_notification_bounce_reactivities,
)
from .api.notification_reactivity import (
    list_all_notification_hit_reactivities as _list_all_notification_hit_reactivities,
)
from .api.notification_reactivity import list_all_notification_reactivities as _list_all_notification_reactivities
from .api.notification_reactivity import list_notification_optout_reactivities as _list_notification_optout_reactivities


@dataclass(frozen=True, slots=True)
class EventOperation:
    """One event operation: its facts (``OPERATION``), its ``poll`` function and where it lives."""

    operation: Operation
    #: The module's ``poll(...)`` (its other arguments: the operation's path and query parameters).
    poll: Callable[..., Poller[Any]]
    #: Its tag's module under ``np6.api`` (``email_sms_events``...).
    tag: str
    #: The spec's summary.
    summary: str

    @property
    def name(self) -> str:
        """The operation's Python name (its module and function name)."""
        return self.operation.id

    @property
    def module(self) -> str:
        """Its module, e.g. ``np6.api.email_sms_events.list_all_action_events``."""
        return f"np6.api.{self.tag}.{self.name}"


#: The event operations of the spec, by tag then name.
EVENT_OPERATIONS: tuple[EventOperation, ...] = (
    EventOperation(
        _list_campaign_item_events.OPERATION,
        _list_campaign_item_events.poll,
        "campaign_events",
        "List the events of campaign items",
    ),
    EventOperation(
        _list_contact_activation_events.OPERATION,
        _list_contact_activation_events.poll,
        "contact_events",
        "List the activations of a contact",
    ),
    EventOperation(
        _list_contact_events.OPERATION,
        _list_contact_events.poll,
        "contact_events",
        "List the events of a contact",
    ),
    EventOperation(
        _list_contact_form_hit_events.OPERATION,
        _list_contact_form_hit_events.poll,
        "contact_events",
        "List the form hits of a contact",
    ),
    EventOperation(
        _list_contact_open_hit_events.OPERATION,
        _list_contact_open_hit_events.poll,
        "contact_events",
        "List the open hits of a contact",
    ),
    EventOperation(
        _lookup_contact_activation_events.OPERATION,
        _lookup_contact_activation_events.poll,
        "contact_events",
        "List the activations of a contact named by its hash",
    ),
    EventOperation(
        _lookup_contact_stop_events.OPERATION,
        _lookup_contact_stop_events.poll,
        "contact_events",
        "List the stop answers of a contact",
    ),
    EventOperation(
        _list_display_activation_events.OPERATION,
        _list_display_activation_events.poll,
        "display_events",
        "List the activations of all display content",
    ),
    EventOperation(
        _list_display_content_activation_events.OPERATION,
        _list_display_content_activation_events.poll,
        "display_events",
        "List the activations of a display content",
    ),
    EventOperation(
        _list_action_activation_events.OPERATION,
        _list_action_activation_events.poll,
        "email_sms_events",
        "List the activations of an action",
    ),
    EventOperation(
        _list_action_bounce_events.OPERATION,
        _list_action_bounce_events.poll,
        "email_sms_events",
        "List the bounces of an action",
    ),
    EventOperation(
        _list_action_cancellation_events.OPERATION,
        _list_action_cancellation_events.poll,
        "email_sms_events",
        "List the cancellations of an action",
    ),
    EventOperation(
        _list_action_form_hit_events.OPERATION,
        _list_action_form_hit_events.poll,
        "email_sms_events",
        "List the form hits of an action",
    ),
    EventOperation(
        _list_action_mirror_hit_events.OPERATION,
        _list_action_mirror_hit_events.poll,
        "email_sms_events",
        "List the mirror-page hits of an action",
    ),
    EventOperation(
        _list_all_action_cancellation_events.OPERATION,
        _list_all_action_cancellation_events.poll,
        "email_sms_events",
        "List the cancellations of all actions",
    ),
    EventOperation(
        _list_all_action_events.OPERATION,
        _list_all_action_events.poll,
        "email_sms_events",
        "List the events of all actions",
    ),
    EventOperation(
        _list_action_redirection_hit_reactivities.OPERATION,
        _list_action_redirection_hit_reactivities.poll,
        "email_sms_reactivity",
        "List the redirection hit reactivities of an action",
    ),
    EventOperation(
        _list_action_unsubscribe_hit_reactivities.OPERATION,
        _list_action_unsubscribe_hit_reactivities.poll,
        "email_sms_reactivity",
        "List the unsubscribe hit reactivities of an action",
    ),
    EventOperation(
        _list_all_action_bounce_reactivities.OPERATION,
        _list_all_action_bounce_reactivities.poll,
        "email_sms_reactivity",
        "List the bounce reactivities of all actions",
    ),
    EventOperation(
        _list_all_action_mirror_hit_reactivities.OPERATION,
        _list_all_action_mirror_hit_reactivities.poll,
        "email_sms_reactivity",
        "List the mirror-page hit reactivities of all actions",
    ),
    EventOperation(
        _list_all_action_open_hit_reactivities.OPERATION,
        _list_all_action_open_hit_reactivities.poll,
        "email_sms_reactivity",
        "List the open hit reactivities of all actions",
    ),
    EventOperation(
        _list_all_action_reactivities.OPERATION,
        _list_all_action_reactivities.poll,
        "email_sms_reactivity",
        "List the reactivities of all actions",
    ),
    EventOperation(
        _list_notification_activation_events.OPERATION,
        _list_notification_activation_events.poll,
        "notification_events",
        "List the activations of a notification",
    ),
    EventOperation(
        _list_notification_cancellation_events.OPERATION,
        _list_notification_cancellation_events.poll,
        "notification_events",
        "List the cancellations of a notification",
    ),
    EventOperation(
        _list_notification_execution_events.OPERATION,
        _list_notification_execution_events.poll,
        "notification_events",
        "List the executions of a notification",
    ),
    EventOperation(
        _list_all_notification_bounce_reactivities.OPERATION,
        _list_all_notification_bounce_reactivities.poll,
        "notification_reactivity",
        "List the bounce reactivities of all notifications",
    ),
    EventOperation(
        _list_all_notification_hit_reactivities.OPERATION,
        _list_all_notification_hit_reactivities.poll,
        "notification_reactivity",
        "List the hit reactivities of all notifications",
    ),
    EventOperation(
        _list_all_notification_reactivities.OPERATION,
        _list_all_notification_reactivities.poll,
        "notification_reactivity",
        "List the reactivities of all notifications",
    ),
    EventOperation(
        _list_notification_optout_reactivities.OPERATION,
        _list_notification_optout_reactivities.poll,
        "notification_reactivity",
        "List the opt-out reactivities of a notification",
    ),
)

__all__ = ["EVENT_OPERATIONS", "EventOperation"]
