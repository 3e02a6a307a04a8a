# Generated from POST /notifications/{id}/versions/{version}/test (operation test_notification_version) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any
from uuid import UUID

import httpx

from ... import _operations, _paths, _validation
from ...client import BaseClient
from ...models.notification_test_request import NotificationTestRequest
from ...types import Response, status

METHOD = "POST"
PATH = "/notifications/{id}/versions/{version}/test"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "test_notification_version",
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
    version: UUID,
    *,
    body: NotificationTestRequest,
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
                "version": (version, UUID),
            },
        ),
    }

    _validation.check_body(
        OPERATION_ID, body, _validation.is_instance(body, NotificationTestRequest), "NotificationTestRequest"
    )

    _kwargs["json"] = _validation.json_body(OPERATION_ID, body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    return None


def _build_response(response: httpx.Response) -> Response[None]:
    parsed = BaseClient.decode(response, OPERATION_ID, _parse_response) if 200 <= response.status_code < 300 else None
    return Response(
        status_code=status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    id: int,
    version: UUID,
    *,
    client: BaseClient,
    body: NotificationTestRequest,
) -> Response[None]:
    """Test a notification version

    Sends a version of a notification to one contact as a test, with optional content,
    expiration, redirection and channel overrides. The reference page does not show the
    response, so none is decoded.

    Args:
        id (int):  Example: 42.
        version (UUID):  Example: 8b898373-21c7-4028-b85f-cc5068e68df9.
        body (NotificationTestRequest): A test send of a notification version to one contact.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[None]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            version=version,
            body=body,
        ),
    )
    return _build_response(response)


def sync(
    id: int,
    version: UUID,
    *,
    client: BaseClient,
    body: NotificationTestRequest,
) -> None:
    """Test a notification version

    Sends a version of a notification to one contact as a test, with optional content,
    expiration, redirection and channel overrides. The reference page does not show the
    response, so none is decoded.

    Args:
        id (int):  Example: 42.
        version (UUID):  Example: 8b898373-21c7-4028-b85f-cc5068e68df9.
        body (NotificationTestRequest): A test send of a notification version to one contact.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        None
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            version=version,
            body=body,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)


async def asyncio_detailed(
    id: int,
    version: UUID,
    *,
    client: BaseClient,
    body: NotificationTestRequest,
) -> Response[None]:
    """Test a notification version

    Sends a version of a notification to one contact as a test, with optional content,
    expiration, redirection and channel overrides. The reference page does not show the
    response, so none is decoded.

    Args:
        id (int):  Example: 42.
        version (UUID):  Example: 8b898373-21c7-4028-b85f-cc5068e68df9.
        body (NotificationTestRequest): A test send of a notification version to one contact.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[None]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            version=version,
            body=body,
        ),
    )
    return _build_response(response)


async def asyncio(
    id: int,
    version: UUID,
    *,
    client: BaseClient,
    body: NotificationTestRequest,
) -> None:
    """Test a notification version

    Sends a version of a notification to one contact as a test, with optional content,
    expiration, redirection and channel overrides. The reference page does not show the
    response, so none is decoded.

    Args:
        id (int):  Example: 42.
        version (UUID):  Example: 8b898373-21c7-4028-b85f-cc5068e68df9.
        body (NotificationTestRequest): A test send of a notification version to one contact.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        None
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            version=version,
            body=body,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
