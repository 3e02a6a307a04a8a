# Generated from #/components/schemas/RecipientById by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class RecipientById(
    Model,
    tag_field="type",
    tag="id",
):
    """A contact named by its target id.

    Attributes:
        value: Target id, e.g. 000PIZ76.
    """

    value: str

    @property
    def type_(self) -> RecipientByIdType:
        """The discriminator (``type``), implied by the class."""
        return RecipientByIdType.ID


from .recipient_by_id_type import RecipientByIdType  # noqa: E402
