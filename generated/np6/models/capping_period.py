# Generated from #/components/schemas/CappingPeriod by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class CappingPeriod(
    Model,
    rename={
        "type_": "type",
    },
):
    """Period over which a capping counts.

    Attributes:
        type_:
        unit:
        value: Number of units.
    """

    type_: str | None = None
    unit: CappingPeriodUnit | None = None
    value: int | None = None


from .capping_period_unit import CappingPeriodUnit  # noqa: E402
