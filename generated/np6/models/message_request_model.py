# Generated from #/components/schemas/MessageRequestModel by templates/model.py.jinja: do not edit.
from __future__ import annotations

from msgspec import UNSET, UnsetType

from .._models import Model


class MessageRequestModel(
    Model,
):
    """Optional overrides of a message sent to one target. The reference shows `data` and, cut
    off, a field replacing the content of an email; other fields are passed through as given.

    Attributes:
        data: Data used to render the message.
    """

    data: MessageRequestModelDataType0 | None | UnsetType = UNSET


from .message_request_model_data_type_0 import MessageRequestModelDataType0  # noqa: E402
