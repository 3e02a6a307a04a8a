from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Campaign")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "description",
        "startDate",
        "endDate",
        "creationDate",
        "updateDate",
        "items",
    }
)


@_attrs_define
class Campaign:
    """A campaign grouping several items over a period.

    Attributes:
        id (None | Unset | UUID): Identifier of the campaign.
        name (str | Unset):
        description (None | str | Unset):
        start_date (datetime.datetime | None | Unset): Start of the campaign.
        end_date (datetime.datetime | None | Unset): End of the campaign.
        creation_date (datetime.datetime | None | Unset): When the campaign was created.
        update_date (datetime.datetime | None | Unset): When the campaign was last updated.
        items (list[CampaignItem] | Unset): Items of the campaign.
    """

    id: None | Unset | UUID = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    creation_date: datetime.datetime | None | Unset = UNSET
    update_date: datetime.datetime | None | Unset = UNSET
    items: list[CampaignItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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

        creation_date: None | str | Unset
        if isinstance(self.creation_date, Unset):
            creation_date = UNSET
        elif isinstance(self.creation_date, datetime.datetime):
            creation_date = self.creation_date.isoformat()
        else:
            creation_date = self.creation_date

        update_date: None | str | Unset
        if isinstance(self.update_date, Unset):
            update_date = UNSET
        elif isinstance(self.update_date, datetime.datetime):
            update_date = self.update_date.isoformat()
        else:
            update_date = self.update_date

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if update_date is not UNSET:
            field_dict["updateDate"] = update_date
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _id = d.get("id", UNSET)
        id: None | Unset | UUID
        if _id is None or isinstance(_id, Unset):
            id = _id
        else:
            id_type_0 = UUID(_id)

            id = id_type_0

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

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

        _creation_date = d.get("creationDate", UNSET)
        creation_date: datetime.datetime | None | Unset
        if _creation_date is None or isinstance(_creation_date, Unset):
            creation_date = _creation_date
        else:
            creation_date_type_0 = datetime.datetime.fromisoformat(_creation_date)

            creation_date = creation_date_type_0

        _update_date = d.get("updateDate", UNSET)
        update_date: datetime.datetime | None | Unset
        if _update_date is None or isinstance(_update_date, Unset):
            update_date = _update_date
        else:
            update_date_type_0 = datetime.datetime.fromisoformat(_update_date)

            update_date = update_date_type_0

        _items = d.get("items", UNSET)
        items: list[CampaignItem] | Unset = UNSET
        if _items is not UNSET:
            items = [CampaignItem.from_dict(items_item_data) for items_item_data in _items]

        campaign = cls(
            id=id,
            name=name,
            description=description,
            start_date=start_date,
            end_date=end_date,
            creation_date=creation_date,
            update_date=update_date,
            items=items,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            campaign.additional_properties = extra
        return campaign

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


from ..models.campaign_item import CampaignItem  # noqa: E402
