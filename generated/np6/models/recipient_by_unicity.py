# Generated from #/components/schemas/RecipientByUnicity by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class RecipientByUnicity(
    Model,
    tag_field="type",
    tag="unicity",
):
    """A contact named by its unicity values (one string per unicity criterion of the account, always an array).

    Attributes:
        value:
    """

    value: list[str]

    @property
    def type_(self) -> RecipientByUnicityType:
        """The discriminator (``type``), implied by the class."""
        return RecipientByUnicityType.UNICITY


from .recipient_by_unicity_type import RecipientByUnicityType  # noqa: E402
