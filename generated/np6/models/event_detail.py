from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventDetail")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "activation",
        "execution",
        "cancellation",
        "bounce",
        "link",
        "client",
    }
)


@_attrs_define
class EventDetail:
    """Detail of the event. Which parts are present depends on the event type: `activation` on
    activation, bounce, hit and reactivity events; `execution` on execution and cancellation
    events; `cancellation`, `bounce`, `link` and `client` on the events of that kind.

        Attributes:
            activation (EventActivation | Unset): The activation (one message to one contact) the event is about.
            execution (EventExecution | Unset): The execution (send request) the event is about.
            cancellation (EventCancellation | Unset): Why an execution was cancelled.
            bounce (EventBounce | Unset): A delivery failure and NP6's analysis of it.
            link (EventLink | Unset): The tracked element a hit event is about. Structure and types from the two hit samples
                the
                8.1.0 reference shows in full (mirror and form hits of an action) and the field report.
            client (EventClient | Unset): The client (browser, mail client or robot) that made the tracked request.
    """

    activation: EventActivation | Unset = UNSET
    execution: EventExecution | Unset = UNSET
    cancellation: EventCancellation | Unset = UNSET
    bounce: EventBounce | Unset = UNSET
    link: EventLink | Unset = UNSET
    client: EventClient | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.activation, Unset):
            activation = self.activation.to_dict()

        execution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.execution, Unset):
            execution = self.execution.to_dict()

        cancellation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cancellation, Unset):
            cancellation = self.cancellation.to_dict()

        bounce: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bounce, Unset):
            bounce = self.bounce.to_dict()

        link: dict[str, Any] | Unset = UNSET
        if not isinstance(self.link, Unset):
            link = self.link.to_dict()

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activation is not UNSET:
            field_dict["activation"] = activation
        if execution is not UNSET:
            field_dict["execution"] = execution
        if cancellation is not UNSET:
            field_dict["cancellation"] = cancellation
        if bounce is not UNSET:
            field_dict["bounce"] = bounce
        if link is not UNSET:
            field_dict["link"] = link
        if client is not UNSET:
            field_dict["client"] = client

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _activation = d.get("activation", UNSET)
        activation: EventActivation | Unset
        if isinstance(_activation, Unset):
            activation = UNSET
        else:
            activation = EventActivation.from_dict(_activation)

        _execution = d.get("execution", UNSET)
        execution: EventExecution | Unset
        if isinstance(_execution, Unset):
            execution = UNSET
        else:
            execution = EventExecution.from_dict(_execution)

        _cancellation = d.get("cancellation", UNSET)
        cancellation: EventCancellation | Unset
        if isinstance(_cancellation, Unset):
            cancellation = UNSET
        else:
            cancellation = EventCancellation.from_dict(_cancellation)

        _bounce = d.get("bounce", UNSET)
        bounce: EventBounce | Unset
        if isinstance(_bounce, Unset):
            bounce = UNSET
        else:
            bounce = EventBounce.from_dict(_bounce)

        _link = d.get("link", UNSET)
        link: EventLink | Unset
        if isinstance(_link, Unset):
            link = UNSET
        else:
            link = EventLink.from_dict(_link)

        _client = d.get("client", UNSET)
        client: EventClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = EventClient.from_dict(_client)

        event_detail = cls(
            activation=activation,
            execution=execution,
            cancellation=cancellation,
            bounce=bounce,
            link=link,
            client=client,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            event_detail.additional_properties = extra
        return event_detail

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


from ..models.event_activation import EventActivation  # noqa: E402
from ..models.event_bounce import EventBounce  # noqa: E402
from ..models.event_cancellation import EventCancellation  # noqa: E402
from ..models.event_client import EventClient  # noqa: E402
from ..models.event_execution import EventExecution  # noqa: E402
from ..models.event_link import EventLink  # noqa: E402
