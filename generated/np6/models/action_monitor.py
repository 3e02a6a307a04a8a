# Generated from #/components/schemas/ActionMonitor by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class ActionMonitor(
    Model,
    rename={
        "last_sent": "lastSent",
    },
):
    """Sending activity of a campaign action.

    Attributes:
        last_sent:
    """

    last_sent: ActionMonitorLastSent | None = None


from .action_monitor_last_sent import ActionMonitorLastSent  # noqa: E402
