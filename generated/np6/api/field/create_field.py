from http import HTTPStatus
from typing import Any

import httpx

from ...client import Client
from ...models.field import Field
from ...models.field_input import FieldInput
from ...types import Response

#: Name of this operation (its module and function name), used in errors and logs.
OPERATION_ID = "create_field"
METHOD = "POST"
PATH = "/fields"


def _get_kwargs(
    *,
    body: FieldInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fields",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Field:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    if response.status_code == 200:
        response_200 = Field.from_dict(response.json())

        return response_200

    response_200 = Field.from_dict(response.json())

    return response_200


def _build_response(response: httpx.Response) -> Response[Field]:
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
    body: FieldInput,
) -> Response[Field]:
    """Create a field

    Adds a field to the contact database. NP6 answers 409 when a field of that name exists.

    Args:
        body (FieldInput): Data to create or update a field.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[Field]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = client.request(
        **_get_kwargs(
            body=body,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: Client,
    body: FieldInput,
) -> Field:
    """Create a field

    Adds a field to the contact database. NP6 answers 409 when a field of that name exists.

    Args:
        body (FieldInput): Data to create or update a field.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Field
    """

    response = client.request(
        **_get_kwargs(
            body=body,
        )
    )
    return Client.decode(response, OPERATION_ID, _parse_response)


async def asyncio_detailed(
    *,
    client: Client,
    body: FieldInput,
) -> Response[Field]:
    """Create a field

    Adds a field to the contact database. NP6 answers 409 when a field of that name exists.

    Args:
        body (FieldInput): Data to create or update a field.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[Field]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = await client.arequest(
        **_get_kwargs(
            body=body,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: Client,
    body: FieldInput,
) -> Field:
    """Create a field

    Adds a field to the contact database. NP6 answers 409 when a field of that name exists.

    Args:
        body (FieldInput): Data to create or update a field.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Field
    """

    response = await client.arequest(
        **_get_kwargs(
            body=body,
        )
    )
    return Client.decode(response, OPERATION_ID, _parse_response)
