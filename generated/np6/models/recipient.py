# Generated from #/components/schemas/Recipient by templates/union.py.jinja: do not edit.
"""Recipient: Who a message is for, discriminated by `type`.

Members (by ``type``): ``id`` RecipientById, ``unicity`` RecipientByUnicity, ``hash`` RecipientByHash, ``footprint`` RecipientFootprint.
Anything else (a kind NP6 added, no ``type``, or a known kind that does not
decode) is a :class:`UnknownRecipient`, which keeps the raw object and reads the fields every
member shares.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

from .._decoding import UnknownVariant, register
from .._models import Model
from .recipient_by_hash import RecipientByHash
from .recipient_by_id import RecipientById
from .recipient_by_unicity import RecipientByUnicity
from .recipient_footprint import RecipientFootprint


class RecipientShared(Model):
    """The fields every Recipient member has (read on its unknown member)."""

    pass


class UnknownRecipient(UnknownVariant[RecipientShared]):
    """A Recipient this client cannot decode as one of its members (see ``raw``, ``error``)."""

    __slots__ = ()
    DISCRIMINATOR = "type"
    SHARED = RecipientShared


if TYPE_CHECKING:
    Recipient: TypeAlias = RecipientById | RecipientByUnicity | RecipientByHash | RecipientFootprint | UnknownRecipient
else:  # what msgspec decodes; an unknown member is placed by np6._decoding's fallback
    Recipient = RecipientById | RecipientByUnicity | RecipientByHash | RecipientFootprint

register(UnknownRecipient, RecipientById, RecipientByUnicity, RecipientByHash, RecipientFootprint)
