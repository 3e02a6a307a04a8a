# Generated from PUT /targets/{id} (operation update_target) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any

import httpx

from ... import _decoding, _operations, _paths, _validation
from ...client import BaseClient
from ...models.document import Document
from ...models.target import Target
from ...types import Response, status

METHOD = "PUT"
PATH = "/targets/{id}"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "update_target",
    METHOD,
    PATH,
    idempotent=True,
    media_types=("application/json",),
)
#: Name of this operation (its module and function name), used in errors and logs.
OPERATION_ID = OPERATION.id


@_validation.encodes(OPERATION_ID)
def _get_kwargs(
    id: str,
    *,
    body: Document,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        # Each value fills one path segment or is refused before sending (np6/_paths.py).
        "url": _paths.expand(
            OPERATION_ID,
            PATH,
            {
                "id": (id, str),
            },
        ),
    }

    _validation.check_body(OPERATION_ID, body, _validation.is_instance(body, Document), "Document")

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
    id: str,
    *,
    client: BaseClient,
    body: Document,
) -> Response[Target]:
    """Update a contact

    Replaces values of a contact and returns it in the read shape. The v8 documentation
    keys the body by field id (as below); the 8.1.0 create operation takes field names, and
    which keys 8.1.0 accepts here is not documented. NP6 answers 409 when the new unicity
    value belongs to another contact.

    Args:
        id (str):  Example: 000MLGPR.
        body (Document): Values of a contact to write, keyed by field *name* at the top level,
            e.g.
            `{"Email": "alice@example.com"}` (NP6 calls this shape `Document`). The unicity field(s)
            must be present: a body such as `{"fields": {"728": "..."}}` is refused with 400 ("target
            cannot be identified - unicity is null"). Multiple select values are arrays of strings.

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
            id=id,
            body=body,
        ),
    )
    return _build_response(response)


def sync(
    id: str,
    *,
    client: BaseClient,
    body: Document,
) -> Target:
    """Update a contact

    Replaces values of a contact and returns it in the read shape. The v8 documentation
    keys the body by field id (as below); the 8.1.0 create operation takes field names, and
    which keys 8.1.0 accepts here is not documented. NP6 answers 409 when the new unicity
    value belongs to another contact.

    Args:
        id (str):  Example: 000MLGPR.
        body (Document): Values of a contact to write, keyed by field *name* at the top level,
            e.g.
            `{"Email": "alice@example.com"}` (NP6 calls this shape `Document`). The unicity field(s)
            must be present: a body such as `{"fields": {"728": "..."}}` is refused with 400 ("target
            cannot be identified - unicity is null"). Multiple select values are arrays of strings.

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
            id=id,
            body=body,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)


async def asyncio_detailed(
    id: str,
    *,
    client: BaseClient,
    body: Document,
) -> Response[Target]:
    """Update a contact

    Replaces values of a contact and returns it in the read shape. The v8 documentation
    keys the body by field id (as below); the 8.1.0 create operation takes field names, and
    which keys 8.1.0 accepts here is not documented. NP6 answers 409 when the new unicity
    value belongs to another contact.

    Args:
        id (str):  Example: 000MLGPR.
        body (Document): Values of a contact to write, keyed by field *name* at the top level,
            e.g.
            `{"Email": "alice@example.com"}` (NP6 calls this shape `Document`). The unicity field(s)
            must be present: a body such as `{"fields": {"728": "..."}}` is refused with 400 ("target
            cannot be identified - unicity is null"). Multiple select values are arrays of strings.

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
            id=id,
            body=body,
        ),
    )
    return _build_response(response)


async def asyncio(
    id: str,
    *,
    client: BaseClient,
    body: Document,
) -> Target:
    """Update a contact

    Replaces values of a contact and returns it in the read shape. The v8 documentation
    keys the body by field id (as below); the 8.1.0 create operation takes field names, and
    which keys 8.1.0 accepts here is not documented. NP6 answers 409 when the new unicity
    value belongs to another contact.

    Args:
        id (str):  Example: 000MLGPR.
        body (Document): Values of a contact to write, keyed by field *name* at the top level,
            e.g.
            `{"Email": "alice@example.com"}` (NP6 calls this shape `Document`). The unicity field(s)
            must be present: a body such as `{"fields": {"728": "..."}}` is refused with 400 ("target
            cannot be identified - unicity is null"). Multiple select values are arrays of strings.

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
            id=id,
            body=body,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
