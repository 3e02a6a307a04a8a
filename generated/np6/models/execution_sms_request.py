# Generated from #/components/schemas/ExecutionSmsRequest by templates/model.py.jinja: do not edit.
from __future__ import annotations

from msgspec import UNSET, UnsetType

from .._models import Model


class ExecutionSmsRequest(
    Model,
):
    """One SMS to send (media type application/vnd.np6.cm.sms). NP6's reference prints the
    field list of the email variant only; the SMS variant is described here with the fields
    every message definition has. Other fields are passed through as given.

    Attributes:
        recipient: Who a message is for, discriminated by `type`.
        related: A related contact identification.
        data: Data used to render the message.
        variables: Additional variables.
        stamp: Tracking identifiers of a message (conversation flow); NP6 generates any that are omitted.
    """

    recipient: Recipient
    related: ExecutionSmsRequestRelatedType0 | None | UnsetType = UNSET
    data: ExecutionSmsRequestDataType0 | None | UnsetType = UNSET
    variables: list[ExecutionSmsRequestVariablesType0Item] | None | UnsetType = UNSET
    stamp: MessageStamp | None = None


from .execution_sms_request_data_type_0 import ExecutionSmsRequestDataType0  # noqa: E402
from .execution_sms_request_related_type_0 import ExecutionSmsRequestRelatedType0  # noqa: E402
from .execution_sms_request_variables_type_0_item import ExecutionSmsRequestVariablesType0Item  # noqa: E402
from .message_stamp import MessageStamp  # noqa: E402
from .recipient import Recipient  # noqa: E402
