# Generated from DELETE /targets (operation delete_targets) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any

import httpx

from ... import _decoding, _operations, _validation
from ...client import BaseClient
from ...models.deleted_target import DeletedTarget
from ...models.target_deletion_by_id import TargetDeletionById
from ...models.target_deletion_by_segment import TargetDeletionBySegment
from ...models.target_deletion_by_unicity import TargetDeletionByUnicity
from ...types import Response, status

METHOD = "DELETE"
PATH = "/targets"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "delete_targets",
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
    body: TargetDeletionById | TargetDeletionBySegment | TargetDeletionByUnicity,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/targets",
    }

    _validation.check_body(
        OPERATION_ID,
        body,
        _validation.is_instance(
            body,
            (
                TargetDeletionByUnicity,
                TargetDeletionById,
                TargetDeletionBySegment,
            ),
        ),
        "TargetDeletionById | TargetDeletionBySegment | TargetDeletionByUnicity",
    )

    _kwargs["json"] = _validation.json_body(OPERATION_ID, body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> list[DeletedTarget] | None:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    if response.status_code == 204:
        return None
    response_200: list[DeletedTarget] = _decoding.decode(response.content, list[DeletedTarget])
    return response_200


def _build_response(response: httpx.Response) -> Response[list[DeletedTarget] | None]:
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
    body: TargetDeletionById | TargetDeletionBySegment | TargetDeletionByUnicity,
) -> Response[list[DeletedTarget] | None]:
    """Delete contacts in bulk

    Deletes several contacts at once, chosen by unicity values, by identifiers or as every
    contact of a segment (`type` says which). The 8.1.0 reference answers 204 without a
    body; the v8 documentation answered 200 with the deleted contacts, and both are
    accepted here.

    Args:
        body (TargetDeletionById | TargetDeletionBySegment | TargetDeletionByUnicity): Which
            contacts a bulk deletion removes, discriminated by `type` (unicity, id or segment).

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[list[DeletedTarget] | None]: status, headers, raw content; ``parsed`` is set for 2xx only.
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
    body: TargetDeletionById | TargetDeletionBySegment | TargetDeletionByUnicity,
) -> list[DeletedTarget] | None:
    """Delete contacts in bulk

    Deletes several contacts at once, chosen by unicity values, by identifiers or as every
    contact of a segment (`type` says which). The 8.1.0 reference answers 204 without a
    body; the v8 documentation answered 200 with the deleted contacts, and both are
    accepted here.

    Args:
        body (TargetDeletionById | TargetDeletionBySegment | TargetDeletionByUnicity): Which
            contacts a bulk deletion removes, discriminated by `type` (unicity, id or segment).

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        list[DeletedTarget] | None
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
    body: TargetDeletionById | TargetDeletionBySegment | TargetDeletionByUnicity,
) -> Response[list[DeletedTarget] | None]:
    """Delete contacts in bulk

    Deletes several contacts at once, chosen by unicity values, by identifiers or as every
    contact of a segment (`type` says which). The 8.1.0 reference answers 204 without a
    body; the v8 documentation answered 200 with the deleted contacts, and both are
    accepted here.

    Args:
        body (TargetDeletionById | TargetDeletionBySegment | TargetDeletionByUnicity): Which
            contacts a bulk deletion removes, discriminated by `type` (unicity, id or segment).

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[list[DeletedTarget] | None]: status, headers, raw content; ``parsed`` is set for 2xx only.
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
    body: TargetDeletionById | TargetDeletionBySegment | TargetDeletionByUnicity,
) -> list[DeletedTarget] | None:
    """Delete contacts in bulk

    Deletes several contacts at once, chosen by unicity values, by identifiers or as every
    contact of a segment (`type` says which). The 8.1.0 reference answers 204 without a
    body; the v8 documentation answered 200 with the deleted contacts, and both are
    accepted here.

    Args:
        body (TargetDeletionById | TargetDeletionBySegment | TargetDeletionByUnicity): Which
            contacts a bulk deletion removes, discriminated by `type` (unicity, id or segment).

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        list[DeletedTarget] | None
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            body=body,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
