# Generated from #/components/schemas/RecipientByHash by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class RecipientByHash(
    Model,
    tag_field="type",
    tag="hash",
):
    """A contact named by its hash (an MD5 string NP6 computes for each contact).

    Attributes:
        value:
    """

    value: str

    @property
    def type_(self) -> RecipientByHashType:
        """The discriminator (``type``), implied by the class."""
        return RecipientByHashType.HASH


from .recipient_by_hash_type import RecipientByHashType  # noqa: E402
