# Generated from DELETE /actions/{id} (operation delete_action) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any

import httpx

from ... import _operations, _paths, _validation
from ...client import BaseClient
from ...types import Response, status

METHOD = "DELETE"
PATH = "/actions/{id}"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "delete_action",
    METHOD,
    PATH,
    idempotent=True,
)
#: Name of this operation (its module and function name), used in errors and logs.
OPERATION_ID = OPERATION.id


@_validation.encodes(OPERATION_ID)
def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        # Each value fills one path segment or is refused before sending (np6/_paths.py).
        "url": _paths.expand(
            OPERATION_ID,
            PATH,
            {
                "id": (id, str),
            },
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    return None


def _build_response(response: httpx.Response) -> Response[None]:
    parsed = BaseClient.decode(response, OPERATION_ID, _parse_response) if 200 <= response.status_code < 300 else None
    return Response(
        status_code=status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    id: str,
    *,
    client: BaseClient,
) -> Response[None]:
    """Delete an action

    Deletes an action.

    Args:
        id (str):  Example: 000ABC.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[None]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
        ),
    )
    return _build_response(response)


def sync(
    id: str,
    *,
    client: BaseClient,
) -> None:
    """Delete an action

    Deletes an action.

    Args:
        id (str):  Example: 000ABC.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        None
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)


async def asyncio_detailed(
    id: str,
    *,
    client: BaseClient,
) -> Response[None]:
    """Delete an action

    Deletes an action.

    Args:
        id (str):  Example: 000ABC.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[None]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
        ),
    )
    return _build_response(response)


async def asyncio(
    id: str,
    *,
    client: BaseClient,
) -> None:
    """Delete an action

    Deletes an action.

    Args:
        id (str):  Example: 000ABC.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        None
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
