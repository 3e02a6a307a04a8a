from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignEventsRequest")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "itemsEvents",
    }
)


@_attrs_define
class CampaignEventsRequest:
    """Which events of which campaign items to return.

    Attributes:
        items_events (list[CampaignItemsEvents] | Unset): One entry per channel.
    """

    items_events: list[CampaignItemsEvents] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items_events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items_events, Unset):
            items_events = []
            for items_events_item_data in self.items_events:
                items_events_item = items_events_item_data.to_dict()
                items_events.append(items_events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items_events is not UNSET:
            field_dict["itemsEvents"] = items_events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _items_events = d.get("itemsEvents", UNSET)
        items_events: list[CampaignItemsEvents] | Unset = UNSET
        if _items_events is not UNSET:
            items_events = [
                CampaignItemsEvents.from_dict(items_events_item_data) for items_events_item_data in _items_events
            ]

        campaign_events_request = cls(
            items_events=items_events,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            campaign_events_request.additional_properties = extra
        return campaign_events_request

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


from ..models.campaign_items_events import CampaignItemsEvents  # noqa: E402
