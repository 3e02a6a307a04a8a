# Generated from POST /actions/{id}/execution (operation send_action_message) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any, Literal, cast

import httpx

from ... import _decoding, _operations, _paths, _validation
from ...client import BaseClient
from ...models.execution_email_request import ExecutionEmailRequest
from ...models.execution_result import ExecutionResult
from ...models.execution_sms_request import ExecutionSmsRequest
from ...types import Response, status

METHOD = "POST"
PATH = "/actions/{id}/execution"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "send_action_message",
    METHOD,
    PATH,
    idempotent=False,
    media_types=(
        "application/vnd.np6.cm.email",
        "application/vnd.np6.cm.sms",
    ),
)
#: Name of this operation (its module and function name), used in errors and logs.
OPERATION_ID = OPERATION.id
#: The request media types this operation documents (``content_type=``; the first is the default).
CONTENT_TYPES: tuple[str, ...] = OPERATION.media_types


@_validation.encodes(OPERATION_ID)
def _get_kwargs(
    id: str,
    *,
    body: ExecutionEmailRequest | ExecutionSmsRequest,
    content_type: Literal[
        "application/vnd.np6.cm.email", "application/vnd.np6.cm.sms"
    ] = "application/vnd.np6.cm.email",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        # Each value fills one path segment or is refused before sending (np6/_paths.py).
        "url": _paths.expand(
            OPERATION_ID,
            PATH,
            {
                "id": (id, str),
            },
        ),
    }

    _validation.check_content_type(OPERATION_ID, content_type, CONTENT_TYPES)
    if content_type == "application/vnd.np6.cm.email":
        if not _validation.is_instance(body, ExecutionEmailRequest):
            raise _validation.body_mismatch(OPERATION_ID, content_type, "ExecutionEmailRequest", body)
        body_0 = cast(ExecutionEmailRequest, body)
        _kwargs["json"] = _validation.json_body(OPERATION_ID, body_0)

    elif content_type == "application/vnd.np6.cm.sms":
        if not _validation.is_instance(body, ExecutionSmsRequest):
            raise _validation.body_mismatch(OPERATION_ID, content_type, "ExecutionSmsRequest", body)
        body_1 = cast(ExecutionSmsRequest, body)
        _kwargs["json"] = _validation.json_body(OPERATION_ID, body_1)

    headers["Content-Type"] = content_type

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ExecutionResult:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    response_200: ExecutionResult = _decoding.decode(response.content, ExecutionResult)
    return response_200


def _build_response(response: httpx.Response) -> Response[ExecutionResult]:
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
    body: ExecutionEmailRequest | ExecutionSmsRequest,
    content_type: Literal[
        "application/vnd.np6.cm.email", "application/vnd.np6.cm.sms"
    ] = "application/vnd.np6.cm.email",
) -> Response[ExecutionResult]:
    """Send a message

    Sends one message of a message action (mailMessage or smsMessage) to one recipient and
    returns its result. The body is an email (application/vnd.np6.cm.email) or an SMS
    (application/vnd.np6.cm.sms) message definition; plain JSON gets 415.

    The action must have passed both validation phases (see validateAction): otherwise NP6
    answers 409 with an empty body. Not idempotent: a retried call can send the message
    twice.

    Args:
        id (str):  Example: 000ABC.
        body (ExecutionEmailRequest | ExecutionSmsRequest): what is sent; its type must match
            content_type.
        content_type (str): the media type the body is sent as, "application/vnd.np6.cm.email" or
            "application/vnd.np6.cm.sms" (default: the first); any other is refused before sending.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[ExecutionResult]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            body=body,
            content_type=content_type,
        ),
    )
    return _build_response(response)


def sync(
    id: str,
    *,
    client: BaseClient,
    body: ExecutionEmailRequest | ExecutionSmsRequest,
    content_type: Literal[
        "application/vnd.np6.cm.email", "application/vnd.np6.cm.sms"
    ] = "application/vnd.np6.cm.email",
) -> ExecutionResult:
    """Send a message

    Sends one message of a message action (mailMessage or smsMessage) to one recipient and
    returns its result. The body is an email (application/vnd.np6.cm.email) or an SMS
    (application/vnd.np6.cm.sms) message definition; plain JSON gets 415.

    The action must have passed both validation phases (see validateAction): otherwise NP6
    answers 409 with an empty body. Not idempotent: a retried call can send the message
    twice.

    Args:
        id (str):  Example: 000ABC.
        body (ExecutionEmailRequest | ExecutionSmsRequest): what is sent; its type must match
            content_type.
        content_type (str): the media type the body is sent as, "application/vnd.np6.cm.email" or
            "application/vnd.np6.cm.sms" (default: the first); any other is refused before sending.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        ExecutionResult
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            body=body,
            content_type=content_type,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)


async def asyncio_detailed(
    id: str,
    *,
    client: BaseClient,
    body: ExecutionEmailRequest | ExecutionSmsRequest,
    content_type: Literal[
        "application/vnd.np6.cm.email", "application/vnd.np6.cm.sms"
    ] = "application/vnd.np6.cm.email",
) -> Response[ExecutionResult]:
    """Send a message

    Sends one message of a message action (mailMessage or smsMessage) to one recipient and
    returns its result. The body is an email (application/vnd.np6.cm.email) or an SMS
    (application/vnd.np6.cm.sms) message definition; plain JSON gets 415.

    The action must have passed both validation phases (see validateAction): otherwise NP6
    answers 409 with an empty body. Not idempotent: a retried call can send the message
    twice.

    Args:
        id (str):  Example: 000ABC.
        body (ExecutionEmailRequest | ExecutionSmsRequest): what is sent; its type must match
            content_type.
        content_type (str): the media type the body is sent as, "application/vnd.np6.cm.email" or
            "application/vnd.np6.cm.sms" (default: the first); any other is refused before sending.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[ExecutionResult]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            body=body,
            content_type=content_type,
        ),
    )
    return _build_response(response)


async def asyncio(
    id: str,
    *,
    client: BaseClient,
    body: ExecutionEmailRequest | ExecutionSmsRequest,
    content_type: Literal[
        "application/vnd.np6.cm.email", "application/vnd.np6.cm.sms"
    ] = "application/vnd.np6.cm.email",
) -> ExecutionResult:
    """Send a message

    Sends one message of a message action (mailMessage or smsMessage) to one recipient and
    returns its result. The body is an email (application/vnd.np6.cm.email) or an SMS
    (application/vnd.np6.cm.sms) message definition; plain JSON gets 415.

    The action must have passed both validation phases (see validateAction): otherwise NP6
    answers 409 with an empty body. Not idempotent: a retried call can send the message
    twice.

    Args:
        id (str):  Example: 000ABC.
        body (ExecutionEmailRequest | ExecutionSmsRequest): what is sent; its type must match
            content_type.
        content_type (str): the media type the body is sent as, "application/vnd.np6.cm.email" or
            "application/vnd.np6.cm.sms" (default: the first); any other is refused before sending.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        ExecutionResult
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            body=body,
            content_type=content_type,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
