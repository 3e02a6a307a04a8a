from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import UnknownVariant
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecutionSmsRequest")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "recipient",
        "related",
        "data",
        "variables",
        "stamp",
    }
)


@_attrs_define
class ExecutionSmsRequest:
    """One SMS to send (media type application/vnd.np6.cm.sms). NP6's reference prints the
    field list of the email variant only; the SMS variant is described here with the fields
    every message definition has. Other fields are passed through as given.

        Attributes:
            recipient (RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint | UnknownVariant): Who a
                message is for, discriminated by `type`.
            related (ExecutionSmsRequestRelatedType0 | None | Unset): A related contact identification.
            data (ExecutionSmsRequestDataType0 | None | Unset): Data used to render the message.
            variables (list[ExecutionSmsRequestVariablesType0Item] | None | Unset): Additional variables.
            stamp (MessageStamp | Unset): Tracking identifiers of a message (conversation flow); NP6 generates any that are
                omitted.
    """

    recipient: RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint | UnknownVariant
    related: ExecutionSmsRequestRelatedType0 | None | Unset = UNSET
    data: ExecutionSmsRequestDataType0 | None | Unset = UNSET
    variables: list[ExecutionSmsRequestVariablesType0Item] | None | Unset = UNSET
    stamp: MessageStamp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient: dict[str, Any]
        recipient = self.recipient.to_dict()

        related: dict[str, Any] | None | Unset
        if isinstance(self.related, Unset):
            related = UNSET
        elif isinstance(self.related, ExecutionSmsRequestRelatedType0):
            related = self.related.to_dict()
        else:
            related = self.related

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, ExecutionSmsRequestDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipient": recipient,
            }
        )
        if related is not UNSET:
            field_dict["related"] = related
        if data is not UNSET:
            field_dict["data"] = data
        if variables is not UNSET:
            field_dict["variables"] = variables
        if stamp is not UNSET:
            field_dict["stamp"] = stamp

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
        related: ExecutionSmsRequestRelatedType0 | None | Unset
        if _related is None or isinstance(_related, Unset):
            related = _related
        else:
            related_type_0 = ExecutionSmsRequestRelatedType0.from_dict(_related)

            related = related_type_0

        _data = d.get("data", UNSET)
        data: ExecutionSmsRequestDataType0 | None | Unset
        if _data is None or isinstance(_data, Unset):
            data = _data
        else:
            data_type_0 = ExecutionSmsRequestDataType0.from_dict(_data)

            data = data_type_0

        _variables = d.get("variables", UNSET)
        variables: list[ExecutionSmsRequestVariablesType0Item] | None | Unset
        if _variables is None or isinstance(_variables, Unset):
            variables = _variables
        else:
            variables_type_0 = [
                ExecutionSmsRequestVariablesType0Item.from_dict(variables_type_0_item_data)
                for variables_type_0_item_data in _variables
            ]

            variables = variables_type_0

        _stamp = d.get("stamp", UNSET)
        stamp: MessageStamp | Unset
        if isinstance(_stamp, Unset):
            stamp = UNSET
        else:
            stamp = MessageStamp.from_dict(_stamp)

        execution_sms_request = cls(
            recipient=recipient,
            related=related,
            data=data,
            variables=variables,
            stamp=stamp,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            execution_sms_request.additional_properties = extra
        return execution_sms_request

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


from ..models.execution_sms_request_data_type_0 import ExecutionSmsRequestDataType0  # noqa: E402
from ..models.execution_sms_request_related_type_0 import ExecutionSmsRequestRelatedType0  # noqa: E402
from ..models.execution_sms_request_variables_type_0_item import ExecutionSmsRequestVariablesType0Item  # noqa: E402
from ..models.message_stamp import MessageStamp  # noqa: E402
from ..models.recipient_by_hash import RecipientByHash  # noqa: E402
from ..models.recipient_by_id import RecipientById  # noqa: E402
from ..models.recipient_by_unicity import RecipientByUnicity  # noqa: E402
from ..models.recipient_footprint import RecipientFootprint  # noqa: E402
