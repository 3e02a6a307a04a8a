# Generated from POST /actions/{id}/validation (operation validate_action) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any

import httpx

from ... import _operations, _paths, _validation
from ...client import BaseClient
from ...models.validation_settings_model import ValidationSettingsModel
from ...types import Response, status

METHOD = "POST"
PATH = "/actions/{id}/validation"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "validate_action",
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
    body: ValidationSettingsModel,
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
    body: ValidationSettingsModel,
) -> Response[None]:
    """Test or validate an action

    Moves an action through its two validation phases; an action can only be sent once both
    are done.

    1. Test phase: `{"fortest": true, "testSegments": [<test segment id>, ...]}`. NP6 sends
       the message to the test segments and, when the test succeeds, the action reaches
       state 38 (ASKING_VALIDATION). The test runs asynchronously and may take minutes: poll
       getAction until the state is 38 (success) or back to 20 (failure).
    2. Production phase: `{"fortest": false}` moves the action from 38 to 50 (VALIDATED).

    An action left after the test phase is not sendable: /execution and /executions answer
    409 with an empty body until the production phase is done. Both phases answer 204. NP6
    also answers 409 when the action is already in the requested state, or when the user
    owning the API key is not allowed to validate.

    Args:
        id (str):  Example: 000ABC.
        body (ValidationSettingsModel): Settings of a validation request. `fortest: true` runs the
            test phase (the message goes to
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
    body: ValidationSettingsModel,
) -> None:
    """Test or validate an action

    Moves an action through its two validation phases; an action can only be sent once both
    are done.

    1. Test phase: `{"fortest": true, "testSegments": [<test segment id>, ...]}`. NP6 sends
       the message to the test segments and, when the test succeeds, the action reaches
       state 38 (ASKING_VALIDATION). The test runs asynchronously and may take minutes: poll
       getAction until the state is 38 (success) or back to 20 (failure).
    2. Production phase: `{"fortest": false}` moves the action from 38 to 50 (VALIDATED).

    An action left after the test phase is not sendable: /execution and /executions answer
    409 with an empty body until the production phase is done. Both phases answer 204. NP6
    also answers 409 when the action is already in the requested state, or when the user
    owning the API key is not allowed to validate.

    Args:
        id (str):  Example: 000ABC.
        body (ValidationSettingsModel): Settings of a validation request. `fortest: true` runs the
            test phase (the message goes to
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
    body: ValidationSettingsModel,
) -> Response[None]:
    """Test or validate an action

    Moves an action through its two validation phases; an action can only be sent once both
    are done.

    1. Test phase: `{"fortest": true, "testSegments": [<test segment id>, ...]}`. NP6 sends
       the message to the test segments and, when the test succeeds, the action reaches
       state 38 (ASKING_VALIDATION). The test runs asynchronously and may take minutes: poll
       getAction until the state is 38 (success) or back to 20 (failure).
    2. Production phase: `{"fortest": false}` moves the action from 38 to 50 (VALIDATED).

    An action left after the test phase is not sendable: /execution and /executions answer
    409 with an empty body until the production phase is done. Both phases answer 204. NP6
    also answers 409 when the action is already in the requested state, or when the user
    owning the API key is not allowed to validate.

    Args:
        id (str):  Example: 000ABC.
        body (ValidationSettingsModel): Settings of a validation request. `fortest: true` runs the
            test phase (the message goes to
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
    body: ValidationSettingsModel,
) -> None:
    """Test or validate an action

    Moves an action through its two validation phases; an action can only be sent once both
    are done.

    1. Test phase: `{"fortest": true, "testSegments": [<test segment id>, ...]}`. NP6 sends
       the message to the test segments and, when the test succeeds, the action reaches
       state 38 (ASKING_VALIDATION). The test runs asynchronously and may take minutes: poll
       getAction until the state is 38 (success) or back to 20 (failure).
    2. Production phase: `{"fortest": false}` moves the action from 38 to 50 (VALIDATED).

    An action left after the test phase is not sendable: /execution and /executions answer
    409 with an empty body until the production phase is done. Both phases answer 204. NP6
    also answers 409 when the action is already in the requested state, or when the user
    owning the API key is not allowed to validate.

    Args:
        id (str):  Example: 000ABC.
        body (ValidationSettingsModel): Settings of a validation request. `fortest: true` runs the
            test phase (the message goes to
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
