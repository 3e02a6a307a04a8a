# Generated from #/components/schemas/RenderLinksRequest by templates/model.py.jinja: do not edit.
from __future__ import annotations

from msgspec import UNSET, UnsetType

from .._models import Model


class RenderLinksRequest(
    Model,
):
    """A render definition for the tracked links of an action.

    Attributes:
        receiver: Who a message is for, discriminated by `type`.
        data: Render data.
        variables: Additional variables.
        context: Context of a links render.
        stamp: Tracking identifiers of a message (conversation flow); NP6 generates any that are omitted.
        links: The links to render.
    """

    receiver: Recipient
    data: RenderLinksRequestDataType0 | None | UnsetType = UNSET
    variables: list[RenderLinksRequestVariablesType0Item] | None | UnsetType = UNSET
    context: RenderContext | None = None
    stamp: MessageStamp | None = None
    links: list[RenderLinksRequestLinksType0Item] | None | UnsetType = UNSET


from .message_stamp import MessageStamp  # noqa: E402
from .recipient import Recipient  # noqa: E402
from .render_context import RenderContext  # noqa: E402
from .render_links_request_data_type_0 import RenderLinksRequestDataType0  # noqa: E402
from .render_links_request_links_type_0_item import RenderLinksRequestLinksType0Item  # noqa: E402
from .render_links_request_variables_type_0_item import RenderLinksRequestVariablesType0Item  # noqa: E402
