# Generated from POST /actions/{id}/render/links (operation render_action_links) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any

import httpx

from ... import _decoding, _operations, _paths, _validation
from ...client import BaseClient
from ...models.render_links_request import RenderLinksRequest
from ...models.render_links_result import RenderLinksResult
from ...types import Response, status

METHOD = "POST"
PATH = "/actions/{id}/render/links"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "render_action_links",
    METHOD,
    PATH,
    idempotent=False,
    media_types=("application/json",),
)
#: Name of this operation (its module and function name), used in errors and logs.
OPERATION_ID = OPERATION.id


@_validation.encodes(OPERATION_ID)
def _get_kwargs(
    id: str,
    *,
    body: RenderLinksRequest,
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

    _validation.check_body(OPERATION_ID, body, _validation.is_instance(body, RenderLinksRequest), "RenderLinksRequest")

    _kwargs["json"] = _validation.json_body(OPERATION_ID, body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> RenderLinksResult:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    response_200: RenderLinksResult = _decoding.decode(response.content, RenderLinksResult)
    return response_200


def _build_response(response: httpx.Response) -> Response[RenderLinksResult]:
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
    body: RenderLinksRequest,
) -> Response[RenderLinksResult]:
    """Render links

    Renders the tracked links of an action for one contact and context, without sending anything.

    Args:
        id (str):  Example: 000ABC.
        body (RenderLinksRequest): A render definition for the tracked links of an action.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[RenderLinksResult]: status, headers, raw content; ``parsed`` is set for 2xx only.
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
    body: RenderLinksRequest,
) -> RenderLinksResult:
    """Render links

    Renders the tracked links of an action for one contact and context, without sending anything.

    Args:
        id (str):  Example: 000ABC.
        body (RenderLinksRequest): A render definition for the tracked links of an action.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        RenderLinksResult
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
    body: RenderLinksRequest,
) -> Response[RenderLinksResult]:
    """Render links

    Renders the tracked links of an action for one contact and context, without sending anything.

    Args:
        id (str):  Example: 000ABC.
        body (RenderLinksRequest): A render definition for the tracked links of an action.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[RenderLinksResult]: status, headers, raw content; ``parsed`` is set for 2xx only.
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
    body: RenderLinksRequest,
) -> RenderLinksResult:
    """Render links

    Renders the tracked links of an action for one contact and context, without sending anything.

    Args:
        id (str):  Example: 000ABC.
        body (RenderLinksRequest): A render definition for the tracked links of an action.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        RenderLinksResult
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            body=body,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
