# Generated from #/components/schemas/RecipientFootprint by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class RecipientFootprint(
    Model,
    tag_field="type",
    tag="footprint",
    rename={
        "hash_": "hash",
    },
):
    """A contact with all its identifiers; NP6 answers with this form in execution results.

    Attributes:
        id: Target id.
        unicity: Unicity value of the contact (a string in every example NP6 gives).
        hash_: Hash of the contact.
    """

    id: str | None = None
    unicity: str | None = None
    hash_: str | None = None

    @property
    def type_(self) -> RecipientFootprintType:
        """The discriminator (``type``), implied by the class."""
        return RecipientFootprintType.FOOTPRINT


from .recipient_footprint_type import RecipientFootprintType  # noqa: E402
