from http import HTTPStatus
from typing import Any

import httpx

from ...client import Client
from ...models.field import Field
from ...types import Response

#: Name of this operation (its module and function name), used in errors and logs.
OPERATION_ID = "list_fields"
METHOD = "GET"
PATH = "/fields"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fields",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[Field]:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Field.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = Field.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def _build_response(response: httpx.Response) -> Response[list[Field]]:
    parsed = Client.decode(response, OPERATION_ID, _parse_response) if 200 <= response.status_code < 300 else None
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: Client,
) -> Response[list[Field]]:
    """List fields

    Returns every field of the contact database. The field flagged as unicity identifies contacts
    (usually the email).

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[list[Field]]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = client.request(**_get_kwargs())
    return _build_response(response)


def sync(
    *,
    client: Client,
) -> list[Field]:
    """List fields

    Returns every field of the contact database. The field flagged as unicity identifies contacts
    (usually the email).

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        list[Field]
    """

    response = client.request(**_get_kwargs())
    return Client.decode(response, OPERATION_ID, _parse_response)


async def asyncio_detailed(
    *,
    client: Client,
) -> Response[list[Field]]:
    """List fields

    Returns every field of the contact database. The field flagged as unicity identifies contacts
    (usually the email).

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[list[Field]]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = await client.arequest(**_get_kwargs())
    return _build_response(response)


async def asyncio(
    *,
    client: Client,
) -> list[Field]:
    """List fields

    Returns every field of the contact database. The field flagged as unicity identifies contacts
    (usually the email).

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        list[Field]
    """

    response = await client.arequest(**_get_kwargs())
    return Client.decode(response, OPERATION_ID, _parse_response)
