# Generated from #/components/schemas/RenderMailResult by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class RenderMailResult(
    Model,
    rename={
        "type_": "type",
    },
):
    """A rendered message (nothing is sent). `type` is "success" in NP6's examples; the other
    values are not documented, so it is kept as a plain string.

    Attributes:
        type_: Outcome of the render, e.g. success.
        recipient: Address the message would go to.
        sender: Sender of a rendered email.
        subject:
        html:
        text:
        amp: AMP version, when the action has one.
        headers: Email headers of the rendered message.
    """

    type_: str
    recipient: str | None = None
    sender: RenderSender | None = None
    subject: str | None = None
    html: str | None = None
    text: str | None = None
    amp: str | None = None
    headers: RenderMailResultHeadersType0 | None = None


from .render_mail_result_headers_type_0 import RenderMailResultHeadersType0  # noqa: E402
from .render_sender import RenderSender  # noqa: E402
