"""Segment operations replayed from cassettes built on NP6's documented examples."""

from __future__ import annotations

import datetime

import pytest

from np6 import Client, errors
from np6.api.segment import (
    add_segment_targets,
    add_target_to_segment,
    create_segment,
    delete_segment,
    get_segment,
    list_segment_targets,
    list_segments,
    list_target_segments,
    remove_all_segment_targets,
    remove_target_from_segment,
    update_segment,
)
from np6.models import DynamicSegment, DynamicSegmentType, SegmentInput, SegmentType, StaticSegment, StaticSegmentType

UTC = datetime.UTC


@pytest.mark.vcr
def test_list_segments(client: Client) -> None:
    segments = list_segments.sync(client=client)
    assert [s.id for s in segments] == [41, 56, 57]
    static, test_static, dynamic = segments
    assert isinstance(static, StaticSegment) and isinstance(test_static, StaticSegment)
    assert static.type_ is StaticSegmentType.STATIC
    assert static.name == "static segment"
    assert static.creation == datetime.datetime(2023, 3, 1, 10, 0, tzinfo=UTC)
    assert static.targets_count == 4398
    assert test_static.is_test is True
    assert isinstance(dynamic, DynamicSegment)  # decoded by its `type` discriminator
    assert dynamic.type_ is DynamicSegmentType.DYNAMIC
    assert dynamic.parent_id == 41


@pytest.mark.vcr
@pytest.mark.default_cassette("test_list_segments.yaml")
async def test_list_segments_async(client: Client) -> None:
    segments = await list_segments.asyncio(client=client)
    assert [s.name for s in segments] == ["static segment", "test static segment", "test dynamic segment"]


@pytest.mark.vcr
def test_create_segment(client: Client) -> None:
    body = SegmentInput(type_=SegmentType.STATIC, name="new static segment", description="a description", is_test=False)
    segment = create_segment.sync(client=client, body=body)
    assert isinstance(segment, StaticSegment)
    assert segment.id == 59
    assert segment.targets_count == 0
    assert segment.expiration == datetime.datetime(2024, 3, 1, 11, 0, tzinfo=UTC)


@pytest.mark.vcr
def test_get_segment(client: Client) -> None:
    segment = get_segment.sync(41, client=client)
    assert (segment.id, segment.name, segment.description) == (41, "static segment", "segment's description")
    assert isinstance(segment, StaticSegment)


@pytest.mark.vcr
def test_update_segment(client: Client) -> None:
    body = SegmentInput(
        type_=SegmentType.STATIC,
        id=41,
        name="an updated name",
        description="an updated description",
        expiration=datetime.datetime(2025, 3, 1, 11, 0, tzinfo=UTC),
    )
    segment = update_segment.sync(41, client=client, body=body)
    assert segment.name == "an updated name"
    assert segment.expiration == datetime.datetime(2025, 3, 1, 11, 0, tzinfo=UTC)


@pytest.mark.vcr
def test_delete_segment(client: Client) -> None:
    assert delete_segment.sync(41, client=client) is None


@pytest.mark.vcr
def test_list_segment_targets(client: Client) -> None:
    targets = list_segment_targets.sync(41, client=client)
    assert targets[:2] == ["000PKXK4", "000PKXK5"]
    assert len(targets) == 10


@pytest.mark.vcr
def test_add_segment_targets(client: Client) -> None:
    ids = [
        "000PKXK4",
        "000PKXK5",
        "000PKXK6",
        "000PKXK7",
        "000R4EJO",
        "000R4MG8",
        "000R4O1C",
        "000R4S0S",
        "000R7FNX",
        "000R7FNY",
    ]
    assert add_segment_targets.sync(41, client=client, body=ids) == 10


@pytest.mark.vcr
def test_remove_all_segment_targets(client: Client) -> None:
    response = remove_all_segment_targets.sync_detailed(41, client=client)
    assert response.status_code == 204
    assert response.parsed is None


@pytest.mark.vcr
def test_add_target_to_segment(client: Client) -> None:
    response = add_target_to_segment.sync_detailed("000MLGPR", 41, client=client)
    assert (response.status_code, response.parsed) == (204, None)
    assert response.headers["x-request-id"]


@pytest.mark.vcr
def test_add_target_to_segment_twice(client: Client) -> None:
    with pytest.raises(errors.ConflictError) as caught:
        add_target_to_segment.sync("000MLGPR", 41, client=client)
    assert caught.value.status_code == 409


@pytest.mark.vcr
def test_remove_target_from_segment(client: Client) -> None:
    response = remove_target_from_segment.sync_detailed("000MLGPR", 41, client=client)
    assert (response.status_code, response.parsed) == (204, None)


@pytest.mark.vcr
def test_list_target_segments(client: Client) -> None:
    # The shape of this answer is documented nowhere: the client leaves it undecoded.
    response = list_target_segments.sync_detailed("000MLGPR", client=client)
    assert response.status_code == 200
    assert response.parsed is None
    assert response.content == b""
