# Generated from POST /imports/{id}/executions (operation start_import_execution) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any

import httpx

from ... import _decoding, _operations, _paths, _validation
from ...client import BaseClient
from ...models.import_definition import ImportDefinition
from ...models.import_execution import ImportExecution
from ...types import UNSET, Response, Unset, status

METHOD = "POST"
PATH = "/imports/{id}/executions"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "start_import_execution",
    METHOD,
    PATH,
    idempotent=False,
    media_types=("application/json",),
)
#: Name of this operation (its module and function name), used in errors and logs.
OPERATION_ID = OPERATION.id


@_validation.encodes(OPERATION_ID)
def _get_kwargs(
    id: int,
    *,
    body: ImportDefinition | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        # Each value fills one path segment or is refused before sending (np6/_paths.py).
        "url": _paths.expand(
            OPERATION_ID,
            PATH,
            {
                "id": (id, int),
            },
        ),
    }

    if not isinstance(body, Unset):
        _validation.check_body(OPERATION_ID, body, _validation.is_instance(body, ImportDefinition), "ImportDefinition")

        _kwargs["json"] = _validation.json_body(OPERATION_ID, body)

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ImportExecution:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    response_200: ImportExecution = _decoding.decode(response.content, ImportExecution)
    return response_200


def _build_response(response: httpx.Response) -> Response[ImportExecution]:
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
    body: ImportDefinition | Unset = UNSET,
) -> Response[ImportExecution]:
    """Start an import execution

    Starts a new execution of the import (after uploading its file with
    `PUT /imports/{id}/source`). The body may change the definition for this execution, in
    the import definition model (the v8 documentation sends at least the `binding`).
    Never retried automatically: each call starts an execution.

    Args:
        id (int):  Example: 23.
        body (ImportDefinition | Unset): An import definition: the import format (`binding`, the
            mapping of file columns to
            fields), what the import does (`features`), where the file comes from (`source`) and,
            for automatic imports, its `scheduler`. NP6 reads and writes this one model; on
            creation `id` is null and the dates are ignored.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[ImportExecution]: status, headers, raw content; ``parsed`` is set for 2xx only.
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
    body: ImportDefinition | Unset = UNSET,
) -> ImportExecution:
    """Start an import execution

    Starts a new execution of the import (after uploading its file with
    `PUT /imports/{id}/source`). The body may change the definition for this execution, in
    the import definition model (the v8 documentation sends at least the `binding`).
    Never retried automatically: each call starts an execution.

    Args:
        id (int):  Example: 23.
        body (ImportDefinition | Unset): An import definition: the import format (`binding`, the
            mapping of file columns to
            fields), what the import does (`features`), where the file comes from (`source`) and,
            for automatic imports, its `scheduler`. NP6 reads and writes this one model; on
            creation `id` is null and the dates are ignored.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        ImportExecution
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
    body: ImportDefinition | Unset = UNSET,
) -> Response[ImportExecution]:
    """Start an import execution

    Starts a new execution of the import (after uploading its file with
    `PUT /imports/{id}/source`). The body may change the definition for this execution, in
    the import definition model (the v8 documentation sends at least the `binding`).
    Never retried automatically: each call starts an execution.

    Args:
        id (int):  Example: 23.
        body (ImportDefinition | Unset): An import definition: the import format (`binding`, the
            mapping of file columns to
            fields), what the import does (`features`), where the file comes from (`source`) and,
            for automatic imports, its `scheduler`. NP6 reads and writes this one model; on
            creation `id` is null and the dates are ignored.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[ImportExecution]: status, headers, raw content; ``parsed`` is set for 2xx only.
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
    body: ImportDefinition | Unset = UNSET,
) -> ImportExecution:
    """Start an import execution

    Starts a new execution of the import (after uploading its file with
    `PUT /imports/{id}/source`). The body may change the definition for this execution, in
    the import definition model (the v8 documentation sends at least the `binding`).
    Never retried automatically: each call starts an execution.

    Args:
        id (int):  Example: 23.
        body (ImportDefinition | Unset): An import definition: the import format (`binding`, the
            mapping of file columns to
            fields), what the import does (`features`), where the file comes from (`source`) and,
            for automatic imports, its `scheduler`. NP6 reads and writes this one model; on
            creation `id` is null and the dates are ignored.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        ImportExecution
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            body=body,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
