"""Enumeration (value list) operations replayed from cassettes built on NP6's documented examples."""

from __future__ import annotations

import pytest

from np6 import Client
from np6.api.enumeration import create_value_list, get_value_list, list_value_lists, update_value_list
from np6.models import ValueList, ValueListInput, ValueListValue


@pytest.mark.vcr
def test_list_value_lists(client: Client) -> None:
    lists = list_value_lists.sync(client=client)
    assert [v.name for v in lists] == ["Pastimes", "Civility"]
    assert all(isinstance(v, ValueList) for v in lists)
    assert [(v.index, v.value) for v in lists[1].values] == [(1, "Mr"), (2, "Ms"), (3, "Mrs")]


@pytest.mark.vcr
def test_get_value_list(client: Client) -> None:
    value_list = get_value_list.sync(23, client=client)
    assert (value_list.id, value_list.name, value_list.ordered) == (23, "Pastimes", False)
    assert isinstance(value_list.values[0], ValueListValue)
    assert value_list.values[2].value == "Golf"


@pytest.mark.vcr
def test_create_value_list(client: Client) -> None:
    body = ValueListInput(
        name="Civility",
        ordered=False,
        values=[ValueListValue(index=1, value="Mr"), ValueListValue(index=2, value="Mme")],
    )
    created = create_value_list.sync(client=client, body=body)
    assert created.id == 25
    assert [v.value for v in created.values] == ["Mr", "Mme"]


@pytest.mark.vcr
def test_update_value_list(client: Client) -> None:
    values = [ValueListValue(index=i, value=v) for i, v in enumerate(["Football", "Tennis", "Golf", "Rugby"], start=1)]
    body = ValueListInput(id=23, name="Pastimes", ordered=True, values=values)
    updated = update_value_list.sync(23, client=client, body=body)
    assert updated.ordered is True
    assert updated.values[-1].value == "Rugby"
