# Generated from an inline schema of the spec by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import MapModel


class ImportNormalizationFeatureFields(MapModel):
    """Field id (as a string) to the ISO 3166 alpha-3 country codes used to normalise its phone numbers."""

    VALUES = list[str]
