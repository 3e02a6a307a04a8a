# Generated from an inline schema of the spec by templates/model.py.jinja: do not edit.
from __future__ import annotations

from typing import Any

from .._models import MapModel


class ScriptSettingsImportsType0Item(MapModel):
    """ScriptSettingsImportsType0Item."""

    VALUES = Any
