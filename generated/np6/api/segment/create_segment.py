from typing import Any

import httpx

from ... import _operations, _validation
from ..._decoding import UnknownVariant
from ...client import BaseClient
from ...models.dynamic_segment import DynamicSegment
from ...models.segment_base import SegmentBase
from ...models.segment_input import SegmentInput
from ...models.static_segment import StaticSegment
from ...types import Response, status

METHOD = "POST"
PATH = "/segments"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "create_segment",
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
    body: SegmentInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/segments",
    }

    _validation.check_body(OPERATION_ID, body, _validation.is_instance(body, SegmentInput), "SegmentInput")

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> DynamicSegment | StaticSegment | UnknownVariant[SegmentBase]:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""

    def _parse_response_200(data: object) -> DynamicSegment | StaticSegment | UnknownVariant[SegmentBase]:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object with a 'type' property, got {type(data).__name__}")
        kind = data.get("type")
        if kind == "static":
            return StaticSegment.from_dict(data)
        if kind == "dynamic":
            return DynamicSegment.from_dict(data)
        return UnknownVariant(data, "type", SegmentBase.from_dict)

    response_200 = _parse_response_200(response.json())

    return response_200


def _build_response(response: httpx.Response) -> Response[DynamicSegment | StaticSegment | UnknownVariant[SegmentBase]]:
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
    body: SegmentInput,
) -> Response[DynamicSegment | StaticSegment | UnknownVariant[SegmentBase]]:
    """Create a segment

    Creates a static or dynamic segment and returns it with its new identifier.

    Args:
        body (SegmentInput): Data to create or update a segment. The update page lists the whole
            segment model as its
            body; NP6 sets the read-only values (creation date, contact count) itself.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[DynamicSegment | StaticSegment | UnknownVariant[SegmentBase]]: status, headers, raw content; ``parsed`` is set for 2xx only.
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
    body: SegmentInput,
) -> DynamicSegment | StaticSegment | UnknownVariant[SegmentBase]:
    """Create a segment

    Creates a static or dynamic segment and returns it with its new identifier.

    Args:
        body (SegmentInput): Data to create or update a segment. The update page lists the whole
            segment model as its
            body; NP6 sets the read-only values (creation date, contact count) itself.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        DynamicSegment | StaticSegment | UnknownVariant[SegmentBase]
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
    body: SegmentInput,
) -> Response[DynamicSegment | StaticSegment | UnknownVariant[SegmentBase]]:
    """Create a segment

    Creates a static or dynamic segment and returns it with its new identifier.

    Args:
        body (SegmentInput): Data to create or update a segment. The update page lists the whole
            segment model as its
            body; NP6 sets the read-only values (creation date, contact count) itself.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[DynamicSegment | StaticSegment | UnknownVariant[SegmentBase]]: status, headers, raw content; ``parsed`` is set for 2xx only.
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
    body: SegmentInput,
) -> DynamicSegment | StaticSegment | UnknownVariant[SegmentBase]:
    """Create a segment

    Creates a static or dynamic segment and returns it with its new identifier.

    Args:
        body (SegmentInput): Data to create or update a segment. The update page lists the whole
            segment model as its
            body; NP6 sets the read-only values (creation date, contact count) itself.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        DynamicSegment | StaticSegment | UnknownVariant[SegmentBase]
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            body=body,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
