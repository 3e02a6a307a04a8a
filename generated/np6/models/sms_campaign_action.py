from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import UnknownVariant
from ..models.sms_campaign_action_type import SmsCampaignActionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsCampaignAction")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "name",
        "description",
        "creationDate",
        "informations",
        "settings",
        "content",
        "scheduler",
        "monitor",
    }
)


@_attrs_define
class SmsCampaignAction:
    """An SMS sent to segments according to its scheduler.

    Attributes:
        type_ (SmsCampaignActionType):
        id (str | Unset): Identifier of the action (six characters, e.g. 000ABC). Read-only.
        name (str | Unset): Name of the action.
        description (None | str | Unset): Free text describing the action.
        creation_date (datetime.datetime | None | Unset): When the action was created (UTC). Read-only.
        informations (ActionInformations | Unset): Where the action is filed and its current state.
        settings (SmsActionSettings | Unset): General settings of an SMS action (from the v8 documentation).
        content (SmsContent | Unset): Content of an SMS action.
        scheduler (ActionSchedulerAsap | ActionSchedulerScheduled | ActionSchedulerTimeZone |
            UnknownVariant[ActionSchedulerBase] | Unset): When a campaign action is sent. Actions have no recurrence.
        monitor (ActionMonitor | Unset): Sending activity of a campaign action.
    """

    type_: SmsCampaignActionType
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    creation_date: datetime.datetime | None | Unset = UNSET
    informations: ActionInformations | Unset = UNSET
    settings: SmsActionSettings | Unset = UNSET
    content: SmsContent | Unset = UNSET
    scheduler: (
        ActionSchedulerAsap
        | ActionSchedulerScheduled
        | ActionSchedulerTimeZone
        | UnknownVariant[ActionSchedulerBase]
        | Unset
    ) = UNSET
    monitor: ActionMonitor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        creation_date: None | str | Unset
        if isinstance(self.creation_date, Unset):
            creation_date = UNSET
        elif isinstance(self.creation_date, datetime.datetime):
            creation_date = self.creation_date.isoformat()
        else:
            creation_date = self.creation_date

        informations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.informations, Unset):
            informations = self.informations.to_dict()

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        scheduler: dict[str, Any] | Unset
        if isinstance(self.scheduler, Unset):
            scheduler = UNSET
        else:
            scheduler = self.scheduler.to_dict()

        monitor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.monitor, Unset):
            monitor = self.monitor.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if informations is not UNSET:
            field_dict["informations"] = informations
        if settings is not UNSET:
            field_dict["settings"] = settings
        if content is not UNSET:
            field_dict["content"] = content
        if scheduler is not UNSET:
            field_dict["scheduler"] = scheduler
        if monitor is not UNSET:
            field_dict["monitor"] = monitor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = SmsCampaignActionType._decode(d["type"])

        id = d.get("id", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        _creation_date = d.get("creationDate", UNSET)
        creation_date: datetime.datetime | None | Unset
        if _creation_date is None or isinstance(_creation_date, Unset):
            creation_date = _creation_date
        else:
            creation_date_type_0 = datetime.datetime.fromisoformat(_creation_date)

            creation_date = creation_date_type_0

        _informations = d.get("informations", UNSET)
        informations: ActionInformations | Unset
        if isinstance(_informations, Unset):
            informations = UNSET
        else:
            informations = ActionInformations.from_dict(_informations)

        _settings = d.get("settings", UNSET)
        settings: SmsActionSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = SmsActionSettings.from_dict(_settings)

        _content = d.get("content", UNSET)
        content: SmsContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = SmsContent.from_dict(_content)

        def _parse_scheduler(
            data: object,
        ) -> (
            ActionSchedulerAsap
            | ActionSchedulerScheduled
            | ActionSchedulerTimeZone
            | UnknownVariant[ActionSchedulerBase]
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected an object with a 'type' property, got {type(data).__name__}")
            kind = data.get("type")
            if kind == "asap":
                return ActionSchedulerAsap.from_dict(data)
            if kind == "scheduled":
                return ActionSchedulerScheduled.from_dict(data)
            if kind == "timeZoneSchedule":
                return ActionSchedulerTimeZone.from_dict(data)
            return UnknownVariant(data, "type", ActionSchedulerBase.from_dict)

        scheduler = _parse_scheduler(d.get("scheduler", UNSET))

        _monitor = d.get("monitor", UNSET)
        monitor: ActionMonitor | Unset
        if isinstance(_monitor, Unset):
            monitor = UNSET
        else:
            monitor = ActionMonitor.from_dict(_monitor)

        sms_campaign_action = cls(
            type_=type_,
            id=id,
            name=name,
            description=description,
            creation_date=creation_date,
            informations=informations,
            settings=settings,
            content=content,
            scheduler=scheduler,
            monitor=monitor,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            sms_campaign_action.additional_properties = extra
        return sms_campaign_action

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


from ..models.action_informations import ActionInformations  # noqa: E402
from ..models.action_monitor import ActionMonitor  # noqa: E402
from ..models.action_scheduler_asap import ActionSchedulerAsap  # noqa: E402
from ..models.action_scheduler_base import ActionSchedulerBase  # noqa: E402
from ..models.action_scheduler_scheduled import ActionSchedulerScheduled  # noqa: E402
from ..models.action_scheduler_time_zone import ActionSchedulerTimeZone  # noqa: E402
from ..models.sms_action_settings import SmsActionSettings  # noqa: E402
from ..models.sms_content import SmsContent  # noqa: E402
