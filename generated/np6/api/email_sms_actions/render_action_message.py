# Generated from POST /actions/{id}/render (operation render_action_message) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any, Literal, cast

import httpx

from ... import _decoding, _operations, _paths, _validation
from ...client import BaseClient
from ...models.render_email_request import RenderEmailRequest
from ...models.render_mail_result import RenderMailResult
from ...models.render_sms_request import RenderSmsRequest
from ...types import Response, status

METHOD = "POST"
PATH = "/actions/{id}/render"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "render_action_message",
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
    body: RenderEmailRequest | RenderSmsRequest,
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
        if not _validation.is_instance(body, RenderEmailRequest):
            raise _validation.body_mismatch(OPERATION_ID, content_type, "RenderEmailRequest", body)
        body_0 = cast(RenderEmailRequest, body)
        _kwargs["json"] = _validation.json_body(OPERATION_ID, body_0)

    elif content_type == "application/vnd.np6.cm.sms":
        if not _validation.is_instance(body, RenderSmsRequest):
            raise _validation.body_mismatch(OPERATION_ID, content_type, "RenderSmsRequest", body)
        body_1 = cast(RenderSmsRequest, body)
        _kwargs["json"] = _validation.json_body(OPERATION_ID, body_1)

    headers["Content-Type"] = content_type

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> RenderMailResult:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    response_200: RenderMailResult = _decoding.decode(response.content, RenderMailResult)
    return response_200


def _build_response(response: httpx.Response) -> Response[RenderMailResult]:
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
    body: RenderEmailRequest | RenderSmsRequest,
    content_type: Literal[
        "application/vnd.np6.cm.email", "application/vnd.np6.cm.sms"
    ] = "application/vnd.np6.cm.email",
) -> Response[RenderMailResult]:
    """Render a message

    Renders one message of an action for one contact, as it would be sent, without sending
    anything. Takes an email (application/vnd.np6.cm.email) or SMS
    (application/vnd.np6.cm.sms) render definition; plain JSON gets 415.

    Args:
        id (str):  Example: 000ABC.
        body (RenderEmailRequest | RenderSmsRequest): what is sent; its type must match
            content_type.
        content_type (str): the media type the body is sent as, "application/vnd.np6.cm.email" or
            "application/vnd.np6.cm.sms" (default: the first); any other is refused before sending.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[RenderMailResult]: status, headers, raw content; ``parsed`` is set for 2xx only.
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
    body: RenderEmailRequest | RenderSmsRequest,
    content_type: Literal[
        "application/vnd.np6.cm.email", "application/vnd.np6.cm.sms"
    ] = "application/vnd.np6.cm.email",
) -> RenderMailResult:
    """Render a message

    Renders one message of an action for one contact, as it would be sent, without sending
    anything. Takes an email (application/vnd.np6.cm.email) or SMS
    (application/vnd.np6.cm.sms) render definition; plain JSON gets 415.

    Args:
        id (str):  Example: 000ABC.
        body (RenderEmailRequest | RenderSmsRequest): what is sent; its type must match
            content_type.
        content_type (str): the media type the body is sent as, "application/vnd.np6.cm.email" or
            "application/vnd.np6.cm.sms" (default: the first); any other is refused before sending.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        RenderMailResult
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
    body: RenderEmailRequest | RenderSmsRequest,
    content_type: Literal[
        "application/vnd.np6.cm.email", "application/vnd.np6.cm.sms"
    ] = "application/vnd.np6.cm.email",
) -> Response[RenderMailResult]:
    """Render a message

    Renders one message of an action for one contact, as it would be sent, without sending
    anything. Takes an email (application/vnd.np6.cm.email) or SMS
    (application/vnd.np6.cm.sms) render definition; plain JSON gets 415.

    Args:
        id (str):  Example: 000ABC.
        body (RenderEmailRequest | RenderSmsRequest): what is sent; its type must match
            content_type.
        content_type (str): the media type the body is sent as, "application/vnd.np6.cm.email" or
            "application/vnd.np6.cm.sms" (default: the first); any other is refused before sending.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[RenderMailResult]: status, headers, raw content; ``parsed`` is set for 2xx only.
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
    body: RenderEmailRequest | RenderSmsRequest,
    content_type: Literal[
        "application/vnd.np6.cm.email", "application/vnd.np6.cm.sms"
    ] = "application/vnd.np6.cm.email",
) -> RenderMailResult:
    """Render a message

    Renders one message of an action for one contact, as it would be sent, without sending
    anything. Takes an email (application/vnd.np6.cm.email) or SMS
    (application/vnd.np6.cm.sms) render definition; plain JSON gets 415.

    Args:
        id (str):  Example: 000ABC.
        body (RenderEmailRequest | RenderSmsRequest): what is sent; its type must match
            content_type.
        content_type (str): the media type the body is sent as, "application/vnd.np6.cm.email" or
            "application/vnd.np6.cm.sms" (default: the first); any other is refused before sending.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        RenderMailResult
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
