# Generated from #/components/schemas/RenderLinksResult by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class RenderLinksResult(
    Model,
    rename={
        "type_": "type",
    },
):
    """The rendered links.

    Attributes:
        type_: Outcome of the render, e.g. success.
        links:
    """

    type_: str
    links: list[str] | None = None
