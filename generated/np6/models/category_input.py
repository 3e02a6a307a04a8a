# Generated from #/components/schemas/CategoryInput by templates/model.py.jinja: do not edit.
from __future__ import annotations

from msgspec import UNSET, UnsetType

from .._models import Model


class CategoryInput(
    Model,
):
    """Data to create or rename a category.

    Attributes:
        name: Name of the category (NP6 answers 409 when another category has it).
        description: Free text describing the category.
    """

    name: str
    description: str | None | UnsetType = UNSET
