from typing import Any

import httpx

from ... import _operations, _paths, _validation
from ..._decoding import UnknownVariant
from ...client import BaseClient
from ...models.dynamic_segment import DynamicSegment
from ...models.segment_base import SegmentBase
from ...models.static_segment import StaticSegment
from ...types import Response, status

METHOD = "GET"
PATH = "/segments/{id}"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "get_segment",
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
    id: int,
    *,
    client: BaseClient,
) -> Response[DynamicSegment | StaticSegment | UnknownVariant[SegmentBase]]:
    """Get a segment

    Returns one segment. Not shown in the 8.1.0 reference, which has no single-segment read; known from
    the v8 documentation and fills that gap.

    Args:
        id (int):  Example: 41.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[DynamicSegment | StaticSegment | UnknownVariant[SegmentBase]]: status, headers, raw content; ``parsed`` is set for 2xx only.
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
) -> DynamicSegment | StaticSegment | UnknownVariant[SegmentBase]:
    """Get a segment

    Returns one segment. Not shown in the 8.1.0 reference, which has no single-segment read; known from
    the v8 documentation and fills that gap.

    Args:
        id (int):  Example: 41.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        DynamicSegment | StaticSegment | UnknownVariant[SegmentBase]
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
) -> Response[DynamicSegment | StaticSegment | UnknownVariant[SegmentBase]]:
    """Get a segment

    Returns one segment. Not shown in the 8.1.0 reference, which has no single-segment read; known from
    the v8 documentation and fills that gap.

    Args:
        id (int):  Example: 41.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        Response[DynamicSegment | StaticSegment | UnknownVariant[SegmentBase]]: status, headers, raw content; ``parsed`` is set for 2xx only.
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
) -> DynamicSegment | StaticSegment | UnknownVariant[SegmentBase]:
    """Get a segment

    Returns one segment. Not shown in the 8.1.0 reference, which has no single-segment read; known from
    the v8 documentation and fills that gap.

    Args:
        id (int):  Example: 41.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.

    Returns:
        DynamicSegment | StaticSegment | UnknownVariant[SegmentBase]
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            id=id,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
