# Generated from POST /parameters/applications (operation create_notifiable_application) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any

import httpx

from ... import _decoding, _operations, _validation
from ...client import BaseClient
from ...models.notifiable_application import NotifiableApplication
from ...types import Response, status

METHOD = "POST"
PATH = "/parameters/applications"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "create_notifiable_application",
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
    body: NotifiableApplication,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/parameters/applications",
    }

    _validation.check_body(
        OPERATION_ID, body, _validation.is_instance(body, NotifiableApplication), "NotifiableApplication"
    )

    _kwargs["json"] = _validation.json_body(OPERATION_ID, body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> NotifiableApplication:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    response_200: NotifiableApplication = _decoding.decode(response.content, NotifiableApplication)
    return response_200


def _build_response(response: httpx.Response) -> Response[NotifiableApplication]:
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
    body: NotifiableApplication,
) -> Response[NotifiableApplication]:
    """Create a notifiable application

    Creates a mobile application (id and stamp are null in the request) and returns it with its
    identifier.

    Args:
        body (NotifiableApplication): A mobile application notifications can be pushed to.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[NotifiableApplication]: status, headers, raw content; ``parsed`` is set for 2xx only.
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
    body: NotifiableApplication,
) -> NotifiableApplication:
    """Create a notifiable application

    Creates a mobile application (id and stamp are null in the request) and returns it with its
    identifier.

    Args:
        body (NotifiableApplication): A mobile application notifications can be pushed to.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        NotifiableApplication
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
    body: NotifiableApplication,
) -> Response[NotifiableApplication]:
    """Create a notifiable application

    Creates a mobile application (id and stamp are null in the request) and returns it with its
    identifier.

    Args:
        body (NotifiableApplication): A mobile application notifications can be pushed to.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[NotifiableApplication]: status, headers, raw content; ``parsed`` is set for 2xx only.
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
    body: NotifiableApplication,
) -> NotifiableApplication:
    """Create a notifiable application

    Creates a mobile application (id and stamp are null in the request) and returns it with its
    identifier.

    Args:
        body (NotifiableApplication): A mobile application notifications can be pushed to.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        NotifiableApplication
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            body=body,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
