# Generated from DELETE /targets/subscriptions (operation delete_contact_subscriptions) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any

import httpx

from ... import _operations, _validation
from ...client import BaseClient
from ...types import UNSET, Response, Unset, status

METHOD = "DELETE"
PATH = "/targets/subscriptions"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "delete_contact_subscriptions",
    METHOD,
    PATH,
    idempotent=True,
)
#: Name of this operation (its module and function name), used in errors and logs.
OPERATION_ID = OPERATION.id


@_validation.encodes(OPERATION_ID)
def _get_kwargs(
    *,
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["unicity"] = unicity

    params["hash"] = hash_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/targets/subscriptions",
        "params": params,
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
    *,
    client: BaseClient,
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> Response[None]:
    """Delete a contact's subscriptions by unicity or hash

    Deletes every subscription of the contact with this unicity value or this hash. Give
    exactly one of `unicity` and `hash`.

    Args:
        unicity (str | Unset):
        hash_ (str | Unset):

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[None]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            unicity=unicity,
            hash_=hash_,
        ),
    )
    return _build_response(response)


def sync(
    *,
    client: BaseClient,
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> None:
    """Delete a contact's subscriptions by unicity or hash

    Deletes every subscription of the contact with this unicity value or this hash. Give
    exactly one of `unicity` and `hash`.

    Args:
        unicity (str | Unset):
        hash_ (str | Unset):

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
            unicity=unicity,
            hash_=hash_,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)


async def asyncio_detailed(
    *,
    client: BaseClient,
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> Response[None]:
    """Delete a contact's subscriptions by unicity or hash

    Deletes every subscription of the contact with this unicity value or this hash. Give
    exactly one of `unicity` and `hash`.

    Args:
        unicity (str | Unset):
        hash_ (str | Unset):

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[None]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            unicity=unicity,
            hash_=hash_,
        ),
    )
    return _build_response(response)


async def asyncio(
    *,
    client: BaseClient,
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> None:
    """Delete a contact's subscriptions by unicity or hash

    Deletes every subscription of the contact with this unicity value or this hash. Give
    exactly one of `unicity` and `hash`.

    Args:
        unicity (str | Unset):
        hash_ (str | Unset):

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
            unicity=unicity,
            hash_=hash_,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
