# Generated from #/components/schemas/NotificationProvider by templates/union.py.jinja: do not edit.
"""NotificationProvider: A service delivering notifications to the application, discriminated by `type`.

Members (by ``type``): ``firebase`` FirebaseProvider, ``apns`` ApnsProvider, ``http`` HttpProvider.
Anything else (a kind NP6 added, no ``type``, or a known kind that does not
decode) is a :class:`UnknownNotificationProvider`, which keeps the raw object and reads the fields every
member shares.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

from .._decoding import UnknownVariant, register
from .._models import Model
from .apns_provider import ApnsProvider
from .firebase_provider import FirebaseProvider
from .http_provider import HttpProvider


class NotificationProviderShared(Model):
    """The fields every NotificationProvider member has (read on its unknown member)."""

    pass


class UnknownNotificationProvider(UnknownVariant[NotificationProviderShared]):
    """A NotificationProvider this client cannot decode as one of its members (see ``raw``, ``error``)."""

    __slots__ = ()
    DISCRIMINATOR = "type"
    SHARED = NotificationProviderShared


if TYPE_CHECKING:
    NotificationProvider: TypeAlias = FirebaseProvider | ApnsProvider | HttpProvider | UnknownNotificationProvider
else:  # what msgspec decodes; an unknown member is placed by np6._decoding's fallback
    NotificationProvider = FirebaseProvider | ApnsProvider | HttpProvider

register(UnknownNotificationProvider, FirebaseProvider, ApnsProvider, HttpProvider)
