"""The one error of the diff."""

from __future__ import annotations


class DiffError(Exception):
    """The diff could not run (git, Redocly or the allow-list failed)."""
