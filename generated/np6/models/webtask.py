# Generated from #/components/schemas/Webtask by templates/model.py.jinja: do not edit.
from __future__ import annotations

import datetime

from .._models import Model


class Webtask(
    Model,
    rename={
        "creation_date": "creationDate",
    },
):
    """A scripting webtask.

    Attributes:
        id:
        name:
        description:
        creation_date:
        scripting: Script settings of a workflow or webtask.
        settings:
        value: The webtask's script.
    """

    id: int | None = None
    name: str | None = None
    description: str | None = None
    creation_date: datetime.datetime | None = None
    scripting: ScriptSettings | None = None
    settings: WebtaskSettingsType0 | None = None
    value: str | None = None


from .script_settings import ScriptSettings  # noqa: E402
from .webtask_settings_type_0 import WebtaskSettingsType0  # noqa: E402
