"""Comparisons of JSON values as the models read them (no dependency beyond the standard library)."""

from __future__ import annotations

from typing import Any


def without_nulls(value: Any) -> Any:
    """A decoded JSON value with null properties left out: an optional response field reads None
    whether NP6 sent null or nothing (np6/_models.py), so both encode back as absent."""
    if isinstance(value, dict):
        return {k: without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_nulls(v) for v in value]
    return value


__all__ = ["without_nulls"]
