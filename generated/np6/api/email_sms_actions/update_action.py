# Generated from PUT /actions/{id} (operation update_action) by templates/endpoint_module.py.jinja: do not edit.
from typing import Any

import httpx

from ... import _decoding, _operations, _paths, _validation
from ...client import BaseClient
from ...models.mail_campaign_action import MailCampaignAction
from ...models.mail_message_action import MailMessageAction
from ...models.sms_campaign_action import SmsCampaignAction
from ...models.sms_message_action import SmsMessageAction
from ...models.substitution_action import SubstitutionAction
from ...types import Response, status

METHOD = "PUT"
PATH = "/actions/{id}"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "update_action",
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
    body: MailCampaignAction | MailMessageAction | SmsCampaignAction | SmsMessageAction,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
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
    id: str,
    *,
    client: BaseClient,
    body: MailCampaignAction | MailMessageAction | SmsCampaignAction | SmsMessageAction,
) -> Response[SubstitutionAction]:
    """Update an action

    Replaces an action with the given document (same shape as creation) and returns it.
    The 8.1.0 reference lists this operation but its page was not available; method, path
    and behaviour come from the v8 documentation and live use on 8.1.0.

    Args:
        id (str):  Example: 000ABC.
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
            id=id,
            body=body,
        ),
    )
    return _build_response(response)


def sync(
    id: str,
    *,
    client: BaseClient,
    body: MailCampaignAction | MailMessageAction | SmsCampaignAction | SmsMessageAction,
) -> SubstitutionAction:
    """Update an action

    Replaces an action with the given document (same shape as creation) and returns it.
    The 8.1.0 reference lists this operation but its page was not available; method, path
    and behaviour come from the v8 documentation and live use on 8.1.0.

    Args:
        id (str):  Example: 000ABC.
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
            id=id,
            body=body,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)


async def asyncio_detailed(
    id: str,
    *,
    client: BaseClient,
    body: MailCampaignAction | MailMessageAction | SmsCampaignAction | SmsMessageAction,
) -> Response[SubstitutionAction]:
    """Update an action

    Replaces an action with the given document (same shape as creation) and returns it.
    The 8.1.0 reference lists this operation but its page was not available; method, path
    and behaviour come from the v8 documentation and live use on 8.1.0.

    Args:
        id (str):  Example: 000ABC.
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
            id=id,
            body=body,
        ),
    )
    return _build_response(response)


async def asyncio(
    id: str,
    *,
    client: BaseClient,
    body: MailCampaignAction | MailMessageAction | SmsCampaignAction | SmsMessageAction,
) -> SubstitutionAction:
    """Update an action

    Replaces an action with the given document (same shape as creation) and returns it.
    The 8.1.0 reference lists this operation but its page was not available; method, path
    and behaviour come from the v8 documentation and live use on 8.1.0.

    Args:
        id (str):  Example: 000ABC.
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
            id=id,
            body=body,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
