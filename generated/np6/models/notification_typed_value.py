# Generated from #/components/schemas/NotificationTypedValue by templates/model.py.jinja: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from msgspec import UNSET, UnsetType

from .._models import OpenModel


class NotificationTypedValue(OpenModel):
    """An override discriminated by `type` whose variants NP6 does not document.

    Attributes:
        type_:
    """

    NAMES = {
        "type_": "type",
    }

    if TYPE_CHECKING:

        def __init__(
            self,
            src: Mapping[str, Any] | None = None,
            /,
            *,
            type_: str | UnsetType = UNSET,
        ) -> None: ...

    @property
    def type_(self) -> str | None:
        value: str | None = self._field("type", str)
        return value
