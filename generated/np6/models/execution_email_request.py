from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import UnknownVariant
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecutionEmailRequest")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "recipient",
        "related",
        "copies",
        "headers",
        "subject",
        "attachments",
        "content",
        "data",
        "blocks",
        "variables",
        "stamp",
        "urgent",
        "important",
    }
)


@_attrs_define
class ExecutionEmailRequest:
    """One email to send (media type application/vnd.np6.cm.email). Without overrides the
    message is sent as the action defines it, personalised and tracked; content overrides
    need a templating 4.1 action (NP6 answers 409 otherwise) and replace the content as is.

        Attributes:
            recipient (RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint | UnknownVariant): Who a
                message is for, discriminated by `type`.
            related (ExecutionEmailRequestRelatedType0 | None | Unset): A related contact identification.
            copies (list[ExecutionEmailRequestCopiesType0Item] | None | Unset): Carbon copies.
            headers (EmailHeadersOverride | Unset): Overrides of the action's email headers for one message.
            subject (None | str | Unset): Subject override.
            attachments (list[EmailAttachment] | None | Unset):
            content (ExecutionEmailRequestContentType0 | None | Unset): Views overrides (the content replacing the
                action's).
            data (ExecutionEmailRequestDataType0 | None | Unset): Data used to render the message.
            blocks (list[ExecutionEmailRequestBlocksType0Item] | None | Unset): Blocks of additional data.
            variables (list[ExecutionEmailRequestVariablesType0Item] | None | Unset): Additional variables.
            stamp (MessageStamp | Unset): Tracking identifiers of a message (conversation flow); NP6 generates any that are
                omitted.
            urgent (bool | None | Unset): True to send with priority.
            important (bool | None | Unset): True to flag the message as important.
    """

    recipient: RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint | UnknownVariant
    related: ExecutionEmailRequestRelatedType0 | None | Unset = UNSET
    copies: list[ExecutionEmailRequestCopiesType0Item] | None | Unset = UNSET
    headers: EmailHeadersOverride | Unset = UNSET
    subject: None | str | Unset = UNSET
    attachments: list[EmailAttachment] | None | Unset = UNSET
    content: ExecutionEmailRequestContentType0 | None | Unset = UNSET
    data: ExecutionEmailRequestDataType0 | None | Unset = UNSET
    blocks: list[ExecutionEmailRequestBlocksType0Item] | None | Unset = UNSET
    variables: list[ExecutionEmailRequestVariablesType0Item] | None | Unset = UNSET
    stamp: MessageStamp | Unset = UNSET
    urgent: bool | None | Unset = UNSET
    important: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient: dict[str, Any]
        recipient = self.recipient.to_dict()

        related: dict[str, Any] | None | Unset
        if isinstance(self.related, Unset):
            related = UNSET
        elif isinstance(self.related, ExecutionEmailRequestRelatedType0):
            related = self.related.to_dict()
        else:
            related = self.related

        copies: list[dict[str, Any]] | None | Unset
        if isinstance(self.copies, Unset):
            copies = UNSET
        elif isinstance(self.copies, list):
            copies = []
            for copies_type_0_item_data in self.copies:
                copies_type_0_item = copies_type_0_item_data.to_dict()
                copies.append(copies_type_0_item)

        else:
            copies = self.copies

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        content: dict[str, Any] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, ExecutionEmailRequestContentType0):
            content = self.content.to_dict()
        else:
            content = self.content

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, ExecutionEmailRequestDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        blocks: list[dict[str, Any]] | None | Unset
        if isinstance(self.blocks, Unset):
            blocks = UNSET
        elif isinstance(self.blocks, list):
            blocks = []
            for blocks_type_0_item_data in self.blocks:
                blocks_type_0_item = blocks_type_0_item_data.to_dict()
                blocks.append(blocks_type_0_item)

        else:
            blocks = self.blocks

        variables: list[dict[str, Any]] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, list):
            variables = []
            for variables_type_0_item_data in self.variables:
                variables_type_0_item = variables_type_0_item_data.to_dict()
                variables.append(variables_type_0_item)

        else:
            variables = self.variables

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = self.stamp.to_dict()

        urgent: bool | None | Unset
        if isinstance(self.urgent, Unset):
            urgent = UNSET
        else:
            urgent = self.urgent

        important: bool | None | Unset
        if isinstance(self.important, Unset):
            important = UNSET
        else:
            important = self.important

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipient": recipient,
            }
        )
        if related is not UNSET:
            field_dict["related"] = related
        if copies is not UNSET:
            field_dict["copies"] = copies
        if headers is not UNSET:
            field_dict["headers"] = headers
        if subject is not UNSET:
            field_dict["subject"] = subject
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if content is not UNSET:
            field_dict["content"] = content
        if data is not UNSET:
            field_dict["data"] = data
        if blocks is not UNSET:
            field_dict["blocks"] = blocks
        if variables is not UNSET:
            field_dict["variables"] = variables
        if stamp is not UNSET:
            field_dict["stamp"] = stamp
        if urgent is not UNSET:
            field_dict["urgent"] = urgent
        if important is not UNSET:
            field_dict["important"] = important

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_recipient(
            data: object,
        ) -> RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint | UnknownVariant:
            if not isinstance(data, dict):
                raise TypeError(f"expected an object with a 'type' property, got {type(data).__name__}")
            kind = data.get("type")
            if kind == "id":
                return RecipientById.from_dict(data)
            if kind == "unicity":
                return RecipientByUnicity.from_dict(data)
            if kind == "hash":
                return RecipientByHash.from_dict(data)
            if kind == "footprint":
                return RecipientFootprint.from_dict(data)
            return UnknownVariant(data, "type", None)

        recipient = _parse_recipient(d["recipient"])

        _related = d.get("related", UNSET)
        related: ExecutionEmailRequestRelatedType0 | None | Unset
        if _related is None or isinstance(_related, Unset):
            related = _related
        else:
            related_type_0 = ExecutionEmailRequestRelatedType0.from_dict(_related)

            related = related_type_0

        _copies = d.get("copies", UNSET)
        copies: list[ExecutionEmailRequestCopiesType0Item] | None | Unset
        if _copies is None or isinstance(_copies, Unset):
            copies = _copies
        else:
            copies_type_0 = [
                ExecutionEmailRequestCopiesType0Item.from_dict(copies_type_0_item_data)
                for copies_type_0_item_data in _copies
            ]

            copies = copies_type_0

        _headers = d.get("headers", UNSET)
        headers: EmailHeadersOverride | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = EmailHeadersOverride.from_dict(_headers)

        subject = d.get("subject", UNSET)

        _attachments = d.get("attachments", UNSET)
        attachments: list[EmailAttachment] | None | Unset
        if _attachments is None or isinstance(_attachments, Unset):
            attachments = _attachments
        else:
            attachments_type_0 = [
                EmailAttachment.from_dict(attachments_type_0_item_data) for attachments_type_0_item_data in _attachments
            ]

            attachments = attachments_type_0

        _content = d.get("content", UNSET)
        content: ExecutionEmailRequestContentType0 | None | Unset
        if _content is None or isinstance(_content, Unset):
            content = _content
        else:
            content_type_0 = ExecutionEmailRequestContentType0.from_dict(_content)

            content = content_type_0

        _data = d.get("data", UNSET)
        data: ExecutionEmailRequestDataType0 | None | Unset
        if _data is None or isinstance(_data, Unset):
            data = _data
        else:
            data_type_0 = ExecutionEmailRequestDataType0.from_dict(_data)

            data = data_type_0

        _blocks = d.get("blocks", UNSET)
        blocks: list[ExecutionEmailRequestBlocksType0Item] | None | Unset
        if _blocks is None or isinstance(_blocks, Unset):
            blocks = _blocks
        else:
            blocks_type_0 = [
                ExecutionEmailRequestBlocksType0Item.from_dict(blocks_type_0_item_data)
                for blocks_type_0_item_data in _blocks
            ]

            blocks = blocks_type_0

        _variables = d.get("variables", UNSET)
        variables: list[ExecutionEmailRequestVariablesType0Item] | None | Unset
        if _variables is None or isinstance(_variables, Unset):
            variables = _variables
        else:
            variables_type_0 = [
                ExecutionEmailRequestVariablesType0Item.from_dict(variables_type_0_item_data)
                for variables_type_0_item_data in _variables
            ]

            variables = variables_type_0

        _stamp = d.get("stamp", UNSET)
        stamp: MessageStamp | Unset
        if isinstance(_stamp, Unset):
            stamp = UNSET
        else:
            stamp = MessageStamp.from_dict(_stamp)

        urgent = d.get("urgent", UNSET)

        important = d.get("important", UNSET)

        execution_email_request = cls(
            recipient=recipient,
            related=related,
            copies=copies,
            headers=headers,
            subject=subject,
            attachments=attachments,
            content=content,
            data=data,
            blocks=blocks,
            variables=variables,
            stamp=stamp,
            urgent=urgent,
            important=important,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            execution_email_request.additional_properties = extra
        return execution_email_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.email_attachment import EmailAttachment  # noqa: E402
from ..models.email_headers_override import EmailHeadersOverride  # noqa: E402
from ..models.execution_email_request_blocks_type_0_item import ExecutionEmailRequestBlocksType0Item  # noqa: E402
from ..models.execution_email_request_content_type_0 import ExecutionEmailRequestContentType0  # noqa: E402
from ..models.execution_email_request_copies_type_0_item import ExecutionEmailRequestCopiesType0Item  # noqa: E402
from ..models.execution_email_request_data_type_0 import ExecutionEmailRequestDataType0  # noqa: E402
from ..models.execution_email_request_related_type_0 import ExecutionEmailRequestRelatedType0  # noqa: E402
from ..models.execution_email_request_variables_type_0_item import ExecutionEmailRequestVariablesType0Item  # noqa: E402
from ..models.message_stamp import MessageStamp  # noqa: E402
from ..models.recipient_by_hash import RecipientByHash  # noqa: E402
from ..models.recipient_by_id import RecipientById  # noqa: E402
from ..models.recipient_by_unicity import RecipientByUnicity  # noqa: E402
from ..models.recipient_footprint import RecipientFootprint  # noqa: E402
