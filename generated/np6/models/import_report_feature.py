from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_report_feature_type import ImportReportFeatureType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportReportFeature")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "sendFinalReport",
        "sendErrorReport",
        "contactGuids",
        "groupIds",
    }
)


@_attrs_define
class ImportReportFeature:
    """Who receives the import reports.

    Attributes:
        type_ (ImportReportFeatureType):
        send_final_report (bool | Unset): True to send a report when the import ends.
        send_error_report (bool | Unset): True to send a report of the rejected lines.
        contact_guids (list[str] | Unset): Platform users (not contacts) receiving the reports.
        group_ids (list[int] | Unset): Groups of platform users receiving the reports (v8 documentation).
    """

    type_: ImportReportFeatureType
    send_final_report: bool | Unset = UNSET
    send_error_report: bool | Unset = UNSET
    contact_guids: list[str] | Unset = UNSET
    group_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        send_final_report = self.send_final_report

        send_error_report = self.send_error_report

        contact_guids: list[str] | Unset = UNSET
        if not isinstance(self.contact_guids, Unset):
            contact_guids = self.contact_guids

        group_ids: list[int] | Unset = UNSET
        if not isinstance(self.group_ids, Unset):
            group_ids = self.group_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if send_final_report is not UNSET:
            field_dict["sendFinalReport"] = send_final_report
        if send_error_report is not UNSET:
            field_dict["sendErrorReport"] = send_error_report
        if contact_guids is not UNSET:
            field_dict["contactGuids"] = contact_guids
        if group_ids is not UNSET:
            field_dict["groupIds"] = group_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = ImportReportFeatureType._decode(d["type"])

        send_final_report = d.get("sendFinalReport", UNSET)

        send_error_report = d.get("sendErrorReport", UNSET)

        contact_guids = cast(list[str], d.get("contactGuids", UNSET))

        group_ids = cast(list[int], d.get("groupIds", UNSET))

        import_report_feature = cls(
            type_=type_,
            send_final_report=send_final_report,
            send_error_report=send_error_report,
            contact_guids=contact_guids,
            group_ids=group_ids,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            import_report_feature.additional_properties = extra
        return import_report_feature

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
