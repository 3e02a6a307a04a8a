# Generated from POST /imports (operation create_import) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any

import httpx

from ... import _decoding, _operations, _validation
from ...client import BaseClient
from ...models.import_definition import ImportDefinition
from ...types import Response, status

METHOD = "POST"
PATH = "/imports"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "create_import",
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
    body: ImportDefinition,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/imports",
    }

    _validation.check_body(OPERATION_ID, body, _validation.is_instance(body, ImportDefinition), "ImportDefinition")

    _kwargs["json"] = _validation.json_body(OPERATION_ID, body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ImportDefinition:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    response_200: ImportDefinition = _decoding.decode(response.content, ImportDefinition)
    return response_200


def _build_response(response: httpx.Response) -> Response[ImportDefinition]:
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
    body: ImportDefinition,
) -> Response[ImportDefinition]:
    """Create an import definition

    Creates an import definition and returns it with its identifier. Send `id: null`; the
    dates are set by NP6. A definition without scheduler is run with
    `PUT /imports/{id}/source` (upload the file) then `POST /imports/{id}/executions`.

    Args:
        body (ImportDefinition): An import definition: the import format (`binding`, the mapping
            of file columns to
            fields), what the import does (`features`), where the file comes from (`source`) and,
            for automatic imports, its `scheduler`. NP6 reads and writes this one model; on
            creation `id` is null and the dates are ignored.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[ImportDefinition]: status, headers, raw content; ``parsed`` is set for 2xx only.
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
    body: ImportDefinition,
) -> ImportDefinition:
    """Create an import definition

    Creates an import definition and returns it with its identifier. Send `id: null`; the
    dates are set by NP6. A definition without scheduler is run with
    `PUT /imports/{id}/source` (upload the file) then `POST /imports/{id}/executions`.

    Args:
        body (ImportDefinition): An import definition: the import format (`binding`, the mapping
            of file columns to
            fields), what the import does (`features`), where the file comes from (`source`) and,
            for automatic imports, its `scheduler`. NP6 reads and writes this one model; on
            creation `id` is null and the dates are ignored.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        ImportDefinition
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
    body: ImportDefinition,
) -> Response[ImportDefinition]:
    """Create an import definition

    Creates an import definition and returns it with its identifier. Send `id: null`; the
    dates are set by NP6. A definition without scheduler is run with
    `PUT /imports/{id}/source` (upload the file) then `POST /imports/{id}/executions`.

    Args:
        body (ImportDefinition): An import definition: the import format (`binding`, the mapping
            of file columns to
            fields), what the import does (`features`), where the file comes from (`source`) and,
            for automatic imports, its `scheduler`. NP6 reads and writes this one model; on
            creation `id` is null and the dates are ignored.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[ImportDefinition]: status, headers, raw content; ``parsed`` is set for 2xx only.
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
    body: ImportDefinition,
) -> ImportDefinition:
    """Create an import definition

    Creates an import definition and returns it with its identifier. Send `id: null`; the
    dates are set by NP6. A definition without scheduler is run with
    `PUT /imports/{id}/source` (upload the file) then `POST /imports/{id}/executions`.

    Args:
        body (ImportDefinition): An import definition: the import format (`binding`, the mapping
            of file columns to
            fields), what the import does (`features`), where the file comes from (`source`) and,
            for automatic imports, its `scheduler`. NP6 reads and writes this one model; on
            creation `id` is null and the dates are ignored.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        ImportDefinition
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            body=body,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
