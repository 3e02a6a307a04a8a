# Generated from #/components/schemas/TargetFieldFilter by templates/model.py.jinja: do not edit.
from __future__ import annotations

from typing import Any

from .._models import MapModel


class TargetFieldFilter(MapModel):
    """Optional body of `GET /targets/{id}` in `application/vnd.mperf.v8.model.v1+json`: NP6
    describes it as the comma-separated field ids to keep in the output, without documenting
    its properties (the reference's sample sends `{}`).

    """

    VALUES = Any
