from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignItemsEvents")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "events",
        "items",
    }
)


@_attrs_define
class CampaignItemsEvents:
    """Event kinds wanted for some items (actions) of one channel.

    Attributes:
        type_ (str | Unset): Channel of the items, e.g. `email`.
        events (list[CampaignEventKind] | Unset): Event kinds wanted.
        items (list[int | str] | Unset): Identifiers of the campaign items. The reference's schema says int32 while its
            example
            gives action ids as strings; both are accepted.
    """

    type_: str | Unset = UNSET
    events: list[CampaignEventKind] | Unset = UNSET
    items: list[int | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        items: list[int | str] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item: int | str
                items_item = items_item_data

                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if events is not UNSET:
            field_dict["events"] = events
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d.get("type", UNSET)

        _events = d.get("events", UNSET)
        events: list[CampaignEventKind] | Unset = UNSET
        if _events is not UNSET:
            events = [CampaignEventKind.from_dict(events_item_data) for events_item_data in _events]

        def _parse_items_item(data: object) -> int | str:
            return cast(int | str, data)

        _items = d.get("items", UNSET)
        items: list[int | str] | Unset = UNSET
        if _items is not UNSET:
            items = [_parse_items_item(items_item_data) for items_item_data in _items]

        campaign_items_events = cls(
            type_=type_,
            events=events,
            items=items,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            campaign_items_events.additional_properties = extra
        return campaign_items_events

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


from ..models.campaign_event_kind import CampaignEventKind  # noqa: E402
