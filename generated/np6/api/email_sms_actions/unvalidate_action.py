# Generated from DELETE /actions/{id}/validation (operation unvalidate_action) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any

import httpx

from ... import _operations, _paths, _validation
from ...client import BaseClient
from ...models.validation_settings_model import ValidationSettingsModel
from ...types import UNSET, Response, Unset, status

METHOD = "DELETE"
PATH = "/actions/{id}/validation"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "unvalidate_action",
    METHOD,
    PATH,
    idempotent=True,
    media_types=("application/json",),
)
#: Name of this operation (its module and function name), used in errors and logs.
OPERATION_ID = OPERATION.id


@_validation.encodes(OPERATION_ID)
def _get_kwargs(
    id: str,
    *,
    body: ValidationSettingsModel | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
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
            OPERATION_ID, body, _validation.is_instance(body, ValidationSettingsModel), "ValidationSettingsModel"
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
    id: str,
    *,
    client: BaseClient,
    body: ValidationSettingsModel | Unset = UNSET,
) -> Response[None]:
    """Unvalidate an action

    Takes the validation back (a validated action returns to state 20) so the action can be
    edited again. NP6 expects a JSON body, `{}` is enough; 409 when the action is not
    validated.

    Args:
        id (str):  Example: 000ABC.
        body (ValidationSettingsModel | Unset): Settings of a validation request. `fortest: true`
            runs the test phase (the message goes to
            the contacts of `testSegments`); `fortest: false` is the production validation.

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
            body=body,
        ),
    )
    return _build_response(response)


def sync(
    id: str,
    *,
    client: BaseClient,
    body: ValidationSettingsModel | Unset = UNSET,
) -> None:
    """Unvalidate an action

    Takes the validation back (a validated action returns to state 20) so the action can be
    edited again. NP6 expects a JSON body, `{}` is enough; 409 when the action is not
    validated.

    Args:
        id (str):  Example: 000ABC.
        body (ValidationSettingsModel | Unset): Settings of a validation request. `fortest: true`
            runs the test phase (the message goes to
            the contacts of `testSegments`); `fortest: false` is the production validation.

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
            body=body,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)


async def asyncio_detailed(
    id: str,
    *,
    client: BaseClient,
    body: ValidationSettingsModel | Unset = UNSET,
) -> Response[None]:
    """Unvalidate an action

    Takes the validation back (a validated action returns to state 20) so the action can be
    edited again. NP6 expects a JSON body, `{}` is enough; 409 when the action is not
    validated.

    Args:
        id (str):  Example: 000ABC.
        body (ValidationSettingsModel | Unset): Settings of a validation request. `fortest: true`
            runs the test phase (the message goes to
            the contacts of `testSegments`); `fortest: false` is the production validation.

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
            body=body,
        ),
    )
    return _build_response(response)


async def asyncio(
    id: str,
    *,
    client: BaseClient,
    body: ValidationSettingsModel | Unset = UNSET,
) -> None:
    """Unvalidate an action

    Takes the validation back (a validated action returns to state 20) so the action can be
    edited again. NP6 expects a JSON body, `{}` is enough; 409 when the action is not
    validated.

    Args:
        id (str):  Example: 000ABC.
        body (ValidationSettingsModel | Unset): Settings of a validation request. `fortest: true`
            runs the test phase (the message goes to
            the contacts of `testSegments`); `fortest: false` is the production validation.

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
            body=body,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
