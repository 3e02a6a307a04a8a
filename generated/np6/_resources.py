# Generated from the spec tags (x-np6-resource) by templates/package/_resources.py.jinja: do not edit.
"""The resources of the np6 clients: ``client.segments.list()`` and the like.

Generated from the spec's tags (``x-np6-resource``); each resource is the tag package's
``Resource`` (``AsyncResource`` for :class:`np6.AsyncClient`), made on first use, so
that importing the client does not import every operation.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .api import archives as _archives
    from .api import campaign as _campaign
    from .api import campaign_events as _campaign_events
    from .api import category as _category
    from .api import compilable as _compilable
    from .api import contact as _contact
    from .api import contact_events as _contact_events
    from .api import display_events as _display_events
    from .api import email_sms_actions as _email_sms_actions
    from .api import email_sms_events as _email_sms_events
    from .api import email_sms_reactivity as _email_sms_reactivity
    from .api import enumeration as _enumeration
    from .api import field as _field
    from .api import import_ as _import_
    from .api import marketing_pressure as _marketing_pressure
    from .api import mobile_application as _mobile_application
    from .api import notification as _notification
    from .api import notification_events as _notification_events
    from .api import notification_reactivity as _notification_reactivity
    from .api import segment as _segment
    from .api import subscription as _subscription
    from .api import webtask as _webtask
    from .api import workflow as _workflow
    from .client import BaseClient


class _SyncEvents:
    """``client.events``: actions, campaigns, display, notifications, targets."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @cached_property
    def actions(self) -> _email_sms_events.Resource:
        from .api import email_sms_events

        return email_sms_events.Resource(self._client)

    @cached_property
    def campaigns(self) -> _campaign_events.Resource:
        from .api import campaign_events

        return campaign_events.Resource(self._client)

    @cached_property
    def display(self) -> _display_events.Resource:
        from .api import display_events

        return display_events.Resource(self._client)

    @cached_property
    def notifications(self) -> _notification_events.Resource:
        from .api import notification_events

        return notification_events.Resource(self._client)

    @cached_property
    def targets(self) -> _contact_events.Resource:
        from .api import contact_events

        return contact_events.Resource(self._client)


class _SyncReactivities:
    """``client.reactivities``: actions, notifications."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @cached_property
    def actions(self) -> _email_sms_reactivity.Resource:
        from .api import email_sms_reactivity

        return email_sms_reactivity.Resource(self._client)

    @cached_property
    def notifications(self) -> _notification_reactivity.Resource:
        from .api import notification_reactivity

        return notification_reactivity.Resource(self._client)


class _AsyncEvents:
    """``client.events``: actions, campaigns, display, notifications, targets."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @cached_property
    def actions(self) -> _email_sms_events.AsyncResource:
        from .api import email_sms_events

        return email_sms_events.AsyncResource(self._client)

    @cached_property
    def campaigns(self) -> _campaign_events.AsyncResource:
        from .api import campaign_events

        return campaign_events.AsyncResource(self._client)

    @cached_property
    def display(self) -> _display_events.AsyncResource:
        from .api import display_events

        return display_events.AsyncResource(self._client)

    @cached_property
    def notifications(self) -> _notification_events.AsyncResource:
        from .api import notification_events

        return notification_events.AsyncResource(self._client)

    @cached_property
    def targets(self) -> _contact_events.AsyncResource:
        from .api import contact_events

        return contact_events.AsyncResource(self._client)


