from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import UnknownVariant
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationExecutionRequest")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "title",
        "body",
        "icon",
        "thumbnail",
        "image",
        "data",
        "variables",
        "redirection",
        "channel",
        "recipient",
        "stamp",
        "urgent",
    }
)


@_attrs_define
class NotificationExecutionRequest:
    """One notification to send.

    Attributes:
        title (None | str | Unset):
        body (None | str | Unset):
        icon (None | str | Unset):
        thumbnail (None | str | Unset):
        image (None | str | Unset):
        data (None | NotificationContentOverridesDataType0 | Unset): Data used to render the views.
        variables (list[NotificationContentOverridesVariablesType0Item] | None | Unset):
        redirection (NotificationTypedValue | Unset): An override discriminated by `type` whose variants NP6 does not
            document.
        channel (NotificationTypedValue | Unset): An override discriminated by `type` whose variants NP6 does not
            document.
        recipient (RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint | UnknownVariant | Unset):
            Who a message is for, discriminated by `type`.
        stamp (MessageStamp | Unset): Tracking identifiers of a message (conversation flow); NP6 generates any that are
            omitted.
        urgent (bool | None | Unset): True to send the notification as urgent.
    """

    title: None | str | Unset = UNSET
    body: None | str | Unset = UNSET
    icon: None | str | Unset = UNSET
    thumbnail: None | str | Unset = UNSET
    image: None | str | Unset = UNSET
    data: None | NotificationContentOverridesDataType0 | Unset = UNSET
    variables: list[NotificationContentOverridesVariablesType0Item] | None | Unset = UNSET
    redirection: NotificationTypedValue | Unset = UNSET
    channel: NotificationTypedValue | Unset = UNSET
    recipient: RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint | UnknownVariant | Unset = (
        UNSET
    )
    stamp: MessageStamp | Unset = UNSET
    urgent: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        thumbnail: None | str | Unset
        if isinstance(self.thumbnail, Unset):
            thumbnail = UNSET
        else:
            thumbnail = self.thumbnail

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, NotificationContentOverridesDataType0):
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

        redirection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redirection, Unset):
            redirection = self.redirection.to_dict()

        channel: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.to_dict()

        recipient: dict[str, Any] | Unset
        if isinstance(self.recipient, Unset):
            recipient = UNSET
        else:
            recipient = self.recipient.to_dict()

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = self.stamp.to_dict()

        urgent: bool | None | Unset
        if isinstance(self.urgent, Unset):
            urgent = UNSET
        else:
            urgent = self.urgent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if body is not UNSET:
            field_dict["body"] = body
        if icon is not UNSET:
            field_dict["icon"] = icon
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if image is not UNSET:
            field_dict["image"] = image
        if data is not UNSET:
            field_dict["data"] = data
        if variables is not UNSET:
            field_dict["variables"] = variables
        if redirection is not UNSET:
            field_dict["redirection"] = redirection
        if channel is not UNSET:
            field_dict["channel"] = channel
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if stamp is not UNSET:
            field_dict["stamp"] = stamp
        if urgent is not UNSET:
            field_dict["urgent"] = urgent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        title = d.get("title", UNSET)

        body = d.get("body", UNSET)

        icon = d.get("icon", UNSET)

        thumbnail = d.get("thumbnail", UNSET)

        image = d.get("image", UNSET)

        _data = d.get("data", UNSET)
        data: None | NotificationContentOverridesDataType0 | Unset
        if _data is None or isinstance(_data, Unset):
            data = _data
        else:
            data_type_0 = NotificationContentOverridesDataType0.from_dict(_data)

            data = data_type_0

        _variables = d.get("variables", UNSET)
        variables: list[NotificationContentOverridesVariablesType0Item] | None | Unset
        if _variables is None or isinstance(_variables, Unset):
            variables = _variables
        else:
            variables_type_0 = [
                NotificationContentOverridesVariablesType0Item.from_dict(variables_type_0_item_data)
                for variables_type_0_item_data in _variables
            ]

            variables = variables_type_0

        _redirection = d.get("redirection", UNSET)
        redirection: NotificationTypedValue | Unset
        if isinstance(_redirection, Unset):
            redirection = UNSET
        else:
            redirection = NotificationTypedValue.from_dict(_redirection)

        _channel = d.get("channel", UNSET)
        channel: NotificationTypedValue | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = NotificationTypedValue.from_dict(_channel)

        def _parse_recipient(
            data: object,
        ) -> RecipientByHash | RecipientById | RecipientByUnicity | RecipientFootprint | UnknownVariant | Unset:
            if isinstance(data, Unset):
                return data
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

        recipient = _parse_recipient(d.get("recipient", UNSET))

        _stamp = d.get("stamp", UNSET)
        stamp: MessageStamp | Unset
        if isinstance(_stamp, Unset):
            stamp = UNSET
        else:
            stamp = MessageStamp.from_dict(_stamp)

        urgent = d.get("urgent", UNSET)

        notification_execution_request = cls(
            title=title,
            body=body,
            icon=icon,
            thumbnail=thumbnail,
            image=image,
            data=data,
            variables=variables,
            redirection=redirection,
            channel=channel,
            recipient=recipient,
            stamp=stamp,
            urgent=urgent,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            notification_execution_request.additional_properties = extra
        return notification_execution_request

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
from ..models.notification_content_overrides_data_type_0 import NotificationContentOverridesDataType0  # noqa: E402
from ..models.notification_content_overrides_variables_type_0_item import NotificationContentOverridesVariablesType0Item  # noqa: E402
from ..models.notification_typed_value import NotificationTypedValue  # noqa: E402
from ..models.recipient_by_hash import RecipientByHash  # noqa: E402
from ..models.recipient_by_id import RecipientById  # noqa: E402
from ..models.recipient_by_unicity import RecipientByUnicity  # noqa: E402
from ..models.recipient_footprint import RecipientFootprint  # noqa: E402
