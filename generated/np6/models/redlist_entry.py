from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.redlist_origin import RedlistOrigin
from ..types import UNSET, Unset

T = TypeVar("T", bound="RedlistEntry")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "timestamp",
        "origin",
        "detail",
    }
)


@_attrs_define
class RedlistEntry:
    """A contact in a redlist (mail or SMS), or the body that puts one there.

    Attributes:
        id (str | Unset): Identifier of the contact.
        timestamp (datetime.datetime | None | Unset): When the contact was redlisted.
        origin (RedlistOrigin | Unset): Why a contact is in a redlist: 0 unknown, 1 listed by the API, 2 by an import, 3
            by a form,
            4 list-unsubscribe, 5 complaint, 6 SMS STOP, 7 SMS blacklist, 8 SMS administrative,
            9 SMS specific.
        detail (RedlistDetail | Unset): Details of a redlisting (content depends on the origin).
    """

    id: str | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET
    origin: RedlistOrigin | Unset = UNSET
    detail: RedlistDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        origin: int | Unset = UNSET
        if not isinstance(self.origin, Unset):
            origin = self.origin.value

        detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if origin is not UNSET:
            field_dict["origin"] = origin
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d.get("id", UNSET)

        _timestamp = d.get("timestamp", UNSET)
        timestamp: datetime.datetime | None | Unset
        if _timestamp is None or isinstance(_timestamp, Unset):
            timestamp = _timestamp
        else:
            timestamp_type_0 = datetime.datetime.fromisoformat(_timestamp)

            timestamp = timestamp_type_0

        _origin = d.get("origin", UNSET)
        origin: RedlistOrigin | Unset
        if isinstance(_origin, Unset):
            origin = UNSET
        else:
            origin = RedlistOrigin._decode(_origin)

        _detail = d.get("detail", UNSET)
        detail: RedlistDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = RedlistDetail.from_dict(_detail)

        redlist_entry = cls(
            id=id,
            timestamp=timestamp,
            origin=origin,
            detail=detail,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            redlist_entry.additional_properties = extra
        return redlist_entry

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


from ..models.redlist_detail import RedlistDetail  # noqa: E402
