# Generated from #/components/schemas/NotificationSettings by templates/model.py.jinja: do not edit.
from __future__ import annotations

from msgspec import UNSET, UnsetType

from .._models import Model


class NotificationSettings(
    Model,
):
    """Settings of a notification.

    Attributes:
        urgent: Urgency of the notification (false by default).
        purpose: Purpose of the notification, Marketing (default) or Service.
        expiration: When an undelivered notification expires.
        mp: Marketing pressure settings.
    """

    urgent: bool | None = None
    purpose: NotificationSettingsPurposeType0 | None | UnsetType = UNSET
    expiration: NotificationSettingsExpirationType0 | None | UnsetType = UNSET
    mp: NotificationSettingsMpType0 | None | UnsetType = UNSET


from .notification_settings_expiration_type_0 import NotificationSettingsExpirationType0  # noqa: E402
from .notification_settings_mp_type_0 import NotificationSettingsMpType0  # noqa: E402
from .notification_settings_purpose_type_0 import NotificationSettingsPurposeType0  # noqa: E402
