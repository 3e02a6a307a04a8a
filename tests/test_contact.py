"""Contact (target) operations replayed from cassettes built on NP6's documented examples.

The write shape of a contact (``Document``: values keyed by field *name*) differs from its read
shape (``Target``: values keyed by field *id* under ``fields``); these tests pin both.
"""

from __future__ import annotations

import datetime

import httpx
import pytest

from np6 import Client, errors
from np6.api.contact import (
    add_target_to_mail_redlist,
    count_targets,
    create_target,
    delete_target,
    delete_targets,
    find_target,
    get_target,
    list_mail_redlist,
    list_sms_redlist,
    update_target,
)
from np6.models import (
    DeletedTarget,
    Document,
    RedlistDetail,
    RedlistEntry,
    RedlistOrigin,
    Target,
    TargetDeletionById,
    TargetDeletionBySegment,
    TargetDeletionByUnicity,
    TargetFieldFilter,
    TargetFields,
    TargetsCount,
)

UTC = datetime.UTC


@pytest.mark.vcr
def test_find_target(client: Client) -> None:
    target = find_target.sync(client=client, unicity=["test@test.com"])
    assert isinstance(target, Target)
    assert (target.id, target.hash_) == ("000MLGPR", "3858f62230ac3c915f300c664312c63f")
    assert target.last_update_date == datetime.datetime(2016, 4, 25, 14, 27, tzinfo=UTC)
    assert isinstance(target.fields, TargetFields)
    assert target.fields["8103"] == "test@test.com"
    assert target.fields.additional_keys == ["8101", "8102", "8103"]


@pytest.mark.vcr
def test_find_target_by_hash(client: Client) -> None:
    response = find_target.sync_detailed(client=client, hash_="3858f62230ac3c915f300c664312c63f")
    assert response.headers["content-type"] == "application/vnd.np6.experimental+json"
    assert isinstance(response.parsed, Target)
    assert response.parsed.id == "000MLGPR"


@pytest.mark.vcr
def test_find_target_unknown(client: Client) -> None:
    with pytest.raises(errors.NotFoundError) as caught:
        find_target.sync(client=client, unicity=["nobody@test.com"])
    assert caught.value.request_id == "0d8c24af-93c9-4eb0-81eb-eb2248b5ff9f"


@pytest.mark.vcr
def test_create_target(client: Client) -> None:
    body = Document.from_dict({"Email": "alice@example.com"})
    assert body.to_dict() == {"Email": "alice@example.com"}  # names at the top level, no "fields"
    target = create_target.sync(client=client, body=body)
    assert target.id == "000MLGPR"
    assert target.creation_date == datetime.datetime(2016, 4, 4, 8, 55, tzinfo=UTC)
    assert isinstance(target.fields, TargetFields)
    assert target.fields.to_dict() == {"728": "alice@example.com"}  # read back keyed by field id


@pytest.mark.vcr
def test_create_target_existing(client: Client) -> None:
    body = Document.from_dict({"Email": "alice@example.com"})
    with pytest.raises(errors.ConflictError) as caught:
        create_target.sync(client=client, body=body)
    assert caught.value.status_code == 409
    assert caught.value.request_id


@pytest.mark.vcr
def test_get_target(client: Client) -> None:
    # The reference's sample sends an empty filter in NP6's model media type.
    target = get_target.sync("000MLGPR", client=client, body=TargetFieldFilter())
    assert (target.id, target.hash_) == ("000MLGPR", "3858f62230ac3c915f300c664312c63f")
    assert target.creation_date == datetime.datetime(2016, 4, 4, 8, 55, tzinfo=UTC)
    assert isinstance(target.fields, TargetFields)
    assert (target.fields["8101"], target.fields["8102"]) == ("Mr", "Test")


@pytest.mark.vcr
def test_update_target(client: Client) -> None:
    body = Document.from_dict({"8101": "Mr", "8102": "Test", "8103": "test@test.com"})
    target = update_target.sync("000MLGPR", client=client, body=body)
    assert target.last_update_date == datetime.datetime(2016, 4, 25, 14, 27, tzinfo=UTC)
    assert isinstance(target.fields, TargetFields)
    assert target.fields["8103"] == "test@test.com"


