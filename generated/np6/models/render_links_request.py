from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import UnknownVariant
from ..types import UNSET, Unset

T = TypeVar("T", bound="RenderLinksRequest")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "receiver",
        "data",
        "variables",
        "context",
        "stamp",
        "links",
    }
)


@_attrs_define
class RenderLinksRequest:
    """A render definition for the tracked links of an action.

    Attributes:
        receiver (RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint | UnknownVariant): Who a
            message is for, discriminated by `type`.
        data (None | RenderLinksRequestDataType0 | Unset): Render data.
        variables (list[RenderLinksRequestVariablesType0Item] | None | Unset): Additional variables.
        context (RenderContext | Unset): Context of a links render.
        stamp (MessageStamp | Unset): Tracking identifiers of a message (conversation flow); NP6 generates any that are
            omitted.
        links (list[RenderLinksRequestLinksType0Item] | None | Unset): The links to render.
    """

    receiver: RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint | UnknownVariant
    data: None | RenderLinksRequestDataType0 | Unset = UNSET
    variables: list[RenderLinksRequestVariablesType0Item] | None | Unset = UNSET
    context: RenderContext | Unset = UNSET
    stamp: MessageStamp | Unset = UNSET
    links: list[RenderLinksRequestLinksType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        receiver: dict[str, Any]
        receiver = self.receiver.to_dict()

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, RenderLinksRequestDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        variables: list[dict[str, Any]] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, list):
            variables = []
            for variables_type_0_item_data in self.variables:
                variables_type_0_item = variables_type_0_item_data.to_dict()
                variables.append(variables_type_0_item)

        else:
            variables = self.variables

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = self.stamp.to_dict()

        links: list[dict[str, Any]] | None | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, list):
            links = []
            for links_type_0_item_data in self.links:
                links_type_0_item = links_type_0_item_data.to_dict()
                links.append(links_type_0_item)

        else:
            links = self.links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "receiver": receiver,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if variables is not UNSET:
            field_dict["variables"] = variables
        if context is not UNSET:
            field_dict["context"] = context
        if stamp is not UNSET:
            field_dict["stamp"] = stamp
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_receiver(
            data: object,
        ) -> RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint | UnknownVariant:
            if not isinstance(data, dict):
                raise TypeError(f"expected an object with a 'type' property, got {type(data).__name__}")
            kind = data.get("type")
            if kind == "id":
                return RecipientById.from_dict(data)
            if kind == "unicity":
                return RecipientByUnicity.from_dict(data)
            if kind == "hash":
                return RecipientByHash.from_dict(data)
            if kind == "footprint":
                return RecipientFootprint.from_dict(data)
            return UnknownVariant(data, "type", None)

        receiver = _parse_receiver(d["receiver"])

        _data = d.get("data", UNSET)
        data: None | RenderLinksRequestDataType0 | Unset
        if _data is None or isinstance(_data, Unset):
            data = _data
        else:
            data_type_0 = RenderLinksRequestDataType0.from_dict(_data)

            data = data_type_0

        _variables = d.get("variables", UNSET)
        variables: list[RenderLinksRequestVariablesType0Item] | None | Unset
        if _variables is None or isinstance(_variables, Unset):
            variables = _variables
        else:
            variables_type_0 = [
                RenderLinksRequestVariablesType0Item.from_dict(variables_type_0_item_data)
                for variables_type_0_item_data in _variables
            ]

            variables = variables_type_0

        _context = d.get("context", UNSET)
        context: RenderContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = RenderContext.from_dict(_context)

        _stamp = d.get("stamp", UNSET)
        stamp: MessageStamp | Unset
        if isinstance(_stamp, Unset):
            stamp = UNSET
        else:
            stamp = MessageStamp.from_dict(_stamp)

        _links = d.get("links", UNSET)
        links: list[RenderLinksRequestLinksType0Item] | None | Unset
        if _links is None or isinstance(_links, Unset):
            links = _links
        else:
            links_type_0 = [
                RenderLinksRequestLinksType0Item.from_dict(links_type_0_item_data) for links_type_0_item_data in _links
            ]

            links = links_type_0

        render_links_request = cls(
            receiver=receiver,
            data=data,
            variables=variables,
            context=context,
            stamp=stamp,
            links=links,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            render_links_request.additional_properties = extra
        return render_links_request

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


from ..models.message_stamp import MessageStamp  # noqa: E402
from ..models.recipient_by_hash import RecipientByHash  # noqa: E402
from ..models.recipient_by_id import RecipientById  # noqa: E402
from ..models.recipient_by_unicity import RecipientByUnicity  # noqa: E402
from ..models.recipient_footprint import RecipientFootprint  # noqa: E402
from ..models.render_context import RenderContext  # noqa: E402
from ..models.render_links_request_data_type_0 import RenderLinksRequestDataType0  # noqa: E402
from ..models.render_links_request_links_type_0_item import RenderLinksRequestLinksType0Item  # noqa: E402
from ..models.render_links_request_variables_type_0_item import RenderLinksRequestVariablesType0Item  # noqa: E402
