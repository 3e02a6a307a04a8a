# Generated from #/components/schemas/ExecutionEmailRequest by templates/model.py.jinja: do not edit.
from __future__ import annotations

from msgspec import UNSET, UnsetType

from .._models import Model


class ExecutionEmailRequest(
    Model,
):
    """One email to send (media type application/vnd.np6.cm.email). Without overrides the
    message is sent as the action defines it, personalised and tracked; content overrides
    need a templating 4.1 action (NP6 answers 409 otherwise) and replace the content as is.

    Attributes:
        recipient: Who a message is for, discriminated by `type`.
        related: A related contact identification.
        copies: Carbon copies.
        headers: Overrides of the action's email headers for one message.
        subject: Subject override.
        attachments:
        content: Views overrides (the content replacing the action's).
        data: Data used to render the message.
        blocks: Blocks of additional data.
        variables: Additional variables.
        stamp: Tracking identifiers of a message (conversation flow); NP6 generates any that are omitted.
        urgent: True to send with priority.
        important: True to flag the message as important.
    """

    recipient: Recipient
    related: ExecutionEmailRequestRelatedType0 | None | UnsetType = UNSET
    copies: list[ExecutionEmailRequestCopiesType0Item] | None | UnsetType = UNSET
    headers: EmailHeadersOverride | None = None
    subject: str | None | UnsetType = UNSET
    attachments: list[EmailAttachment] | None | UnsetType = UNSET
    content: ExecutionEmailRequestContentType0 | None | UnsetType = UNSET
    data: ExecutionEmailRequestDataType0 | None | UnsetType = UNSET
    blocks: list[ExecutionEmailRequestBlocksType0Item] | None | UnsetType = UNSET
    variables: list[ExecutionEmailRequestVariablesType0Item] | None | UnsetType = UNSET
    stamp: MessageStamp | None = None
    urgent: bool | None | UnsetType = UNSET
    important: bool | None | UnsetType = UNSET


from .email_attachment import EmailAttachment  # noqa: E402
from .email_headers_override import EmailHeadersOverride  # noqa: E402
from .execution_email_request_blocks_type_0_item import ExecutionEmailRequestBlocksType0Item  # noqa: E402
from .execution_email_request_content_type_0 import ExecutionEmailRequestContentType0  # noqa: E402
from .execution_email_request_copies_type_0_item import ExecutionEmailRequestCopiesType0Item  # noqa: E402
from .execution_email_request_data_type_0 import ExecutionEmailRequestDataType0  # noqa: E402
from .execution_email_request_related_type_0 import ExecutionEmailRequestRelatedType0  # noqa: E402
from .execution_email_request_variables_type_0_item import ExecutionEmailRequestVariablesType0Item  # noqa: E402
from .message_stamp import MessageStamp  # noqa: E402
from .recipient import Recipient  # noqa: E402
