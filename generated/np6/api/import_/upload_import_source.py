# Generated from PUT /imports/{id}/source (operation upload_import_source) by templates/endpoint_module.py.jinja: do not edit.
from typing import IO, Any

import httpx

from ... import _decoding, _operations, _paths, _validation
from ...client import BaseClient
from ...models.import_source import ImportSource
from ...types import UNSET, File, Response, Unset, status

METHOD = "PUT"
PATH = "/imports/{id}/source"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "upload_import_source",
    METHOD,
    PATH,
    idempotent=True,
    media_types=("application/octet-stream",),
)
#: Name of this operation (its module and function name), used in errors and logs.
OPERATION_ID = OPERATION.id


@_validation.encodes(OPERATION_ID)
def _get_kwargs(
    id: int,
    *,
    body: bytes | IO[bytes] | File,
    content_disposition: str | Unset = UNSET,
    asynchronous: bool = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(content_disposition, Unset):
        headers["Content-Disposition"] = content_disposition

    _kwargs: dict[str, Any] = {
        "method": "put",
        # Each value fills one path segment or is refused before sending (np6/_paths.py).
        "url": _paths.expand(
            OPERATION_ID,
            PATH,
            {
                "id": (id, int),
            },
        ),
    }

    _kwargs["content"], content_length = _validation.binary_body(OPERATION_ID, body, asynchronous=asynchronous)
    if content_length is not None:
        headers["Content-Length"] = str(content_length)

    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ImportSource:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    response_200: ImportSource = _decoding.decode(response.content, ImportSource)
    return response_200


def _build_response(response: httpx.Response) -> Response[ImportSource]:
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
    body: bytes | IO[bytes] | File,
    content_disposition: str | Unset = UNSET,
) -> Response[ImportSource]:
    """Upload the file of an import

    Sends the file an import definition will read, as the raw request body
    (`application/octet-stream`), and returns the resulting file source. The v8
    documentation also sends `Content-Disposition: form-data; filename=<name>` so that NP6
    knows the file name (it stores the file under a prefixed name). Then start the import
    with `POST /imports/{id}/executions`.

    Args:
        id (int):  Example: 23.
        content_disposition (str | Unset):
        body (File):

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[ImportSource]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            body=body,
            content_disposition=content_disposition,
        ),
    )
    return _build_response(response)


def sync(
    id: int,
    *,
    client: BaseClient,
    body: bytes | IO[bytes] | File,
    content_disposition: str | Unset = UNSET,
) -> ImportSource:
    """Upload the file of an import

    Sends the file an import definition will read, as the raw request body
    (`application/octet-stream`), and returns the resulting file source. The v8
    documentation also sends `Content-Disposition: form-data; filename=<name>` so that NP6
    knows the file name (it stores the file under a prefixed name). Then start the import
    with `POST /imports/{id}/executions`.

    Args:
        id (int):  Example: 23.
        content_disposition (str | Unset):
        body (File):

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        ImportSource
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            body=body,
            content_disposition=content_disposition,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)


async def asyncio_detailed(
    id: int,
    *,
    client: BaseClient,
    body: bytes | IO[bytes] | File,
    content_disposition: str | Unset = UNSET,
) -> Response[ImportSource]:
    """Upload the file of an import

    Sends the file an import definition will read, as the raw request body
    (`application/octet-stream`), and returns the resulting file source. The v8
    documentation also sends `Content-Disposition: form-data; filename=<name>` so that NP6
    knows the file name (it stores the file under a prefixed name). Then start the import
    with `POST /imports/{id}/executions`.

    Args:
        id (int):  Example: 23.
        content_disposition (str | Unset):
        body (File):

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[ImportSource]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            body=body,
            content_disposition=content_disposition,
            asynchronous=True,
        ),
    )
    return _build_response(response)


async def asyncio(
    id: int,
    *,
    client: BaseClient,
    body: bytes | IO[bytes] | File,
    content_disposition: str | Unset = UNSET,
) -> ImportSource:
    """Upload the file of an import

    Sends the file an import definition will read, as the raw request body
    (`application/octet-stream`), and returns the resulting file source. The v8
    documentation also sends `Content-Disposition: form-data; filename=<name>` so that NP6
    knows the file name (it stores the file under a prefixed name). Then start the import
    with `POST /imports/{id}/executions`.

    Args:
        id (int):  Example: 23.
        content_disposition (str | Unset):
        body (File):

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        ImportSource
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            body=body,
            content_disposition=content_disposition,
            asynchronous=True,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
