# Generated from GET /notifications/{id}/render/contact (operation render_notification_for_contact) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any

import httpx

from ... import _decoding, _operations, _paths, _validation
from ...client import BaseClient
from ...models.notification_render_result import NotificationRenderResult
from ...types import UNSET, Response, status

METHOD = "GET"
PATH = "/notifications/{id}/render/contact"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "render_notification_for_contact",
    METHOD,
    PATH,
    idempotent=True,
)
#: Name of this operation (its module and function name), used in errors and logs.
OPERATION_ID = OPERATION.id


@_validation.encodes(OPERATION_ID)
def _get_kwargs(
    id: int,
    *,
    unicity: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["unicity"] = unicity

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Each value fills one path segment or is refused before sending (np6/_paths.py).
        "url": _paths.expand(
            OPERATION_ID,
            PATH,
            {
                "id": (id, int),
            },
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> NotificationRenderResult:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    response_200: NotificationRenderResult = _decoding.decode(response.content, NotificationRenderResult)
    return response_200


def _build_response(response: httpx.Response) -> Response[NotificationRenderResult]:
    parsed = BaseClient.decode(response, OPERATION_ID, _parse_response) if 200 <= response.status_code < 300 else None
    return Response(
        status_code=status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    id: int,
    *,
    client: BaseClient,
    unicity: str,
) -> Response[NotificationRenderResult]:
    """Render a notification for a contact

    Renders the master version of a notification for the contact with the given unicity value, without
    sending it.

    Args:
        id (int):  Example: 42.
        unicity (str):

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[NotificationRenderResult]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            unicity=unicity,
        ),
    )
    return _build_response(response)


def sync(
    id: int,
    *,
    client: BaseClient,
    unicity: str,
) -> NotificationRenderResult:
    """Render a notification for a contact

    Renders the master version of a notification for the contact with the given unicity value, without
    sending it.

    Args:
        id (int):  Example: 42.
        unicity (str):

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        NotificationRenderResult
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            unicity=unicity,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)


async def asyncio_detailed(
    id: int,
    *,
    client: BaseClient,
    unicity: str,
) -> Response[NotificationRenderResult]:
    """Render a notification for a contact

    Renders the master version of a notification for the contact with the given unicity value, without
    sending it.

    Args:
        id (int):  Example: 42.
        unicity (str):

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[NotificationRenderResult]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            unicity=unicity,
        ),
    )
    return _build_response(response)


async def asyncio(
    id: int,
    *,
    client: BaseClient,
    unicity: str,
) -> NotificationRenderResult:
    """Render a notification for a contact

    Renders the master version of a notification for the contact with the given unicity value, without
    sending it.

    Args:
        id (int):  Example: 42.
        unicity (str):

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        NotificationRenderResult
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            unicity=unicity,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
