from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Webtask")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "description",
        "creationDate",
        "scripting",
        "settings",
        "value",
    }
)


@_attrs_define
class Webtask:
    """A scripting webtask.

    Attributes:
        id (int | Unset):
        name (str | Unset):
        description (None | str | Unset):
        creation_date (datetime.datetime | None | Unset):
        scripting (ScriptSettings | Unset): Script settings of a workflow or webtask.
        settings (None | Unset | WebtaskSettingsType0):
        value (None | str | Unset): The webtask's script.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    creation_date: datetime.datetime | None | Unset = UNSET
    scripting: ScriptSettings | Unset = UNSET
    settings: None | Unset | WebtaskSettingsType0 = UNSET
    value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        scripting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scripting, Unset):
            scripting = self.scripting.to_dict()

        settings: dict[str, Any] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, WebtaskSettingsType0):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if scripting is not UNSET:
            field_dict["scripting"] = scripting
        if settings is not UNSET:
            field_dict["settings"] = settings
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
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

        _scripting = d.get("scripting", UNSET)
        scripting: ScriptSettings | Unset
        if isinstance(_scripting, Unset):
            scripting = UNSET
        else:
            scripting = ScriptSettings.from_dict(_scripting)

        _settings = d.get("settings", UNSET)
        settings: None | Unset | WebtaskSettingsType0
        if _settings is None or isinstance(_settings, Unset):
            settings = _settings
        else:
            settings_type_0 = WebtaskSettingsType0.from_dict(_settings)

            settings = settings_type_0

        value = d.get("value", UNSET)

        webtask = cls(
            id=id,
            name=name,
            description=description,
            creation_date=creation_date,
            scripting=scripting,
            settings=settings,
            value=value,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            webtask.additional_properties = extra
        return webtask

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


from ..models.script_settings import ScriptSettings  # noqa: E402
from ..models.webtask_settings_type_0 import WebtaskSettingsType0  # noqa: E402
