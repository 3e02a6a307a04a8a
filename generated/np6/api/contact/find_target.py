# Generated from GET /targets (operation find_target) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any

import httpx

from ... import _decoding, _operations, _validation
from ...client import BaseClient
from ...models.target import Target
from ...types import UNSET, Response, Unset, status

METHOD = "GET"
PATH = "/targets"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "find_target",
    METHOD,
    PATH,
    idempotent=True,
    media_types=("application/json",),
)
#: Name of this operation (its module and function name), used in errors and logs.
OPERATION_ID = OPERATION.id


@_validation.encodes(OPERATION_ID)
def _get_kwargs(
    *,
    body: list[str] | Unset = UNSET,
    unicity: list[str] | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_unicity: list[str] | Unset = UNSET
    if not isinstance(unicity, Unset):
        json_unicity = unicity

    params["unicity"] = json_unicity

    params["hash"] = hash_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/targets",
        "params": params,
    }

    if not isinstance(body, Unset):
        _validation.check_body(OPERATION_ID, body, _validation.is_list_of(body, str), "list[str]")

        _kwargs["json"] = _validation.json_body(OPERATION_ID, body)

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Target:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    response_200: Target = _decoding.decode(response.content, Target)
    return response_200


def _build_response(response: httpx.Response) -> Response[Target]:
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
    body: list[str] | Unset = UNSET,
    unicity: list[str] | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> Response[Target]:
    """Find a contact by unicity or hash (experimental)

    Returns the contact matching a unicity value or a hash; NP6 flags the operation as
    experimental and answers in `application/vnd.np6.experimental+json`. Give exactly one of
    `unicity` and `hash`. With several unicity criteria, send one `unicity` value per
    criterion. Values come back keyed by field id under `fields`. NP6 answers 404 when no
    contact matches.

    The reference also shows a JSON array of strings as request body without saying what
    it does; it is optional here.

    Args:
        unicity (list[str] | Unset):
        hash_ (str | Unset):
        body (list[str] | Unset):

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[Target]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            body=body,
            unicity=unicity,
            hash_=hash_,
        ),
    )
    return _build_response(response)


def sync(
    *,
    client: BaseClient,
    body: list[str] | Unset = UNSET,
    unicity: list[str] | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> Target:
    """Find a contact by unicity or hash (experimental)

    Returns the contact matching a unicity value or a hash; NP6 flags the operation as
    experimental and answers in `application/vnd.np6.experimental+json`. Give exactly one of
    `unicity` and `hash`. With several unicity criteria, send one `unicity` value per
    criterion. Values come back keyed by field id under `fields`. NP6 answers 404 when no
    contact matches.

    The reference also shows a JSON array of strings as request body without saying what
    it does; it is optional here.

    Args:
        unicity (list[str] | Unset):
        hash_ (str | Unset):
        body (list[str] | Unset):

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Target
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            body=body,
            unicity=unicity,
            hash_=hash_,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)


async def asyncio_detailed(
    *,
    client: BaseClient,
    body: list[str] | Unset = UNSET,
    unicity: list[str] | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> Response[Target]:
    """Find a contact by unicity or hash (experimental)

    Returns the contact matching a unicity value or a hash; NP6 flags the operation as
    experimental and answers in `application/vnd.np6.experimental+json`. Give exactly one of
    `unicity` and `hash`. With several unicity criteria, send one `unicity` value per
    criterion. Values come back keyed by field id under `fields`. NP6 answers 404 when no
    contact matches.

    The reference also shows a JSON array of strings as request body without saying what
    it does; it is optional here.

    Args:
        unicity (list[str] | Unset):
        hash_ (str | Unset):
        body (list[str] | Unset):

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[Target]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            body=body,
            unicity=unicity,
            hash_=hash_,
        ),
    )
    return _build_response(response)


async def asyncio(
    *,
    client: BaseClient,
    body: list[str] | Unset = UNSET,
    unicity: list[str] | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> Target:
    """Find a contact by unicity or hash (experimental)

    Returns the contact matching a unicity value or a hash; NP6 flags the operation as
    experimental and answers in `application/vnd.np6.experimental+json`. Give exactly one of
    `unicity` and `hash`. With several unicity criteria, send one `unicity` value per
    criterion. Values come back keyed by field id under `fields`. NP6 answers 404 when no
    contact matches.

    The reference also shows a JSON array of strings as request body without saying what
    it does; it is optional here.

    Args:
        unicity (list[str] | Unset):
        hash_ (str | Unset):
        body (list[str] | Unset):

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Target
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            body=body,
            unicity=unicity,
            hash_=hash_,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
