# Generated from POST /actions/{id}/duplication (operation duplicate_action) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any

import httpx

from ... import _decoding, _operations, _paths, _validation
from ...client import BaseClient
from ...models.substitution_action import SubstitutionAction
from ...types import UNSET, Response, Unset, status

METHOD = "POST"
PATH = "/actions/{id}/duplication"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "duplicate_action",
    METHOD,
    PATH,
    idempotent=False,
)
#: Name of this operation (its module and function name), used in errors and logs.
OPERATION_ID = OPERATION.id


@_validation.encodes(OPERATION_ID)
def _get_kwargs(
    id: str,
    *,
    type_: int | Unset = UNSET,
    folder: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["type"] = type_

    params["folder"] = folder

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

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
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> SubstitutionAction:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    response_200: SubstitutionAction = _decoding.decode(response.content, SubstitutionAction)
    return response_200


def _build_response(response: httpx.Response) -> Response[SubstitutionAction]:
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
    type_: int | Unset = UNSET,
    folder: int | Unset = UNSET,
) -> Response[SubstitutionAction]:
    """Duplicate an action

    Copies an action and returns the copy (a new identifier, back in the creation state).
    No request body: the client still sends Content-Length 0, which NP6 requires.

    Args:
        id (str):  Example: 000ABC.
        type_ (int | Unset):
        folder (int | Unset):

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[SubstitutionAction]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            type_=type_,
            folder=folder,
        ),
    )
    return _build_response(response)


def sync(
    id: str,
    *,
    client: BaseClient,
    type_: int | Unset = UNSET,
    folder: int | Unset = UNSET,
) -> SubstitutionAction:
    """Duplicate an action

    Copies an action and returns the copy (a new identifier, back in the creation state).
    No request body: the client still sends Content-Length 0, which NP6 requires.

    Args:
        id (str):  Example: 000ABC.
        type_ (int | Unset):
        folder (int | Unset):

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        SubstitutionAction
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            type_=type_,
            folder=folder,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)


async def asyncio_detailed(
    id: str,
    *,
    client: BaseClient,
    type_: int | Unset = UNSET,
    folder: int | Unset = UNSET,
) -> Response[SubstitutionAction]:
    """Duplicate an action

    Copies an action and returns the copy (a new identifier, back in the creation state).
    No request body: the client still sends Content-Length 0, which NP6 requires.

    Args:
        id (str):  Example: 000ABC.
        type_ (int | Unset):
        folder (int | Unset):

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[SubstitutionAction]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            type_=type_,
            folder=folder,
        ),
    )
    return _build_response(response)


async def asyncio(
    id: str,
    *,
    client: BaseClient,
    type_: int | Unset = UNSET,
    folder: int | Unset = UNSET,
) -> SubstitutionAction:
    """Duplicate an action

    Copies an action and returns the copy (a new identifier, back in the creation state).
    No request body: the client still sends Content-Length 0, which NP6 requires.

    Args:
        id (str):  Example: 000ABC.
        type_ (int | Unset):
        folder (int | Unset):

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        SubstitutionAction
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            type_=type_,
            folder=folder,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
