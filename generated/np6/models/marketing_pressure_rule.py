# Generated from #/components/schemas/MarketingPressureRule by templates/model.py.jinja: do not edit.
from __future__ import annotations

from uuid import UUID

from .._models import Model


class MarketingPressureRule(
    Model,
    rename={
        "created_by": "createdBy",
        "modified_by": "modifiedBy",
    },
):
    """A marketing pressure rule.

    Attributes:
        id:
        label: Name of the rule.
        predicate: Logical condition of a rule (its kinds are not documented).
        stamp: Creation and last modification dates of a resource.
        created_by: Identity that created the rule.
        modified_by: Identity that last modified the rule.
    """

    id: UUID | None = None
    label: str | None = None
    predicate: MarketingPressurePredicate | None = None
    stamp: StampInformations | None = None
    created_by: str | None = None
    modified_by: str | None = None


from .marketing_pressure_predicate import MarketingPressurePredicate  # noqa: E402
from .stamp_informations import StampInformations  # noqa: E402
