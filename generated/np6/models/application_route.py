# Generated from #/components/schemas/ApplicationRoute by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class ApplicationRoute(
    Model,
):
    """A named value of an application, e.g. a redirection route or a display channel.

    Attributes:
        name:
        value: A literal expression.
        default: True for the default one.
    """

    name: str | None = None
    value: LiteralValue | None = None
    default: bool | None = None


from .literal_value import LiteralValue  # noqa: E402
