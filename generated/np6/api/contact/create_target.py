# Generated from POST /targets (operation create_target) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any

import httpx

from ... import _decoding, _operations, _validation
from ...client import BaseClient
from ...models.document import Document
from ...models.target import Target
from ...types import Response, status

METHOD = "POST"
PATH = "/targets"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "create_target",
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
    body: Document,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/targets",
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
    *,
    client: BaseClient,
    body: Document,
) -> Response[Target]:
    """Create a contact

    Creates a contact from its values keyed by field **name** at the top level of the body
    (`{"Email": "alice@example.com"}`), not by field id and not under `fields`; the answer
    is the contact in the read shape (values keyed by field **id** under `fields`).

    NP6 answers 409 when a contact with the same unicity value exists (clients use it as an
    idempotent "create if absent"), 400 when the unicity field is missing from the body
    ("target cannot be identified - unicity is null"), which is what a body keyed by field
    id or wrapped in `fields` gets, and 411 to a POST without Content-Length (the client
    always sends one).

    Args:
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
            body=body,
        ),
    )
    return _build_response(response)


def sync(
    *,
    client: BaseClient,
    body: Document,
) -> Target:
    """Create a contact

    Creates a contact from its values keyed by field **name** at the top level of the body
    (`{"Email": "alice@example.com"}`), not by field id and not under `fields`; the answer
    is the contact in the read shape (values keyed by field **id** under `fields`).

    NP6 answers 409 when a contact with the same unicity value exists (clients use it as an
    idempotent "create if absent"), 400 when the unicity field is missing from the body
    ("target cannot be identified - unicity is null"), which is what a body keyed by field
    id or wrapped in `fields` gets, and 411 to a POST without Content-Length (the client
    always sends one).

    Args:
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
            body=body,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)


async def asyncio_detailed(
    *,
    client: BaseClient,
    body: Document,
) -> Response[Target]:
    """Create a contact

    Creates a contact from its values keyed by field **name** at the top level of the body
    (`{"Email": "alice@example.com"}`), not by field id and not under `fields`; the answer
    is the contact in the read shape (values keyed by field **id** under `fields`).

    NP6 answers 409 when a contact with the same unicity value exists (clients use it as an
    idempotent "create if absent"), 400 when the unicity field is missing from the body
    ("target cannot be identified - unicity is null"), which is what a body keyed by field
    id or wrapped in `fields` gets, and 411 to a POST without Content-Length (the client
    always sends one).

    Args:
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
            body=body,
        ),
    )
    return _build_response(response)


async def asyncio(
    *,
    client: BaseClient,
    body: Document,
) -> Target:
    """Create a contact

    Creates a contact from its values keyed by field **name** at the top level of the body
    (`{"Email": "alice@example.com"}`), not by field id and not under `fields`; the answer
    is the contact in the read shape (values keyed by field **id** under `fields`).

    NP6 answers 409 when a contact with the same unicity value exists (clients use it as an
    idempotent "create if absent"), 400 when the unicity field is missing from the body
    ("target cannot be identified - unicity is null"), which is what a body keyed by field
    id or wrapped in `fields` gets, and 411 to a POST without Content-Length (the client
    always sends one).

    Args:
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
            body=body,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
