# Generated from #/components/schemas/RedlistDetail by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class RedlistDetail(
    Model,
    rename={
        "form_id": "formId",
    },
):
    """Details of a redlisting (content depends on the origin).

    Attributes:
        form_id: Form that redlisted the contact (origin 3), as in the v8 documentation example.
    """

    form_id: str | None = None
