# Generated from an inline schema of the spec by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import MapModel


class RenderMailResultHeadersType0(MapModel):
    """Email headers of the rendered message."""

    VALUES = str
