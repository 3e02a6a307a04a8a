"""Field operations replayed from cassettes built on NP6's documented examples."""

from __future__ import annotations

import pytest

from np6 import Client
from np6.api.field import create_field, delete_field, get_field, list_fields, update_field
from np6.models import (
    EmailField,
    EmailFieldType,
    FieldConstraint,
    FieldConstraintOperator,
    FieldInput,
    FieldType,
    SingleSelectListField,
    TextField,
)


@pytest.mark.vcr
def test_list_fields(client: Client) -> None:
    email, name = list_fields.sync(client=client)
    assert isinstance(email, EmailField)  # decoded by its `type` discriminator
    assert (email.id, email.type_, email.is_unicity, email.is_mandatory) == (12345, EmailFieldType.EMAIL, True, True)
    assert isinstance(name, TextField)
    assert (name.name, name.is_unicity) == ("Name", False)


@pytest.mark.vcr
def test_create_field(client: Client) -> None:
    body = FieldInput(
        type_=FieldType.TEXTFIELD,
        name="Firstname",
        is_unicity=False,
        is_mandatory=False,
        constraint=FieldConstraint(operator=FieldConstraintOperator.VALUE_4, value="150"),
    )
    field = create_field.sync(client=client, body=body)
    assert field.id == 12347
    assert isinstance(field, SingleSelectListField)
    assert field.value_list_id == 1234
    assert isinstance(field.constraint, FieldConstraint)
    assert field.constraint.operator == FieldConstraintOperator.VALUE_4
    assert field.constraint.value == "150"


@pytest.mark.vcr
def test_get_field(client: Client) -> None:
    field = get_field.sync(12345, client=client)
    assert isinstance(field, EmailField)
    assert (field.name, field.is_unicity) == ("Email", True)


@pytest.mark.vcr
def test_update_field(client: Client) -> None:
    body = FieldInput(
        type_=FieldType.TEXTFIELD,
        name="Firstname",
        is_unicity=False,
        is_mandatory=False,
        constraint=FieldConstraint(operator=FieldConstraintOperator.VALUE_4, value="150"),
    )
    field = update_field.sync(12345, client=client, body=body)
    assert isinstance(field, TextField)
    assert (field.id, field.name) == (12345, "Firstname")
    assert isinstance(field.constraint, FieldConstraint)
    assert field.constraint.operator is FieldConstraintOperator.VALUE_4


@pytest.mark.vcr
def test_delete_field(client: Client) -> None:
    response = delete_field.sync_detailed(12345, client=client)
    assert response.status_code == 204
    assert response.headers["x-request-id"]