@pytest.mark.vcr
def test_delete_target(client: Client) -> None:
    response = delete_target.sync_detailed("000MLGPR", client=client)
    assert response.status_code == 204
    assert response.parsed is None
    assert response.headers["x-request-id"]


@pytest.mark.vcr
def test_delete_targets(client: Client) -> None:
    body = TargetDeletionByUnicity(value=[["t1@test.com"], ["t2@toto.com"]])
    assert delete_targets.sync(client=client, body=body) is None  # 8.1.0 answers 204


@pytest.mark.vcr
def test_delete_targets_of_segment(client: Client) -> None:
    body = TargetDeletionBySegment(value=41)
    response = delete_targets.sync_detailed(client=client, body=body)
    assert (response.status_code, response.parsed) == (204, None)


@pytest.mark.vcr
def test_delete_targets_v8_answer(client: Client) -> None:
    body = TargetDeletionById(value=["000JW54T", "000JW54V"])
    deleted = delete_targets.sync(client=client, body=body)
    assert deleted is not None
    assert all(isinstance(d, DeletedTarget) for d in deleted)
    assert [(d.id, d.unicity) for d in deleted] == [("000JW54T", ["t1@test.com"]), ("000JW54V", ["t2@toto.fr"])]


@pytest.mark.vcr
def test_count_targets(client: Client) -> None:
    count = count_targets.sync(client=client)
    assert isinstance(count, TargetsCount)
    assert count.targets_count == 0


@pytest.mark.vcr
def test_list_mail_redlist(client: Client) -> None:
    entries = list_mail_redlist.sync(
        client=client,
        start_date=datetime.datetime(2008, 11, 1, tzinfo=UTC),
        end_date=datetime.datetime(2008, 12, 31, tzinfo=UTC),
    )
    assert entries is not None
    assert all(isinstance(e, RedlistEntry) for e in entries)
    by_form, by_api = entries
    assert (by_form.id, by_form.origin) == ("0003YB53", RedlistOrigin.VALUE_3)
    assert by_form.timestamp == datetime.datetime(2008, 12, 16, 15, 26, tzinfo=UTC)
    assert isinstance(by_form.detail, RedlistDetail)
    assert by_form.detail.form_id == "0000GH"
    assert by_api.origin is RedlistOrigin.VALUE_1


@pytest.mark.vcr
def test_list_sms_redlist(client: Client) -> None:
    entries = list_sms_redlist.sync(client=client)
    assert entries is not None
    assert [(e.id, e.origin, e.timestamp) for e in entries] == [
        ("000ABCD1", RedlistOrigin.VALUE_1, datetime.datetime(2016, 6, 10, 8, 1, tzinfo=UTC))
    ]


@pytest.mark.vcr
def test_list_sms_redlist_empty(client: Client) -> None:
    response = list_sms_redlist.sync_detailed(client=client)
    assert (response.status_code, response.parsed) == (204, None)


@pytest.mark.vcr
def test_add_target_to_mail_redlist(client: Client) -> None:
    body = RedlistEntry(
        id="000MLGPR",
        timestamp=datetime.datetime(2019, 8, 24, 14, 15, 22, tzinfo=UTC),
        origin=RedlistOrigin.VALUE_1,
        detail=RedlistDetail(),
    )
    response = add_target_to_mail_redlist.sync_detailed("000MLGPR", client=client, body=body)
    assert (response.status_code, response.parsed) == (204, None)


def test_get_target_sends_model_media_type() -> None:
    """The optional filter body goes out in NP6's model media type (checked on the wire)."""
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"id": "000MLGPR", "fields": {"8103": "test@test.com"}})

    with Client(api_key="test-key", transport=httpx.MockTransport(answer), max_retries=0) as np6:
        target = get_target.sync("000MLGPR", client=np6, body=TargetFieldFilter())
    (request,) = sent
    assert (request.method, request.url.path) == ("GET", "/targets/000MLGPR")
    assert request.headers["Content-Type"] == "application/vnd.mperf.v8.model.v1+json"
    assert request.content == b"{}"
    assert isinstance(target.fields, TargetFields)
    assert target.fields["8103"] == "test@test.com"
