# Generated from #/components/schemas/EventBounceStatus by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class EventBounceStatus(
    Model,
    rename={
        "type_": "type",
    },
):
    """The status reported by the receiving side.

    Attributes:
        type_: How the failure was reported, e.g. `sync` (during the SMTP session).
        code: Status codes.
        diagnostic: Diagnostic text of the receiving server.
        mta: The mail transfer agent that reported the failure (may be empty).
    """

    type_: str | None = None
    code: EventBounceStatusCode | None = None
    diagnostic: str | None = None
    mta: str | None = None


from .event_bounce_status_code import EventBounceStatusCode  # noqa: E402
