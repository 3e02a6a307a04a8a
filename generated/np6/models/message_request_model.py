from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageRequestModel")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "data",
    }
)


@_attrs_define
class MessageRequestModel:
    """Optional overrides of a message sent to one target. The reference shows `data` and, cut
    off, a field replacing the content of an email; other fields are passed through as given.

        Attributes:
            data (MessageRequestModelDataType0 | None | Unset): Data used to render the message.
    """

    data: MessageRequestModelDataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, MessageRequestModelDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _data = d.get("data", UNSET)
        data: MessageRequestModelDataType0 | None | Unset
        if _data is None or isinstance(_data, Unset):
            data = _data
        else:
            data_type_0 = MessageRequestModelDataType0.from_dict(_data)

            data = data_type_0

        message_request_model = cls(
            data=data,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            message_request_model.additional_properties = extra
        return message_request_model

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


from ..models.message_request_model_data_type_0 import MessageRequestModelDataType0  # noqa: E402
