# Generated from #/components/schemas/NotificationExecutionRequest by templates/model.py.jinja: do not edit.
from __future__ import annotations

from msgspec import UNSET, UnsetType

from .._models import Model


class NotificationExecutionRequest(
    Model,
):
    """One notification to send.

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
        recipient: Who a message is for, discriminated by `type`.
        stamp: Tracking identifiers of a message (conversation flow); NP6 generates any that are omitted.
        urgent: True to send the notification as urgent.
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
    recipient: Recipient | None = None
    stamp: MessageStamp | None = None
    urgent: bool | None | UnsetType = UNSET


from .message_stamp import MessageStamp  # noqa: E402
from .notification_content_overrides_data_type_0 import NotificationContentOverridesDataType0  # noqa: E402
from .notification_content_overrides_variables_type_0_item import NotificationContentOverridesVariablesType0Item  # noqa: E402
from .notification_typed_value import NotificationTypedValue  # noqa: E402
from .recipient import Recipient  # noqa: E402
