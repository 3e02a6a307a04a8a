# Generated from GET /segments/{id} (operation get_segment) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any

import httpx

from ... import _decoding, _operations, _paths, _validation
from ...client import BaseClient
from ...models.segment import Segment
from ...types import Response, status

METHOD = "GET"
PATH = "/segments/{id}"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "get_segment",
    METHOD,
    PATH,
    idempotent=True,
)
#: Name of this operation (its module and function name), used in errors and logs.
OPERATION_ID = OPERATION.id


@_validation.encodes(OPERATION_ID)
def _get_kwargs(
    id: int,
) -> dict[str, Any]:

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
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Segment:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    response_200: Segment = _decoding.decode(response.content, Segment)
    return response_200


def _build_response(response: httpx.Response) -> Response[Segment]:
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
) -> Response[Segment]:
    """Get a segment

    Returns one segment. Not shown in the 8.1.0 reference, which has no single-segment read; known from
    the v8 documentation and fills that gap.

    Args:
        id (int):  Example: 41.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[Segment]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
        ),
    )
    return _build_response(response)


def sync(
    id: int,
    *,
    client: BaseClient,
) -> Segment:
    """Get a segment

    Returns one segment. Not shown in the 8.1.0 reference, which has no single-segment read; known from
    the v8 documentation and fills that gap.

    Args:
        id (int):  Example: 41.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Segment
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)


async def asyncio_detailed(
    id: int,
    *,
    client: BaseClient,
) -> Response[Segment]:
    """Get a segment

    Returns one segment. Not shown in the 8.1.0 reference, which has no single-segment read; known from
    the v8 documentation and fills that gap.

    Args:
        id (int):  Example: 41.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[Segment]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
        ),
    )
    return _build_response(response)


async def asyncio(
    id: int,
    *,
    client: BaseClient,
) -> Segment:
    """Get a segment

    Returns one segment. Not shown in the 8.1.0 reference, which has no single-segment read; known from
    the v8 documentation and fills that gap.

    Args:
        id (int):  Example: 41.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Segment
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
