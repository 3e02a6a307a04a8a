from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventBounceStatus")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "code",
        "diagnostic",
        "mta",
    }
)


@_attrs_define
class EventBounceStatus:
    """The status reported by the receiving side.

    Attributes:
        type_ (str | Unset): How the failure was reported, e.g. `sync` (during the SMTP session).
        code (EventBounceStatusCode | Unset): Status codes.
        diagnostic (str | Unset): Diagnostic text of the receiving server.
        mta (str | Unset): The mail transfer agent that reported the failure (may be empty).
    """

    type_: str | Unset = UNSET
    code: EventBounceStatusCode | Unset = UNSET
    diagnostic: str | Unset = UNSET
    mta: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code.to_dict()

        diagnostic = self.diagnostic

        mta = self.mta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if code is not UNSET:
            field_dict["code"] = code
        if diagnostic is not UNSET:
            field_dict["diagnostic"] = diagnostic
        if mta is not UNSET:
            field_dict["mta"] = mta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d.get("type", UNSET)

        _code = d.get("code", UNSET)
        code: EventBounceStatusCode | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = EventBounceStatusCode.from_dict(_code)

        diagnostic = d.get("diagnostic", UNSET)

        mta = d.get("mta", UNSET)

        event_bounce_status = cls(
            type_=type_,
            code=code,
            diagnostic=diagnostic,
            mta=mta,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            event_bounce_status.additional_properties = extra
        return event_bounce_status

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


from ..models.event_bounce_status_code import EventBounceStatusCode  # noqa: E402
