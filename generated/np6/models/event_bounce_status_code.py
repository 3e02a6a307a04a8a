# Generated from an inline schema of the spec by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class EventBounceStatusCode(
    Model,
):
    """Status codes.

    Attributes:
        enhanced: Enhanced status code (RFC 3463), e.g. `5.1.2`.
    """

    enhanced: str | None = None
