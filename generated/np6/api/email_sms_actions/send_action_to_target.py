# Generated from POST /actions/{id}/targets/{target_id} (operation send_action_to_target) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any

import httpx

from ... import _operations, _paths, _validation
from ...client import BaseClient
from ...models.message_request_model import MessageRequestModel
from ...types import UNSET, Response, Unset, status

METHOD = "POST"
PATH = "/actions/{id}/targets/{target_id}"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "send_action_to_target",
    METHOD,
    PATH,
    idempotent=False,
    media_types=("application/json",),
)
#: Name of this operation (its module and function name), used in errors and logs.
OPERATION_ID = OPERATION.id


@_validation.encodes(OPERATION_ID)
def _get_kwargs(
    id: str,
    target_id: str,
    *,
    body: MessageRequestModel | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        # Each value fills one path segment or is refused before sending (np6/_paths.py).
        "url": _paths.expand(
            OPERATION_ID,
            PATH,
            {
                "id": (id, str),
                "target_id": (target_id, str),
            },
        ),
    }

    if not isinstance(body, Unset):
        _validation.check_body(
            OPERATION_ID, body, _validation.is_instance(body, MessageRequestModel), "MessageRequestModel"
        )

        _kwargs["json"] = _validation.json_body(OPERATION_ID, body)

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    return None


def _build_response(response: httpx.Response) -> Response[None]:
    parsed = BaseClient.decode(response, OPERATION_ID, _parse_response) if 200 <= response.status_code < 300 else None
    return Response(
        status_code=status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    id: str,
    target_id: str,
    *,
    client: BaseClient,
    body: MessageRequestModel | Unset = UNSET,
) -> Response[None]:
    """Send a message to a contact

    Sends a message action to one contact named by its target id, optionally with
    rendering data. The body may be left out (the client then sends Content-Length 0, which
    NP6 requires). Not idempotent. The action must be validated (409 otherwise).

    Args:
        id (str):  Example: 000ABC.
        target_id (str):  Example: 000T123.
        body (MessageRequestModel | Unset): Optional overrides of a message sent to one target.
            The reference shows `data` and, cut
            off, a field replacing the content of an email; other fields are passed through as given.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[None]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            target_id=target_id,
            body=body,
        ),
    )
    return _build_response(response)


def sync(
    id: str,
    target_id: str,
    *,
    client: BaseClient,
    body: MessageRequestModel | Unset = UNSET,
) -> None:
    """Send a message to a contact

    Sends a message action to one contact named by its target id, optionally with
    rendering data. The body may be left out (the client then sends Content-Length 0, which
    NP6 requires). Not idempotent. The action must be validated (409 otherwise).

    Args:
        id (str):  Example: 000ABC.
        target_id (str):  Example: 000T123.
        body (MessageRequestModel | Unset): Optional overrides of a message sent to one target.
            The reference shows `data` and, cut
            off, a field replacing the content of an email; other fields are passed through as given.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        None
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            target_id=target_id,
            body=body,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)


async def asyncio_detailed(
    id: str,
    target_id: str,
    *,
    client: BaseClient,
    body: MessageRequestModel | Unset = UNSET,
) -> Response[None]:
    """Send a message to a contact

    Sends a message action to one contact named by its target id, optionally with
    rendering data. The body may be left out (the client then sends Content-Length 0, which
    NP6 requires). Not idempotent. The action must be validated (409 otherwise).

    Args:
        id (str):  Example: 000ABC.
        target_id (str):  Example: 000T123.
        body (MessageRequestModel | Unset): Optional overrides of a message sent to one target.
            The reference shows `data` and, cut
            off, a field replacing the content of an email; other fields are passed through as given.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[None]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            target_id=target_id,
            body=body,
        ),
    )
    return _build_response(response)


async def asyncio(
    id: str,
    target_id: str,
    *,
    client: BaseClient,
    body: MessageRequestModel | Unset = UNSET,
) -> None:
    """Send a message to a contact

    Sends a message action to one contact named by its target id, optionally with
    rendering data. The body may be left out (the client then sends Content-Length 0, which
    NP6 requires). Not idempotent. The action must be validated (409 otherwise).

    Args:
        id (str):  Example: 000ABC.
        target_id (str):  Example: 000T123.
        body (MessageRequestModel | Unset): Optional overrides of a message sent to one target.
            The reference shows `data` and, cut
            off, a field replacing the content of an email; other fields are passed through as given.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        None
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            target_id=target_id,
            body=body,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
