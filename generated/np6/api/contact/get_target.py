# Generated from GET /targets/{id} (operation get_target) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any

import httpx

from ... import _decoding, _operations, _paths, _validation
from ...client import BaseClient
from ...models.target import Target
from ...models.target_field_filter import TargetFieldFilter
from ...types import UNSET, Response, Unset, status

METHOD = "GET"
PATH = "/targets/{id}"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "get_target",
    METHOD,
    PATH,
    idempotent=True,
    media_types=("application/vnd.mperf.v8.model.v1+json",),
)
#: Name of this operation (its module and function name), used in errors and logs.
OPERATION_ID = OPERATION.id


@_validation.encodes(OPERATION_ID)
def _get_kwargs(
    id: str,
    *,
    body: TargetFieldFilter | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Each value fills one path segment or is refused before sending (np6/_paths.py).
        "url": _paths.expand(
            OPERATION_ID,
            PATH,
            {
                "id": (id, str),
            },
        ),
    }

    if not isinstance(body, Unset):
        _validation.check_body(
            OPERATION_ID, body, _validation.is_instance(body, TargetFieldFilter), "TargetFieldFilter"
        )

        _kwargs["json"] = _validation.json_body(OPERATION_ID, body)

        headers["Content-Type"] = "application/vnd.mperf.v8.model.v1+json"

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
    body: TargetFieldFilter | Unset = UNSET,
) -> Response[Target]:
    """Get a contact (experimental)

    Returns one contact, its values keyed by field id under `fields`. NP6 flags the
    operation as experimental. The reference documents an optional request body in
    `application/vnd.mperf.v8.model.v1+json` to restrict the output to some field ids
    (its sample sends `{}`); the reference prints no media type for the answer.

    Args:
        id (str):  Example: 000MLGPR.
        body (TargetFieldFilter | Unset): Optional body of `GET /targets/{id}` in
            `application/vnd.mperf.v8.model.v1+json`: NP6
            describes it as the comma-separated field ids to keep in the output, without documenting
            its properties (the reference's sample sends `{}`).

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
    body: TargetFieldFilter | Unset = UNSET,
) -> Target:
    """Get a contact (experimental)

    Returns one contact, its values keyed by field id under `fields`. NP6 flags the
    operation as experimental. The reference documents an optional request body in
    `application/vnd.mperf.v8.model.v1+json` to restrict the output to some field ids
    (its sample sends `{}`); the reference prints no media type for the answer.

    Args:
        id (str):  Example: 000MLGPR.
        body (TargetFieldFilter | Unset): Optional body of `GET /targets/{id}` in
            `application/vnd.mperf.v8.model.v1+json`: NP6
            describes it as the comma-separated field ids to keep in the output, without documenting
            its properties (the reference's sample sends `{}`).

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
    body: TargetFieldFilter | Unset = UNSET,
) -> Response[Target]:
    """Get a contact (experimental)

    Returns one contact, its values keyed by field id under `fields`. NP6 flags the
    operation as experimental. The reference documents an optional request body in
    `application/vnd.mperf.v8.model.v1+json` to restrict the output to some field ids
    (its sample sends `{}`); the reference prints no media type for the answer.

    Args:
        id (str):  Example: 000MLGPR.
        body (TargetFieldFilter | Unset): Optional body of `GET /targets/{id}` in
            `application/vnd.mperf.v8.model.v1+json`: NP6
            describes it as the comma-separated field ids to keep in the output, without documenting
            its properties (the reference's sample sends `{}`).

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
    body: TargetFieldFilter | Unset = UNSET,
) -> Target:
    """Get a contact (experimental)

    Returns one contact, its values keyed by field id under `fields`. NP6 flags the
    operation as experimental. The reference documents an optional request body in
    `application/vnd.mperf.v8.model.v1+json` to restrict the output to some field ids
    (its sample sends `{}`); the reference prints no media type for the answer.

    Args:
        id (str):  Example: 000MLGPR.
        body (TargetFieldFilter | Unset): Optional body of `GET /targets/{id}` in
            `application/vnd.mperf.v8.model.v1+json`: NP6
            describes it as the comma-separated field ids to keep in the output, without documenting
            its properties (the reference's sample sends `{}`).

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
