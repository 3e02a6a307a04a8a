from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_state import ActionState
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionInformations")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "folder",
        "category",
        "state",
    }
)


@_attrs_define
class ActionInformations:
    """Where the action is filed and its current state.

    Attributes:
        folder (int | None | Unset): Folder storing the action (null for the default folder).
        category (int | None | Unset): Category of the action (null for the account's default category).
        state (ActionState | Unset): Workflow state of an action (NP6 calls the enumeration CampaignWorkflowState). The
            8.1.0
            reference lists 10, 20, 30, 35, 36, 38, 40, 50, 55 and 60 without naming them; the names
            come from the v8 documentation (10, 20, 38, 40, 50, 90) and a production report on 8.1.0
            (38 is the state after a successful test phase, 100 is an archived action). 80 appears in a
            v8 example. States NP6 never named keep a neutral `STATE_<n>` name. Read-only: NP6 ignores
            it on create and update. (NP6 marks it nullable; it is modelled as always present because
            every documented action carries one.)
             Example: 20.
    """

    folder: int | None | Unset = UNSET
    category: int | None | Unset = UNSET
    state: ActionState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        folder: int | None | Unset
        if isinstance(self.folder, Unset):
            folder = UNSET
        else:
            folder = self.folder

        category: int | None | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        state: int | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if folder is not UNSET:
            field_dict["folder"] = folder
        if category is not UNSET:
            field_dict["category"] = category
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        folder = d.get("folder", UNSET)

        category = d.get("category", UNSET)

        _state = d.get("state", UNSET)
        state: ActionState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = ActionState._decode(_state)

        action_informations = cls(
            folder=folder,
            category=category,
            state=state,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            action_informations.additional_properties = extra
        return action_informations

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
