"""Category operations (v8 /categories) replayed from cassettes built on NP6's documented examples."""

from __future__ import annotations

import datetime

import pytest

from np6 import Client
from np6.api.category import create_category, delete_category, get_category, list_categories, update_category
from np6.models import Category, CategoryInput

UTC = datetime.UTC


@pytest.mark.vcr
def test_list_categories(client: Client) -> None:
    categories = list_categories.sync(client=client)
    assert all(isinstance(c, Category) for c in categories)
    assert [(c.id, c.name, c.description) for c in categories] == [(1234, "non_categorisee", None), (1235, "Old", None)]
    assert categories[1].creation_date == datetime.datetime(2016, 6, 15, 7, 54, tzinfo=UTC)


@pytest.mark.vcr
def test_create_category(client: Client) -> None:
    category = create_category.sync(
        client=client, body=CategoryInput(name="New", description="Category for new campaign")
    )
    assert (category.id, category.name, category.description) == (1234, "New", "Category for new campaign")
    assert category.creation_date == datetime.datetime(2016, 6, 15, 7, 54, tzinfo=UTC)


@pytest.mark.vcr
def test_get_category(client: Client) -> None:
    category = get_category.sync(1234, client=client)
    assert isinstance(category, Category)
    assert (category.name, category.description) == ("non_categorisee", None)
    assert category.creation_date == datetime.datetime(2016, 4, 1, 10, 22, tzinfo=UTC)


@pytest.mark.vcr
def test_update_category(client: Client) -> None:
    body = CategoryInput(name="Updated", description="Category for new campaign")
    category = update_category.sync(1234, client=client, body=body)
    assert (category.id, category.name) == (1234, "Updated")


@pytest.mark.vcr
def test_delete_category(client: Client) -> None:
    response = delete_category.sync_detailed(1234, client=client)
    assert (response.status_code, response.parsed) == (204, None)
    assert response.headers["x-request-id"]
