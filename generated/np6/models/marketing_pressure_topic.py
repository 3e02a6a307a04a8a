# Generated from #/components/schemas/MarketingPressureTopic by templates/model.py.jinja: do not edit.
from __future__ import annotations

from uuid import UUID

from .._models import Model


class MarketingPressureTopic(
    Model,
    rename={
        "created_by": "createdBy",
        "modified_by": "modifiedBy",
    },
):
    """A marketing pressure topic.

    Attributes:
        id:
        label: Name of the topic.
        description:
        stamp: Creation and last modification dates of a resource.
        created_by: Identity that created the topic.
        modified_by: Identity that last modified the topic.
    """

    id: UUID | None = None
    label: str | None = None
    description: str | None = None
    stamp: StampInformations | None = None
    created_by: str | None = None
    modified_by: str | None = None


from .stamp_informations import StampInformations  # noqa: E402
