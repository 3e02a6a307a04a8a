# Generated from GET /scripting/workflows/{id}/capping (operation list_workflow_capping) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any

import httpx

from ... import _decoding, _operations, _paths, _validation
from ...client import BaseClient
from ...models.workflow_capping_rule import WorkflowCappingRule
from ...types import Response, status

METHOD = "GET"
PATH = "/scripting/workflows/{id}/capping"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "list_workflow_capping",
    METHOD,
    PATH,
    idempotent=True,
)
#: Name of this operation (its module and function name), used in errors and logs.
OPERATION_ID = OPERATION.id


@_validation.encodes(OPERATION_ID)
def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Each value fills one path segment or is refused before sending (np6/_paths.py).
        "url": _paths.expand(
            OPERATION_ID,
            PATH,
            {
                "id": (id, int),
            },
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[WorkflowCappingRule]:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    response_200: list[WorkflowCappingRule] = _decoding.decode(response.content, list[WorkflowCappingRule])
    return response_200


def _build_response(response: httpx.Response) -> Response[list[WorkflowCappingRule]]:
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
) -> Response[list[WorkflowCappingRule]]:
    """List the capping rules of a workflow

    Returns the capping rules of a workflow (how often its nodes may run for a key over a period).

    Args:
        id (int):  Example: 812.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[list[WorkflowCappingRule]]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
        ),
    )
    return _build_response(response)


def sync(
    id: int,
    *,
    client: BaseClient,
) -> list[WorkflowCappingRule]:
    """List the capping rules of a workflow

    Returns the capping rules of a workflow (how often its nodes may run for a key over a period).

    Args:
        id (int):  Example: 812.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        list[WorkflowCappingRule]
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)


async def asyncio_detailed(
    id: int,
    *,
    client: BaseClient,
) -> Response[list[WorkflowCappingRule]]:
    """List the capping rules of a workflow

    Returns the capping rules of a workflow (how often its nodes may run for a key over a period).

    Args:
        id (int):  Example: 812.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[list[WorkflowCappingRule]]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
        ),
    )
    return _build_response(response)


async def asyncio(
    id: int,
    *,
    client: BaseClient,
) -> list[WorkflowCappingRule]:
    """List the capping rules of a workflow

    Returns the capping rules of a workflow (how often its nodes may run for a key over a period).

    Args:
        id (int):  Example: 812.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        list[WorkflowCappingRule]
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
