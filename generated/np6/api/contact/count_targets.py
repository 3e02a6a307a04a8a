# Generated from GET /targets/count (operation count_targets) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any

import httpx

from ... import _decoding, _operations, _validation
from ...client import BaseClient
from ...models.targets_count import TargetsCount
from ...types import Response, status

METHOD = "GET"
PATH = "/targets/count"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "count_targets",
    METHOD,
    PATH,
    idempotent=True,
    authenticated=False,  # served without a key (security: [])
)
#: Name of this operation (its module and function name), used in errors and logs.
OPERATION_ID = OPERATION.id


@_validation.encodes(OPERATION_ID)
def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/targets/count",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> TargetsCount:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    response_200: TargetsCount = _decoding.decode(response.content, TargetsCount)
    return response_200


def _build_response(response: httpx.Response) -> Response[TargetsCount]:
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
) -> Response[TargetsCount]:
    """Count contacts

    Returns the number of contacts of the account. The 8.1.0 reference shows this operation
    without the X-Key header (neither in its request section nor in its curl line), so the
    spec declares no security for it.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[TargetsCount]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = client.request(operation=OPERATION, **_get_kwargs())
    return _build_response(response)


def sync(
    *,
    client: BaseClient,
) -> TargetsCount:
    """Count contacts

    Returns the number of contacts of the account. The 8.1.0 reference shows this operation
    without the X-Key header (neither in its request section nor in its curl line), so the
    spec declares no security for it.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        TargetsCount
    """

    response = client.request(operation=OPERATION, **_get_kwargs())
    return BaseClient.decode(response, OPERATION_ID, _parse_response)


async def asyncio_detailed(
    *,
    client: BaseClient,
) -> Response[TargetsCount]:
    """Count contacts

    Returns the number of contacts of the account. The 8.1.0 reference shows this operation
    without the X-Key header (neither in its request section nor in its curl line), so the
    spec declares no security for it.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[TargetsCount]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = await client.arequest(operation=OPERATION, **_get_kwargs())
    return _build_response(response)


async def asyncio(
    *,
    client: BaseClient,
) -> TargetsCount:
    """Count contacts

    Returns the number of contacts of the account. The 8.1.0 reference shows this operation
    without the X-Key header (neither in its request section nor in its curl line), so the
    spec declares no security for it.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        TargetsCount
    """

    response = await client.arequest(operation=OPERATION, **_get_kwargs())
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
