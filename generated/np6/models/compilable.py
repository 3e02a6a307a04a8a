# Generated from #/components/schemas/Compilable by templates/model.py.jinja: do not edit.
from __future__ import annotations

from uuid import UUID

from .._models import Model


class Compilable(
    Model,
):
    """A compilable (a scriptable data transformation compiled by NP6).

    Attributes:
        id: Identifier of the compilable.
        name:
        description:
        state:
        stamp: Creation and last modification dates of a resource.
        value: The scriptable value describing a compilable (its kinds are not documented).
    """

    id: UUID | None = None
    name: str | None = None
    description: str | None = None
    state: str | None = None
    stamp: StampInformations | None = None
    value: CompilableValue | None = None


from .compilable_value import CompilableValue  # noqa: E402
from .stamp_informations import StampInformations  # noqa: E402
