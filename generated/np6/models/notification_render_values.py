# Generated from #/components/schemas/NotificationRenderValues by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class NotificationRenderValues(
    Model,
):
    """The rendered values.

    Attributes:
        title:
        body:
        icon:
        thumbnail:
        image:
    """

    title: str | None = None
    body: str | None = None
    icon: str | None = None
    thumbnail: str | None = None
    image: str | None = None
