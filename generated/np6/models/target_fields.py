# Generated from an inline schema of the spec by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import MapModel


class TargetFields(MapModel):
    """Values of the contact keyed by field id."""

    VALUES = str | float | list[str]
