# Generated from GET /parameters/applications/{uuid} (operation get_notifiable_application) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any
from uuid import UUID

import httpx

from ... import _decoding, _operations, _paths, _validation
from ...client import BaseClient
from ...models.notifiable_application import NotifiableApplication
from ...types import Response, status

METHOD = "GET"
PATH = "/parameters/applications/{uuid}"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "get_notifiable_application",
    METHOD,
    PATH,
    idempotent=True,
)
#: Name of this operation (its module and function name), used in errors and logs.
OPERATION_ID = OPERATION.id


@_validation.encodes(OPERATION_ID)
def _get_kwargs(
    uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Each value fills one path segment or is refused before sending (np6/_paths.py).
        "url": _paths.expand(
            OPERATION_ID,
            PATH,
            {
                "uuid": (uuid, UUID),
            },
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> NotifiableApplication:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    response_200: NotifiableApplication = _decoding.decode(response.content, NotifiableApplication)
    return response_200


def _build_response(response: httpx.Response) -> Response[NotifiableApplication]:
    parsed = BaseClient.decode(response, OPERATION_ID, _parse_response) if 200 <= response.status_code < 300 else None
    return Response(
        status_code=status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    uuid: UUID,
    *,
    client: BaseClient,
) -> Response[NotifiableApplication]:
    """Get a notifiable application

    Returns one mobile application.

    Args:
        uuid (UUID):  Example: 2399f53f-1b0e-4cbb-b81e-26c0f11359ca.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[NotifiableApplication]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            uuid=uuid,
        ),
    )
    return _build_response(response)


def sync(
    uuid: UUID,
    *,
    client: BaseClient,
) -> NotifiableApplication:
    """Get a notifiable application

    Returns one mobile application.

    Args:
        uuid (UUID):  Example: 2399f53f-1b0e-4cbb-b81e-26c0f11359ca.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        NotifiableApplication
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            uuid=uuid,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: BaseClient,
) -> Response[NotifiableApplication]:
    """Get a notifiable application

    Returns one mobile application.

    Args:
        uuid (UUID):  Example: 2399f53f-1b0e-4cbb-b81e-26c0f11359ca.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[NotifiableApplication]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            uuid=uuid,
        ),
    )
    return _build_response(response)


async def asyncio(
    uuid: UUID,
    *,
    client: BaseClient,
) -> NotifiableApplication:
    """Get a notifiable application

    Returns one mobile application.

    Args:
        uuid (UUID):  Example: 2399f53f-1b0e-4cbb-b81e-26c0f11359ca.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        NotifiableApplication
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            uuid=uuid,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
