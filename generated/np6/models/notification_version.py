# Generated from #/components/schemas/NotificationVersion by templates/model.py.jinja: do not edit.
from __future__ import annotations

from uuid import UUID

from .._models import Model


class NotificationVersion(
    Model,
):
    """A version of the notification's content (the reference page cuts the rest of its fields).

    Attributes:
        id: Identifier of the version.
    """

    id: UUID | None = None
