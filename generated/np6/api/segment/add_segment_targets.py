# Generated from PUT /segments/{id}/targets (operation add_segment_targets) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any

import httpx

from ... import _decoding, _operations, _paths, _validation
from ...client import BaseClient
from ...types import Response, status

METHOD = "PUT"
PATH = "/segments/{id}/targets"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "add_segment_targets",
    METHOD,
    PATH,
    idempotent=True,
    media_types=("application/json",),
)
#: Name of this operation (its module and function name), used in errors and logs.
OPERATION_ID = OPERATION.id


@_validation.encodes(OPERATION_ID)
def _get_kwargs(
    id: int,
    *,
    body: list[str],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        # Each value fills one path segment or is refused before sending (np6/_paths.py).
        "url": _paths.expand(
            OPERATION_ID,
            PATH,
            {
                "id": (id, int),
            },
        ),
    }

    _validation.check_body(OPERATION_ID, body, _validation.is_list_of(body, str), "list[str]")

    _validation.check_items(OPERATION_ID, body, max_items=50, min_items=1)
    _kwargs["json"] = _validation.json_body(OPERATION_ID, body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> int:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    response_200: int = _decoding.decode(response.content, int)
    return response_200


def _build_response(response: httpx.Response) -> Response[int]:
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
    body: list[str],
) -> Response[int]:
    """Add contacts to a static segment

    Adds up to 50 contacts to a static segment and returns how many were added.
    Contacts are named by target id or by unicity value; when the account has
    several unicity criteria, send their values concatenated into one string
    per contact. Larger lists must be split into calls of 50 at most.

    The body takes 1 to 50 items per call, checked before sending.

    Args:
        id (int):  Example: 41.
        body (list[str]): Contact identifiers (target ids, or unicity values; with several unicity
            criteria, their values concatenated into one string per contact). At most 50 per call.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[int]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            body=body,
        ),
    )
    return _build_response(response)


def sync(
    id: int,
    *,
    client: BaseClient,
    body: list[str],
) -> int:
    """Add contacts to a static segment

    Adds up to 50 contacts to a static segment and returns how many were added.
    Contacts are named by target id or by unicity value; when the account has
    several unicity criteria, send their values concatenated into one string
    per contact. Larger lists must be split into calls of 50 at most.

    The body takes 1 to 50 items per call, checked before sending.

    Args:
        id (int):  Example: 41.
        body (list[str]): Contact identifiers (target ids, or unicity values; with several unicity
            criteria, their values concatenated into one string per contact). At most 50 per call.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        int
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            body=body,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)


async def asyncio_detailed(
    id: int,
    *,
    client: BaseClient,
    body: list[str],
) -> Response[int]:
    """Add contacts to a static segment

    Adds up to 50 contacts to a static segment and returns how many were added.
    Contacts are named by target id or by unicity value; when the account has
    several unicity criteria, send their values concatenated into one string
    per contact. Larger lists must be split into calls of 50 at most.

    The body takes 1 to 50 items per call, checked before sending.

    Args:
        id (int):  Example: 41.
        body (list[str]): Contact identifiers (target ids, or unicity values; with several unicity
            criteria, their values concatenated into one string per contact). At most 50 per call.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[int]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            body=body,
        ),
    )
    return _build_response(response)


async def asyncio(
    id: int,
    *,
    client: BaseClient,
    body: list[str],
) -> int:
    """Add contacts to a static segment

    Adds up to 50 contacts to a static segment and returns how many were added.
    Contacts are named by target id or by unicity value; when the account has
    several unicity criteria, send their values concatenated into one string
    per contact. Larger lists must be split into calls of 50 at most.

    The body takes 1 to 50 items per call, checked before sending.

    Args:
        id (int):  Example: 41.
        body (list[str]): Contact identifiers (target ids, or unicity values; with several unicity
            criteria, their values concatenated into one string per contact). At most 50 per call.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        int
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            body=body,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
