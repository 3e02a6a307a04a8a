# Generated from GET /actions (operation list_actions) by templates/endpoint_module.py.jinja: do not edit.
import datetime
from typing import Any

import httpx

from ... import _decoding, _operations, _validation
from ...client import BaseClient
from ...models.substitution_action import SubstitutionAction
from ...types import UNSET, Response, Unset, status

METHOD = "GET"
PATH = "/actions"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "list_actions",
    METHOD,
    PATH,
    idempotent=True,
)
#: Name of this operation (its module and function name), used in errors and logs.
OPERATION_ID = OPERATION.id


@_validation.encodes(OPERATION_ID)
def _get_kwargs(
    *,
    creation_start: datetime.datetime | None | Unset = UNSET,
    creation_end: datetime.datetime | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_creation_start: None | str | Unset
    if isinstance(creation_start, Unset):
        json_creation_start = UNSET
    elif isinstance(creation_start, datetime.datetime):
        json_creation_start = creation_start.isoformat()
    else:
        json_creation_start = creation_start
    params["creation_start"] = json_creation_start

    json_creation_end: None | str | Unset
    if isinstance(creation_end, Unset):
        json_creation_end = UNSET
    elif isinstance(creation_end, datetime.datetime):
        json_creation_end = creation_end.isoformat()
    else:
        json_creation_end = creation_end
    params["creation_end"] = json_creation_end

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/actions",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[SubstitutionAction]:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    response_200: list[SubstitutionAction] = _decoding.decode(response.content, list[SubstitutionAction])
    return response_200


def _build_response(response: httpx.Response) -> Response[list[SubstitutionAction]]:
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
    creation_start: datetime.datetime | None | Unset = UNSET,
    creation_end: datetime.datetime | None | Unset = UNSET,
) -> Response[list[SubstitutionAction]]:
    """List actions

    Returns the email and SMS actions of the account, optionally only those created in a
    period. NP6 marks this operation deprecated.

    Args:
        creation_start (datetime.datetime | None | Unset):
        creation_end (datetime.datetime | None | Unset):

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[list[SubstitutionAction]]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            creation_start=creation_start,
            creation_end=creation_end,
        ),
    )
    return _build_response(response)


def sync(
    *,
    client: BaseClient,
    creation_start: datetime.datetime | None | Unset = UNSET,
    creation_end: datetime.datetime | None | Unset = UNSET,
) -> list[SubstitutionAction]:
    """List actions

    Returns the email and SMS actions of the account, optionally only those created in a
    period. NP6 marks this operation deprecated.

    Args:
        creation_start (datetime.datetime | None | Unset):
        creation_end (datetime.datetime | None | Unset):

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        list[SubstitutionAction]
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            creation_start=creation_start,
            creation_end=creation_end,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)


async def asyncio_detailed(
    *,
    client: BaseClient,
    creation_start: datetime.datetime | None | Unset = UNSET,
    creation_end: datetime.datetime | None | Unset = UNSET,
) -> Response[list[SubstitutionAction]]:
    """List actions

    Returns the email and SMS actions of the account, optionally only those created in a
    period. NP6 marks this operation deprecated.

    Args:
        creation_start (datetime.datetime | None | Unset):
        creation_end (datetime.datetime | None | Unset):

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[list[SubstitutionAction]]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            creation_start=creation_start,
            creation_end=creation_end,
        ),
    )
    return _build_response(response)


async def asyncio(
    *,
    client: BaseClient,
    creation_start: datetime.datetime | None | Unset = UNSET,
    creation_end: datetime.datetime | None | Unset = UNSET,
) -> list[SubstitutionAction]:
    """List actions

    Returns the email and SMS actions of the account, optionally only those created in a
    period. NP6 marks this operation deprecated.

    Args:
        creation_start (datetime.datetime | None | Unset):
        creation_end (datetime.datetime | None | Unset):

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        list[SubstitutionAction]
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            creation_start=creation_start,
            creation_end=creation_end,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
