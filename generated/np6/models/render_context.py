# Generated from #/components/schemas/RenderContext by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class RenderContext(
    Model,
):
    """Context of a links render.

    Attributes:
        id:
        display:
        render:
        recipient:
    """

    id: str | None = None
    display: int | None = None
    render: int | None = None
    recipient: str | None = None
