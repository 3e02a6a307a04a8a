# Generated from GET /actions/archives (operation list_archives) by templates/endpoint_module.py.jinja: do not edit.
import datetime
from typing import Any

import httpx

from ... import _decoding, _operations, _validation
from ...client import BaseClient
from ...models.mail_archive import MailArchive
from ...types import UNSET, Response, Unset, status

METHOD = "GET"
PATH = "/actions/archives"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "list_archives",
    METHOD,
    PATH,
    idempotent=True,
)
#: Name of this operation (its module and function name), used in errors and logs.
OPERATION_ID = OPERATION.id


@_validation.encodes(OPERATION_ID)
def _get_kwargs(
    *,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date: None | str | Unset
    if isinstance(start_date, Unset):
        json_start_date = UNSET
    elif isinstance(start_date, datetime.datetime):
        json_start_date = start_date.isoformat()
    else:
        json_start_date = start_date
    params["startDate"] = json_start_date

    json_end_date: None | str | Unset
    if isinstance(end_date, Unset):
        json_end_date = UNSET
    elif isinstance(end_date, datetime.datetime):
        json_end_date = end_date.isoformat()
    else:
        json_end_date = end_date
    params["endDate"] = json_end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/actions/archives",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[MailArchive]:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    response_200: list[MailArchive] = _decoding.decode(response.content, list[MailArchive])
    return response_200


def _build_response(response: httpx.Response) -> Response[list[MailArchive]]:
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
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
) -> Response[list[MailArchive]]:
    """List the account's archives

    Returns the archived emails of every action of the account, optionally limited to a
    sending period. Each archive carries a temporary download link and its expiry date.

    Args:
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[list[MailArchive]]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            start_date=start_date,
            end_date=end_date,
        ),
    )
    return _build_response(response)


def sync(
    *,
    client: BaseClient,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
) -> list[MailArchive]:
    """List the account's archives

    Returns the archived emails of every action of the account, optionally limited to a
    sending period. Each archive carries a temporary download link and its expiry date.

    Args:
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        list[MailArchive]
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            start_date=start_date,
            end_date=end_date,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)


async def asyncio_detailed(
    *,
    client: BaseClient,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
) -> Response[list[MailArchive]]:
    """List the account's archives

    Returns the archived emails of every action of the account, optionally limited to a
    sending period. Each archive carries a temporary download link and its expiry date.

    Args:
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[list[MailArchive]]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            start_date=start_date,
            end_date=end_date,
        ),
    )
    return _build_response(response)


async def asyncio(
    *,
    client: BaseClient,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
) -> list[MailArchive]:
    """List the account's archives

    Returns the archived emails of every action of the account, optionally limited to a
    sending period. Each archive carries a temporary download link and its expiry date.

    Args:
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        list[MailArchive]
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            start_date=start_date,
            end_date=end_date,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
