from typing import Any

import httpx

from ... import _operations, _validation
from ..._decoding import UnknownVariant
from ...client import BaseClient
from ...models.date_field import DateField
from ...models.email_field import EmailField
from ...models.field_input import FieldInput
from ...models.multiple_select_list_field import MultipleSelectListField
from ...models.numeric_field import NumericField
from ...models.phone_field import PhoneField
from ...models.single_select_list_field import SingleSelectListField
from ...models.text_area_field import TextAreaField
from ...models.text_field import TextField
from ...types import Response, status

METHOD = "POST"
PATH = "/fields"
#: What the spec says of this operation; the transport acts on it (np6/_operations.py).
OPERATION = _operations.Operation(
    "create_field",
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
    body: FieldInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fields",
    }

    _validation.check_body(OPERATION_ID, body, _validation.is_instance(body, FieldInput), "FieldInput")

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response,
) -> (
    DateField
    | EmailField
    | MultipleSelectListField
    | NumericField
    | PhoneField
    | SingleSelectListField
    | TextAreaField
    | TextField
    | UnknownVariant
):
    """Decode a 2xx response (any other 2xx than documented decodes as the documented one)."""

    def _parse_response_200(
        data: object,
    ) -> (
        DateField
        | EmailField
        | MultipleSelectListField
        | NumericField
        | PhoneField
        | SingleSelectListField
        | TextAreaField
        | TextField
        | UnknownVariant
    ):
        if not isinstance(data, dict):
            raise TypeError(f"expected an object with a 'type' property, got {type(data).__name__}")
        kind = data.get("type")
        if kind == "singleSelectList":
            return SingleSelectListField.from_dict(data)
        if kind == "multipleSelectList":
            return MultipleSelectListField.from_dict(data)
        if kind == "email":
            return EmailField.from_dict(data)
        if kind == "phone":
            return PhoneField.from_dict(data)
        if kind == "textArea":
            return TextAreaField.from_dict(data)
        if kind == "numeric":
            return NumericField.from_dict(data)
        if kind == "textField":
            return TextField.from_dict(data)
        if kind == "date":
            return DateField.from_dict(data)
        return UnknownVariant(data, "type", None)

    response_200 = _parse_response_200(response.json())

    return response_200


def _build_response(
    response: httpx.Response,
) -> Response[
    DateField
    | EmailField
    | MultipleSelectListField
    | NumericField
    | PhoneField
    | SingleSelectListField
    | TextAreaField
    | TextField
    | UnknownVariant
]:
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
    body: FieldInput,
) -> Response[
    DateField
    | EmailField
    | MultipleSelectListField
    | NumericField
    | PhoneField
    | SingleSelectListField
    | TextAreaField
    | TextField
    | UnknownVariant
]:
    """Create a field

    Adds a field to the contact database. NP6 answers 409 when a field of that name exists.

    Args:
        body (FieldInput): Data to create or update a field. `valueListId` applies to the two
            select list kinds
            only. NP6 answers 409 when another field already has the name.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[DateField | EmailField | MultipleSelectListField | NumericField | PhoneField | SingleSelectListField | TextAreaField | TextField | UnknownVariant]: status, headers, raw content; ``parsed`` is set for 2xx only.
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
    body: FieldInput,
) -> (
    DateField
    | EmailField
    | MultipleSelectListField
    | NumericField
    | PhoneField
    | SingleSelectListField
    | TextAreaField
    | TextField
    | UnknownVariant
):
    """Create a field

    Adds a field to the contact database. NP6 answers 409 when a field of that name exists.

    Args:
        body (FieldInput): Data to create or update a field. `valueListId` applies to the two
            select list kinds
            only. NP6 answers 409 when another field already has the name.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        DateField | EmailField | MultipleSelectListField | NumericField | PhoneField | SingleSelectListField | TextAreaField | TextField | UnknownVariant
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
    body: FieldInput,
) -> Response[
    DateField
    | EmailField
    | MultipleSelectListField
    | NumericField
    | PhoneField
    | SingleSelectListField
    | TextAreaField
    | TextField
    | UnknownVariant
]:
    """Create a field

    Adds a field to the contact database. NP6 answers 409 when a field of that name exists.

    Args:
        body (FieldInput): Data to create or update a field. `valueListId` applies to the two
            select list kinds
            only. NP6 answers 409 when another field already has the name.

    Raises:
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        Response[DateField | EmailField | MultipleSelectListField | NumericField | PhoneField | SingleSelectListField | TextAreaField | TextField | UnknownVariant]: status, headers, raw content; ``parsed`` is set for 2xx only.
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
    body: FieldInput,
) -> (
    DateField
    | EmailField
    | MultipleSelectListField
    | NumericField
    | PhoneField
    | SingleSelectListField
    | TextAreaField
    | TextField
    | UnknownVariant
):
    """Create a field

    Adds a field to the contact database. NP6 answers 409 when a field of that name exists.

    Args:
        body (FieldInput): Data to create or update a field. `valueListId` applies to the two
            select list kinds
            only. NP6 answers 409 when another field already has the name.

    Raises:
        errors.APIStatusError: NP6 answered with a non-2xx status (a subclass per status, with request_id).
        errors.APIConnectionError: no response (errors.APITimeoutError on a timeout), after retries.
        errors.DecodeError: a 2xx response did not match the documented shape.
        _validation.RequestValidationError: the request breaks the spec (nothing was sent).

    Returns:
        DateField | EmailField | MultipleSelectListField | NumericField | PhoneField | SingleSelectListField | TextAreaField | TextField | UnknownVariant
    """

    response = await client.arequest(
        operation=OPERATION,
        **_get_kwargs(
            body=body,
        ),
    )
    return BaseClient.decode(response, OPERATION_ID, _parse_response)
