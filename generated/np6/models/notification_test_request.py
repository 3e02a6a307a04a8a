# Generated from #/components/schemas/NotificationTestRequest by templates/model.py.jinja: do not edit.
from __future__ import annotations

from msgspec import UNSET, UnsetType

from .._models import Model


class NotificationTestRequest(
    Model,
):
    """A test send of a notification version to one contact.

    Attributes:
        title:
        body:
        icon:
        thumbnail:
        image:
        data: Data used to render the views.
        variables:
        redirection: An override discriminated by `type` whose variants NP6 does not document.
        channel: An override discriminated by `type` whose variants NP6 does not document.
        recipient: The contact a test notification goes to, as the test page prints it (a type and an integer value).
        expiration: An override discriminated by `type` whose variants NP6 does not document.
    """

    title: str | None | UnsetType = UNSET
    body: str | None | UnsetType = UNSET
    icon: str | None | UnsetType = UNSET
    thumbnail: str | None | UnsetType = UNSET
    image: str | None | UnsetType = UNSET
    data: NotificationContentOverridesDataType0 | None | UnsetType = UNSET
    variables: list[NotificationContentOverridesVariablesType0Item] | None | UnsetType = UNSET
    redirection: NotificationTypedValue | None = None
    channel: NotificationTypedValue | None = None
    recipient: NotificationRecipient | None = None
    expiration: NotificationTypedValue | None = None


from .notification_content_overrides_data_type_0 import NotificationContentOverridesDataType0  # noqa: E402
from .notification_content_overrides_variables_type_0_item import NotificationContentOverridesVariablesType0Item  # noqa: E402
from .notification_recipient import NotificationRecipient  # noqa: E402
from .notification_typed_value import NotificationTypedValue  # noqa: E402
