# Generated from GET /notifications/{id}/versions/{version}/render/contact (operation render_notification_version_for_contact) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any
from uuid import UUID

import httpx

from ... import _decoding, _operations, _paths, _validation
from ...client import BaseClient
from ...models.notification_render_result import NotificationRenderResult
from ...types import UNSET, Response, Unset, status

METHOD = "GET"
PATH = "/notifications/{id}/versions/{version}/render/contact"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "render_notification_version_for_contact",
    METHOD,
    PATH,
    idempotent=True,
)
#: Name of this operation (its module and function name), used in errors and logs.
OPERATION_ID = OPERATION.id


@_validation.encodes(OPERATION_ID)
def _get_kwargs(
    id: int,
    version: UUID,
    *,
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["unicity"] = unicity

    params["hash"] = hash_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Each value fills one path segment or is refused before sending (np6/_paths.py).
        "url": _paths.expand(
            OPERATION_ID,
            PATH,
            {
                "id": (id, int),
                "version": (version, UUID),
            },
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> NotificationRenderResult:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    response_200: NotificationRenderResult = _decoding.decode(response.content, NotificationRenderResult)
    return response_200


def _build_response(response: httpx.Response) -> Response[NotificationRenderResult]:
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
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> Response[NotificationRenderResult]:
    """Render a notification version for a contact

    Renders a version of a notification for one contact, without sending it. Name the contact
    by exactly one of `unicity` or `hash` (NP6 documents the two as separate forms of the same
    path).

    Args:
        id (int):  Example: 42.
        version (UUID):  Example: 8b898373-21c7-4028-b85f-cc5068e68df9.
        unicity (str | Unset):
        hash_ (str | Unset):

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[NotificationRenderResult]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            version=version,
            unicity=unicity,
            hash_=hash_,
        ),
    )
    return _build_response(response)


def sync(
    id: int,
    version: UUID,
    *,
    client: BaseClient,
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> NotificationRenderResult:
    """Render a notification version for a contact

    Renders a version of a notification for one contact, without sending it. Name the contact
    by exactly one of `unicity` or `hash` (NP6 documents the two as separate forms of the same
    path).

    Args:
        id (int):  Example: 42.
        version (UUID):  Example: 8b898373-21c7-4028-b85f-cc5068e68df9.
        unicity (str | Unset):
        hash_ (str | Unset):

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        NotificationRenderResult
    """

    response = client.request(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            version=version,
            unicity=unicity,
            hash_=hash_,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)


async def asyncio_detailed(
    id: int,
    version: UUID,
    *,
    client: BaseClient,
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> Response[NotificationRenderResult]:
    """Render a notification version for a contact

    Renders a version of a notification for one contact, without sending it. Name the contact
    by exactly one of `unicity` or `hash` (NP6 documents the two as separate forms of the same
    path).

    Args:
        id (int):  Example: 42.
        version (UUID):  Example: 8b898373-21c7-4028-b85f-cc5068e68df9.
        unicity (str | Unset):
        hash_ (str | Unset):

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[NotificationRenderResult]: status, headers, raw content; ``parsed`` is set for 2xx only.
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            version=version,
            unicity=unicity,
            hash_=hash_,
        ),
    )
    return _build_response(response)


async def asyncio(
    id: int,
    version: UUID,
    *,
    client: BaseClient,
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> NotificationRenderResult:
    """Render a notification version for a contact

    Renders a version of a notification for one contact, without sending it. Name the contact
    by exactly one of `unicity` or `hash` (NP6 documents the two as separate forms of the same
    path).

    Args:
        id (int):  Example: 42.
        version (UUID):  Example: 8b898373-21c7-4028-b85f-cc5068e68df9.
        unicity (str | Unset):
        hash_ (str | Unset):

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        NotificationRenderResult
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
            version=version,
            unicity=unicity,
            hash_=hash_,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
