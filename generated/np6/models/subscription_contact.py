# Generated from #/components/schemas/SubscriptionContact by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class SubscriptionContact(
    Model,
    rename={
        "hash_": "hash",
        "type_": "type",
    },
):
    """Contact the subscription is bound to. `type` is NP6's discriminator: NP6 answers with a
    `footprint` (the contact's `id`, `unicity` and `hash` together); other kinds name the
    contact by one identifier in `value`.

    Attributes:
        type_: How the contact is identified (e.g. `footprint`).
        value: Identifier of the contact (kinds other than `footprint`).
        id: Identifier of the contact (footprint).
        unicity: Unicity value of the contact (footprint).
        hash_: Hash of the contact (footprint).
    """

    type_: str
    value: str | None = None
    id: str | None = None
    unicity: str | None = None
    hash_: str | None = None
