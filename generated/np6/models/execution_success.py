from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import UnknownVariant
from ..models.execution_success_type import ExecutionSuccessType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecutionSuccess")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "recipient",
    }
)


@_attrs_define
class ExecutionSuccess:
    """The message was accepted for sending.

    Attributes:
        type_ (ExecutionSuccessType):
        id (str | Unset): Identifier of the message (quote it to trace its events).
        recipient (RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint | UnknownVariant | Unset):
            Who a message is for, discriminated by `type`.
    """

    type_: ExecutionSuccessType
    id: str | Unset = UNSET
    recipient: RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint | UnknownVariant | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        recipient: dict[str, Any] | Unset
        if isinstance(self.recipient, Unset):
            recipient = UNSET
        else:
            recipient = self.recipient.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if recipient is not UNSET:
            field_dict["recipient"] = recipient

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = ExecutionSuccessType._decode(d["type"])

        id = d.get("id", UNSET)

        def _parse_recipient(
            data: object,
        ) -> RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint | UnknownVariant | Unset:
            if isinstance(data, Unset):
                return data
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

        recipient = _parse_recipient(d.get("recipient", UNSET))

        execution_success = cls(
            type_=type_,
            id=id,
            recipient=recipient,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            execution_success.additional_properties = extra
        return execution_success

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


from ..models.recipient_by_hash import RecipientByHash  # noqa: E402
from ..models.recipient_by_id import RecipientById  # noqa: E402
from ..models.recipient_by_unicity import RecipientByUnicity  # noqa: E402
from ..models.recipient_footprint import RecipientFootprint  # noqa: E402
