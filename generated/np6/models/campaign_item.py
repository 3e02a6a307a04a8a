# Generated from #/components/schemas/CampaignItem by templates/model.py.jinja: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from msgspec import UNSET, UnsetType

from .._models import OpenModel


class CampaignItem(OpenModel):
    """An item grouped in a campaign (an action, a notification...).

    Attributes:
        type_: Kind of item (the channel, e.g. email).
        id: Identifier of the item.
    """

    NAMES = {
        "type_": "type",
        "id": "id",
    }

    if TYPE_CHECKING:

        def __init__(
            self,
            src: Mapping[str, Any] | None = None,
            /,
            *,
            type_: str | UnsetType = UNSET,
            id: int | UnsetType = UNSET,
        ) -> None: ...

    @property
    def type_(self) -> str | None:
        value: str | None = self._field("type", str)
        return value

    @property
    def id(self) -> int | None:
        value: int | None = self._field("id", int)
        return value
