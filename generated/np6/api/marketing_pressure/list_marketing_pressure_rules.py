# Generated from GET /marketing/pressure/rules (operation list_marketing_pressure_rules) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any

import httpx

from ... import _decoding, _operations, _validation
from ...client import BaseClient
from ...models.marketing_pressure_rule import MarketingPressureRule
from ...types import Response, status

METHOD = "GET"
PATH = "/marketing/pressure/rules"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "list_marketing_pressure_rules",
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
        "url": "/marketing/pressure/rules",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[MarketingPressureRule]:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    response_200: list[MarketingPressureRule] = _decoding.decode(response.content, list[MarketingPressureRule])
    return response_200


def _build_response(response: httpx.Response) -> Response[list[MarketingPressureRule]]:
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
) -> Response[list[MarketingPressureRule]]:
    """List rules

    Returns the marketing pressure rules of the account, each with its logical predicate.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[list[MarketingPressureRule]]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = client.request(operation=OPERATION, **_get_kwargs())
    return _build_response(response)


def sync(
    *,
    client: BaseClient,
) -> list[MarketingPressureRule]:
    """List rules

    Returns the marketing pressure rules of the account, each with its logical predicate.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        list[MarketingPressureRule]
    """

    response = client.request(operation=OPERATION, **_get_kwargs())
    return BaseClient.decode(response, OPERATION_ID, _parse_response)


async def asyncio_detailed(
    *,
    client: BaseClient,
) -> Response[list[MarketingPressureRule]]:
    """List rules

    Returns the marketing pressure rules of the account, each with its logical predicate.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[list[MarketingPressureRule]]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = await client.arequest(operation=OPERATION, **_get_kwargs())
    return _build_response(response)


async def asyncio(
    *,
    client: BaseClient,
) -> list[MarketingPressureRule]:
    """List rules

    Returns the marketing pressure rules of the account, each with its logical predicate.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        list[MarketingPressureRule]
    """

    response = await client.arequest(operation=OPERATION, **_get_kwargs())
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
