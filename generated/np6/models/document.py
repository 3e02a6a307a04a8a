# Generated from #/components/schemas/Document by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import MapModel


class Document(MapModel):
    """Values of a contact to write, keyed by field *name* at the top level, e.g.
    `{"Email": "alice@example.com"}` (NP6 calls this shape `Document`). The unicity field(s)
    must be present: a body such as `{"fields": {"728": "..."}}` is refused with 400 ("target
    cannot be identified - unicity is null"). Multiple select values are arrays of strings.

    """

    VALUES = str | float | list[str]
