# Generated from GET /segments (operation list_segments) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any

import httpx

from ... import _decoding, _operations, _validation
from ...client import BaseClient
from ...models.segment import Segment
from ...types import Response, status

METHOD = "GET"
PATH = "/segments"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "list_segments",
    METHOD,
    PATH,
    idempotent=True,
)
#: Name of this operation (its module and function name), used in errors and logs.
OPERATION_ID = OPERATION.id


@_validation.encodes(OPERATION_ID)
def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/segments",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[Segment]:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    response_200: list[Segment] = _decoding.decode(response.content, list[Segment])
    return response_200


def _build_response(response: httpx.Response) -> Response[list[Segment]]:
    parsed = BaseClient.decode(response, OPERATION_ID, _parse_response) if 200 <= response.status_code < 300 else None
    return Response(
        status_code=status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: BaseClient,
) -> Response[list[Segment]]:
    """List segments

    Returns every segment of the account, static and dynamic.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[list[Segment]]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = client.request(operation=OPERATION, **_get_kwargs())
    return _build_response(response)


def sync(
    *,
    client: BaseClient,
) -> list[Segment]:
    """List segments

    Returns every segment of the account, static and dynamic.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        list[Segment]
    """

    response = client.request(operation=OPERATION, **_get_kwargs())
    return BaseClient.decode(response, OPERATION_ID, _parse_response)


async def asyncio_detailed(
    *,
    client: BaseClient,
) -> Response[list[Segment]]:
    """List segments

    Returns every segment of the account, static and dynamic.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[list[Segment]]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = await client.arequest(operation=OPERATION, **_get_kwargs())
    return _build_response(response)


async def asyncio(
    *,
    client: BaseClient,
) -> list[Segment]:
    """List segments

    Returns every segment of the account, static and dynamic.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        list[Segment]
    """

    response = await client.arequest(operation=OPERATION, **_get_kwargs())
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
