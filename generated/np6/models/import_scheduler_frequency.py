# Generated from an inline schema of the spec by templates/model.py.jinja: do not edit.
from __future__ import annotations

from typing import Any

from .._models import MapModel


class ImportSchedulerFrequency(MapModel):
    """When the import runs (v8 documentation; structure not documented in 8.1.0)."""

    VALUES = Any
