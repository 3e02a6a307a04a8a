# Generated from POST /valueLists (operation create_value_list) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any

import httpx

from ... import _decoding, _operations, _validation
from ...client import BaseClient
from ...models.value_list import ValueList
from ...models.value_list_input import ValueListInput
from ...types import Response, status

METHOD = "POST"
PATH = "/valueLists"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "create_value_list",
    METHOD,
    PATH,
    idempotent=False,
    media_types=("application/json",),
)
#: Name of this operation (its module and function name), used in errors and logs.
OPERATION_ID = OPERATION.id


@_validation.encodes(OPERATION_ID)
def _get_kwargs(
    *,
    body: ValueListInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/valueLists",
    }

    _validation.check_body(OPERATION_ID, body, _validation.is_instance(body, ValueListInput), "ValueListInput")

    _kwargs["json"] = _validation.json_body(OPERATION_ID, body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ValueList:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    response_200: ValueList = _decoding.decode(response.content, ValueList)
    return response_200


def _build_response(response: httpx.Response) -> Response[ValueList]:
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
    body: ValueListInput,
) -> Response[ValueList]:
    """Create a value list

    Creates a value list with its values and returns it.

    Args:
        body (ValueListInput): Data to create or update a value list. Values are not case
            sensitive.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[ValueList]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            body=body,
        ),
    )
    return _build_response(response)


def sync(
    *,
    client: BaseClient,
    body: ValueListInput,
) -> ValueList:
    """Create a value list

    Creates a value list with its values and returns it.

    Args:
        body (ValueListInput): Data to create or update a value list. Values are not case
            sensitive.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        ValueList
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            body=body,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)


async def asyncio_detailed(
    *,
    client: BaseClient,
    body: ValueListInput,
) -> Response[ValueList]:
    """Create a value list

    Creates a value list with its values and returns it.

    Args:
        body (ValueListInput): Data to create or update a value list. Values are not case
            sensitive.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[ValueList]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            body=body,
        ),
    )
    return _build_response(response)


async def asyncio(
    *,
    client: BaseClient,
    body: ValueListInput,
) -> ValueList:
    """Create a value list

    Creates a value list with its values and returns it.

    Args:
        body (ValueListInput): Data to create or update a value list. Values are not case
            sensitive.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        ValueList
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            body=body,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
