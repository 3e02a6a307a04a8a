# Generated from GET /settings/marketing/pressure/topic (operation get_mandatory_topic_option) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any

import httpx

from ... import _decoding, _operations, _validation
from ...client import BaseClient
from ...types import Response, status

METHOD = "GET"
PATH = "/settings/marketing/pressure/topic"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "get_mandatory_topic_option",
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
        "url": "/settings/marketing/pressure/topic",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> bool:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    response_200: bool = _decoding.decode(response.content, bool)
    return response_200


def _build_response(response: httpx.Response) -> Response[bool]:
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
) -> Response[bool]:
    """Get the mandatory topic option

    Tells whether actions of the account must be given a marketing pressure topic.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[bool]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = client.request(operation=OPERATION, **_get_kwargs())
    return _build_response(response)


def sync(
    *,
    client: BaseClient,
) -> bool:
    """Get the mandatory topic option

    Tells whether actions of the account must be given a marketing pressure topic.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        bool
    """

    response = client.request(operation=OPERATION, **_get_kwargs())
    return BaseClient.decode(response, OPERATION_ID, _parse_response)


async def asyncio_detailed(
    *,
    client: BaseClient,
) -> Response[bool]:
    """Get the mandatory topic option

    Tells whether actions of the account must be given a marketing pressure topic.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[bool]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = await client.arequest(operation=OPERATION, **_get_kwargs())
    return _build_response(response)


async def asyncio(
    *,
    client: BaseClient,
) -> bool:
    """Get the mandatory topic option

    Tells whether actions of the account must be given a marketing pressure topic.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        bool
    """

    response = await client.arequest(operation=OPERATION, **_get_kwargs())
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
