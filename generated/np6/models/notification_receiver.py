# Generated from #/components/schemas/NotificationReceiver by templates/model.py.jinja: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from msgspec import UNSET, UnsetType

from .._models import OpenModel


class NotificationReceiver(OpenModel):
    """The contact a notification is rendered for.

    Attributes:
        id: Target id.
        unicity: Unicity value.
        hash_: Hash of the contact.
    """

    NAMES = {
        "id": "id",
        "unicity": "unicity",
        "hash_": "hash",
    }

    if TYPE_CHECKING:

        def __init__(
            self,
            src: Mapping[str, Any] | None = None,
            /,
            *,
            id: str | None | UnsetType = UNSET,
            unicity: str | None | UnsetType = UNSET,
            hash_: str | None | UnsetType = UNSET,
        ) -> None: ...

    @property
    def id(self) -> str | None:
        value: str | None = self._field("id", str)
        return value

    @property
    def unicity(self) -> str | None:
        value: str | None = self._field("unicity", str)
        return value

    @property
    def hash_(self) -> str | None:
        value: str | None = self._field("hash", str)
        return value
