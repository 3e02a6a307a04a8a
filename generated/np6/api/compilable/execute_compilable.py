# Generated from POST /scripting/compilables/{id}/execution (operation execute_compilable) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any
from uuid import UUID

import httpx

from ... import _decoding, _operations, _paths, _validation
from ...client import BaseClient
from ...models.compilable_execution_result import CompilableExecutionResult
from ...models.execute_compilable_body import ExecuteCompilableBody
from ...types import Response, status

METHOD = "POST"
PATH = "/scripting/compilables/{id}/execution"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "execute_compilable",
    METHOD,
    PATH,
    idempotent=False,
    media_types=("application/json",),
)
#: Name of this operation (its module and function name), used in errors and logs.
OPERATION_ID = OPERATION.id


@_validation.encodes(OPERATION_ID)
def _get_kwargs(
    id: UUID,
    *,
    body: ExecuteCompilableBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        # Each value fills one path segment or is refused before sending (np6/_paths.py).
        "url": _paths.expand(
            OPERATION_ID,
            PATH,
            {
                "id": (id, UUID),
            },
        ),
    }

    _validation.check_body(
        OPERATION_ID, body, _validation.is_instance(body, ExecuteCompilableBody), "ExecuteCompilableBody"
    )

    _kwargs["json"] = _validation.json_body(OPERATION_ID, body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CompilableExecutionResult:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    response_200: CompilableExecutionResult = _decoding.decode(response.content, CompilableExecutionResult)
    return response_200


def _build_response(response: httpx.Response) -> Response[CompilableExecutionResult]:
    parsed = BaseClient.decode(response, OPERATION_ID, _parse_response) if 200 <= response.status_code < 300 else None
    return Response(
        status_code=status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    id: UUID,
    *,
    client: BaseClient,
    body: ExecuteCompilableBody,
) -> Response[CompilableExecutionResult]:
    """Execute a compilable

    Runs a compilable with the given arguments (any JSON object) and returns its result.

    Args:
        id (UUID):  Example: 6d1f0c3e-8a43-4d0b-9a57-3f7c2b1e9d10.
        body (ExecuteCompilableBody):

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[CompilableExecutionResult]: status, headers, raw content; ``parsed`` is set for 2xx only.
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
    id: UUID,
    *,
    client: BaseClient,
    body: ExecuteCompilableBody,
) -> CompilableExecutionResult:
    """Execute a compilable

    Runs a compilable with the given arguments (any JSON object) and returns its result.

    Args:
        id (UUID):  Example: 6d1f0c3e-8a43-4d0b-9a57-3f7c2b1e9d10.
        body (ExecuteCompilableBody):

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        CompilableExecutionResult
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
    id: UUID,
    *,
    client: BaseClient,
    body: ExecuteCompilableBody,
) -> Response[CompilableExecutionResult]:
    """Execute a compilable

    Runs a compilable with the given arguments (any JSON object) and returns its result.

    Args:
        id (UUID):  Example: 6d1f0c3e-8a43-4d0b-9a57-3f7c2b1e9d10.
        body (ExecuteCompilableBody):

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[CompilableExecutionResult]: status, headers, raw content; ``parsed`` is set for 2xx only.
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
    id: UUID,
    *,
    client: BaseClient,
    body: ExecuteCompilableBody,
) -> CompilableExecutionResult:
    """Execute a compilable

    Runs a compilable with the given arguments (any JSON object) and returns its result.

    Args:
        id (UUID):  Example: 6d1f0c3e-8a43-4d0b-9a57-3f7c2b1e9d10.
        body (ExecuteCompilableBody):

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        CompilableExecutionResult
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            body=body,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
