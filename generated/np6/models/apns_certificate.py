# Generated from #/components/schemas/ApnsCertificate by templates/model.py.jinja: do not edit.
from __future__ import annotations

import datetime

from .._models import Model


class ApnsCertificate(
    Model,
    rename={
        "type_": "type",
    },
):
    """The APNs certificate.

    Attributes:
        type_: Certificate format (p12).
        value: The certificate.
        password: Its password.
        expiration: When it expires.
    """

    type_: str | None = None
    value: str | None = None
    password: str | None = None
    expiration: datetime.datetime | None = None
