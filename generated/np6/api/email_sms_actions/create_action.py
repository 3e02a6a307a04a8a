# Generated from POST /actions (operation create_action) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any

import httpx

from ... import _decoding, _operations, _validation
from ...client import BaseClient
from ...models.mail_campaign_action import MailCampaignAction
from ...models.mail_message_action import MailMessageAction
from ...models.sms_campaign_action import SmsCampaignAction
from ...models.sms_message_action import SmsMessageAction
from ...models.substitution_action import SubstitutionAction
from ...types import Response, status

METHOD = "POST"
PATH = "/actions"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "create_action",
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
    body: MailCampaignAction | MailMessageAction | SmsCampaignAction | SmsMessageAction,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/actions",
    }

    _validation.check_body(
        OPERATION_ID,
        body,
        _validation.is_instance(
            body,
            (
                MailMessageAction,
                MailCampaignAction,
                SmsMessageAction,
                SmsCampaignAction,
            ),
        ),
        "MailCampaignAction | MailMessageAction | SmsCampaignAction | SmsMessageAction",
    )

    _kwargs["json"] = _validation.json_body(OPERATION_ID, body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SubstitutionAction:
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""
    response_200: SubstitutionAction = _decoding.decode(response.content, SubstitutionAction)
    return response_200


def _build_response(response: httpx.Response) -> Response[SubstitutionAction]:
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
    body: MailCampaignAction | MailMessageAction | SmsCampaignAction | SmsMessageAction,
) -> Response[SubstitutionAction]:
    """Create an action

    Creates an email or SMS action from a document discriminated by `type`. Settings left out
    take the account's defaults. The new action must then be validated (see validateAction)
    before anything can be sent.

    Args:
        body (MailCampaignAction | MailMessageAction | SmsCampaignAction | SmsMessageAction): An
            email or SMS action, discriminated by `type`. The same document is sent to create or
            update an action (read-only values such as `id`, `creationDate` and the state are ignored)
            and returned by reads.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[SubstitutionAction]: status, headers, raw content; ``parsed`` is set for 2xx only.
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
    body: MailCampaignAction | MailMessageAction | SmsCampaignAction | SmsMessageAction,
) -> SubstitutionAction:
    """Create an action

    Creates an email or SMS action from a document discriminated by `type`. Settings left out
    take the account's defaults. The new action must then be validated (see validateAction)
    before anything can be sent.

    Args:
        body (MailCampaignAction | MailMessageAction | SmsCampaignAction | SmsMessageAction): An
            email or SMS action, discriminated by `type`. The same document is sent to create or
            update an action (read-only values such as `id`, `creationDate` and the state are ignored)
            and returned by reads.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        SubstitutionAction
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
    body: MailCampaignAction | MailMessageAction | SmsCampaignAction | SmsMessageAction,
) -> Response[SubstitutionAction]:
    """Create an action

    Creates an email or SMS action from a document discriminated by `type`. Settings left out
    take the account's defaults. The new action must then be validated (see validateAction)
    before anything can be sent.

    Args:
        body (MailCampaignAction | MailMessageAction | SmsCampaignAction | SmsMessageAction): An
            email or SMS action, discriminated by `type`. The same document is sent to create or
            update an action (read-only values such as `id`, `creationDate` and the state are ignored)
            and returned by reads.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[SubstitutionAction]: status, headers, raw content; ``parsed`` is set for 2xx only.
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
    body: MailCampaignAction | MailMessageAction | SmsCampaignAction | SmsMessageAction,
) -> SubstitutionAction:
    """Create an action

    Creates an email or SMS action from a document discriminated by `type`. Settings left out
    take the account's defaults. The new action must then be validated (see validateAction)
    before anything can be sent.

    Args:
        body (MailCampaignAction | MailMessageAction | SmsCampaignAction | SmsMessageAction): An
            email or SMS action, discriminated by `type`. The same document is sent to create or
            update an action (read-only values such as `id`, `creationDate` and the state are ignored)
            and returned by reads.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        SubstitutionAction
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            body=body,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
