from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_scheduler_scheduled_type import ActionSchedulerScheduledType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionSchedulerScheduled")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "startDate",
        "endDate",
        "segments",
        "speed",
    }
)


@_attrs_define
class ActionSchedulerScheduled:
    """Send at `startDate`.

    Attributes:
        type_ (ActionSchedulerScheduledType):
        start_date (datetime.datetime | None | Unset): When sending starts (scheduled sends).
        end_date (datetime.datetime | None | Unset): When sending must end.
        segments (ActionSegments | Unset): Segments a campaign is sent to.
        speed (int | None | Unset): Sending speed (0 means as fast as possible).
    """

    type_: ActionSchedulerScheduledType
    start_date: datetime.datetime | None | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    segments: ActionSegments | Unset = UNSET
    speed: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        segments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.segments, Unset):
            segments = self.segments.to_dict()

        speed: int | None | Unset
        if isinstance(self.speed, Unset):
            speed = UNSET
        else:
            speed = self.speed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if segments is not UNSET:
            field_dict["segments"] = segments
        if speed is not UNSET:
            field_dict["speed"] = speed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = ActionSchedulerScheduledType._decode(d["type"])

        _start_date = d.get("startDate", UNSET)
        start_date: datetime.datetime | None | Unset
        if _start_date is None or isinstance(_start_date, Unset):
            start_date = _start_date
        else:
            start_date_type_0 = datetime.datetime.fromisoformat(_start_date)

            start_date = start_date_type_0

        _end_date = d.get("endDate", UNSET)
        end_date: datetime.datetime | None | Unset
        if _end_date is None or isinstance(_end_date, Unset):
            end_date = _end_date
        else:
            end_date_type_0 = datetime.datetime.fromisoformat(_end_date)

            end_date = end_date_type_0

        _segments = d.get("segments", UNSET)
        segments: ActionSegments | Unset
        if isinstance(_segments, Unset):
            segments = UNSET
        else:
            segments = ActionSegments.from_dict(_segments)

        speed = d.get("speed", UNSET)

        action_scheduler_scheduled = cls(
            type_=type_,
            start_date=start_date,
            end_date=end_date,
            segments=segments,
            speed=speed,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            action_scheduler_scheduled.additional_properties = extra
        return action_scheduler_scheduled

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


from ..models.action_segments import ActionSegments  # noqa: E402