class _AsyncReactivities:
    """``client.reactivities``: actions, notifications."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @cached_property
    def actions(self) -> _email_sms_reactivity.AsyncResource:
        from .api import email_sms_reactivity

        return email_sms_reactivity.AsyncResource(self._client)

    @cached_property
    def notifications(self) -> _notification_reactivity.AsyncResource:
        from .api import notification_reactivity

        return notification_reactivity.AsyncResource(self._client)


class SyncResources:
    """The resources of :class:`np6.Client` (every operation of the spec)."""

    @cached_property
    def actions(self) -> _email_sms_actions.Resource:
        from .api import email_sms_actions

        return email_sms_actions.Resource(self._base())

    @cached_property
    def archives(self) -> _archives.Resource:
        from .api import archives

        return archives.Resource(self._base())

    @cached_property
    def campaigns(self) -> _campaign.Resource:
        from .api import campaign

        return campaign.Resource(self._base())

    @cached_property
    def categories(self) -> _category.Resource:
        from .api import category

        return category.Resource(self._base())

    @cached_property
    def compilables(self) -> _compilable.Resource:
        from .api import compilable

        return compilable.Resource(self._base())

    @cached_property
    def events(self) -> _SyncEvents:
        return _SyncEvents(self._base())

    @cached_property
    def fields(self) -> _field.Resource:
        from .api import field

        return field.Resource(self._base())

    @cached_property
    def imports(self) -> _import_.Resource:
        from .api import import_

        return import_.Resource(self._base())

    @cached_property
    def marketing_pressure(self) -> _marketing_pressure.Resource:
        from .api import marketing_pressure

        return marketing_pressure.Resource(self._base())

    @cached_property
    def mobile_applications(self) -> _mobile_application.Resource:
        from .api import mobile_application

        return mobile_application.Resource(self._base())

    @cached_property
    def notifications(self) -> _notification.Resource:
        from .api import notification

        return notification.Resource(self._base())

    @cached_property
    def reactivities(self) -> _SyncReactivities:
        return _SyncReactivities(self._base())

    @cached_property
    def segments(self) -> _segment.Resource:
        from .api import segment

        return segment.Resource(self._base())

    @cached_property
    def subscriptions(self) -> _subscription.Resource:
        from .api import subscription

        return subscription.Resource(self._base())

    @cached_property
    def targets(self) -> _contact.Resource:
        from .api import contact

        return contact.Resource(self._base())

    @cached_property
    def value_lists(self) -> _enumeration.Resource:
        from .api import enumeration

        return enumeration.Resource(self._base())

    @cached_property
    def webtasks(self) -> _webtask.Resource:
        from .api import webtask

        return webtask.Resource(self._base())

    @cached_property
    def workflows(self) -> _workflow.Resource:
        from .api import workflow

        return workflow.Resource(self._base())

    def _base(self) -> BaseClient:
        raise NotImplementedError


class AsyncResources:
    """The resources of :class:`np6.AsyncClient` (every operation, awaited)."""

    @cached_property
    def actions(self) -> _email_sms_actions.AsyncResource:
        from .api import email_sms_actions

        return email_sms_actions.AsyncResource(self._base())

    @cached_property
    def archives(self) -> _archives.AsyncResource:
        from .api import archives

        return archives.AsyncResource(self._base())

    @cached_property
    def campaigns(self) -> _campaign.AsyncResource:
        from .api import campaign

        return campaign.AsyncResource(self._base())

    @cached_property
    def categories(self) -> _category.AsyncResource:
        from .api import category

        return category.AsyncResource(self._base())

    @cached_property
    def compilables(self) -> _compilable.AsyncResource:
        from .api import compilable

        return compilable.AsyncResource(self._base())

    @cached_property
    def events(self) -> _AsyncEvents:
        return _AsyncEvents(self._base())

    @cached_property
    def fields(self) -> _field.AsyncResource:
        from .api import field

        return field.AsyncResource(self._base())

    @cached_property
    def imports(self) -> _import_.AsyncResource:
        from .api import import_

        return import_.AsyncResource(self._base())

    @cached_property
    def marketing_pressure(self) -> _marketing_pressure.AsyncResource:
        from .api import marketing_pressure

        return marketing_pressure.AsyncResource(self._base())

    @cached_property
    def mobile_applications(self) -> _mobile_application.AsyncResource:
        from .api import mobile_application

        return mobile_application.AsyncResource(self._base())

    @cached_property
    def notifications(self) -> _notification.AsyncResource:
        from .api import notification

        return notification.AsyncResource(self._base())

    @cached_property
    def reactivities(self) -> _AsyncReactivities:
        return _AsyncReactivities(self._base())

    @cached_property
    def segments(self) -> _segment.AsyncResource:
        from .api import segment

        return segment.AsyncResource(self._base())

    @cached_property
    def subscriptions(self) -> _subscription.AsyncResource:
        from .api import subscription

        return subscription.AsyncResource(self._base())

    @cached_property
    def targets(self) -> _contact.AsyncResource:
        from .api import contact

        return contact.AsyncResource(self._base())

    @cached_property
    def value_lists(self) -> _enumeration.AsyncResource:
        from .api import enumeration

        return enumeration.AsyncResource(self._base())

    @cached_property
    def webtasks(self) -> _webtask.AsyncResource:
        from .api import webtask

        return webtask.AsyncResource(self._base())

    @cached_property
    def workflows(self) -> _workflow.AsyncResource:
        from .api import workflow

        return workflow.AsyncResource(self._base())

    def _base(self) -> BaseClient:
        raise NotImplementedError


#: The client attributes these mixins define (a copy made by ``with_options`` makes its own).
RESOURCE_NAMES: tuple[str, ...] = (
    "actions",
    "archives",
    "campaigns",
    "categories",
    "compilables",
    "events",
    "fields",
    "imports",
    "marketing_pressure",
    "mobile_applications",
    "notifications",
    "reactivities",
    "segments",
    "subscriptions",
    "targets",
    "value_lists",
    "webtasks",
    "workflows",
)

#: Every resource path and the np6.api package behind it (a test checks each operation is reachable).
RESOURCE_PACKAGES: dict[str, str] = {
    "actions": "email_sms_actions",
    "archives": "archives",
    "campaigns": "campaign",
    "categories": "category",
    "compilables": "compilable",
    "events.actions": "email_sms_events",
    "events.campaigns": "campaign_events",
    "events.display": "display_events",
    "events.notifications": "notification_events",
    "events.targets": "contact_events",
    "fields": "field",
    "imports": "import_",
    "marketing_pressure": "marketing_pressure",
    "mobile_applications": "mobile_application",
    "notifications": "notification",
    "reactivities.actions": "email_sms_reactivity",
    "reactivities.notifications": "notification_reactivity",
    "segments": "segment",
    "subscriptions": "subscription",
    "targets": "contact",
    "value_lists": "enumeration",
    "webtasks": "webtask",
    "workflows": "workflow",
}
