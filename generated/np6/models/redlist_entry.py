# Generated from #/components/schemas/RedlistEntry by templates/model.py.jinja: do not edit.
from __future__ import annotations

import datetime

from .._models import Model


class RedlistEntry(
    Model,
):
    """A contact in a redlist (mail or SMS), or the body that puts one there.

    Attributes:
        id: Identifier of the contact.
        timestamp: When the contact was redlisted.
        origin: Why a contact is in a redlist: 0 unknown, 1 listed by the API, 2 by an import, 3 by a form,
            4 list-unsubscribe, 5 complaint, 6 SMS STOP, 7 SMS blacklist, 8 SMS administrative,
            9 SMS specific.
        detail: Details of a redlisting (content depends on the origin).
    """

    id: str | None = None
    timestamp: datetime.datetime | None = None
    origin: RedlistOrigin | None = None
    detail: RedlistDetail | None = None


from .redlist_detail import RedlistDetail  # noqa: E402
from .redlist_origin import RedlistOrigin  # noqa: E402
