# Generated from POST /targets/{id}/redlist/mail (operation add_target_to_mail_redlist) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any

import httpx

from ... import _operations, _paths, _validation
from ...client import BaseClient
from ...models.redlist_entry import RedlistEntry
from ...types import Response, status

METHOD = "POST"
PATH = "/targets/{id}/redlist/mail"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "add_target_to_mail_redlist",
    METHOD,
    PATH,
    idempotent=False,
    media_types=("application/json",),
)
#: Name of this operation (its module and function name), used in errors and logs.
OPERATION_ID = OPERATION.id


@_validation.encodes(OPERATION_ID)
def _get_kwargs(
    id: str,
    *,
    body: RedlistEntry,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        # Each value fills one path segment or is refused before sending (np6/_paths.py).
        "url": _paths.expand(
            OPERATION_ID,
            PATH,
            {
                "id": (id, str),
            },
        ),
    }

    _validation.check_body(OPERATION_ID, body, _validation.is_instance(body, RedlistEntry), "RedlistEntry")

    _kwargs["json"] = _validation.json_body(OPERATION_ID, body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: RedlistEntry,
) -> Response[None]:
    """Put a contact in the email redlist

    Adds the contact to the email redlist (it no longer receives emails), with the date and
    origin of the redlisting.

    Args:
        id (str):  Example: 000MLGPR.
        body (RedlistEntry): A contact in a redlist (mail or SMS), or the body that puts one
            there.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[None]: status, headers, raw content; ``parsed`` is set for 2xx only.
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
    id: str,
    *,
    client: BaseClient,
    body: RedlistEntry,
) -> None:
    """Put a contact in the email redlist

    Adds the contact to the email redlist (it no longer receives emails), with the date and
    origin of the redlisting.

    Args:
        id (str):  Example: 000MLGPR.
        body (RedlistEntry): A contact in a redlist (mail or SMS), or the body that puts one
            there.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        None
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
    id: str,
    *,
    client: BaseClient,
    body: RedlistEntry,
) -> Response[None]:
    """Put a contact in the email redlist

    Adds the contact to the email redlist (it no longer receives emails), with the date and
    origin of the redlisting.

    Args:
        id (str):  Example: 000MLGPR.
        body (RedlistEntry): A contact in a redlist (mail or SMS), or the body that puts one
            there.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[None]: status, headers, raw content; ``parsed`` is set for 2xx only.
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
    id: str,
    *,
    client: BaseClient,
    body: RedlistEntry,
) -> None:
    """Put a contact in the email redlist

    Adds the contact to the email redlist (it no longer receives emails), with the date and
    origin of the redlisting.

    Args:
        id (str):  Example: 000MLGPR.
        body (RedlistEntry): A contact in a redlist (mail or SMS), or the body that puts one
            there.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        None
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            body=body,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
