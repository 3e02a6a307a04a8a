"""Import operations replayed from cassettes built on NP6's documented examples.

NP6 answers these operations in ``application/vnd.mperf.v8.import.v1+json``; the file upload is
a raw ``application/octet-stream`` body (streaming of file objects is tested with the template).
"""

from __future__ import annotations

import datetime

import httpx
import pytest

from np6 import Client
from np6.api.import_ import (
    create_import,
    delete_import,
    get_import,
    get_import_execution_state,
    list_imports,
    start_import_execution,
    upload_import_source,
)
from np6.models import (
    ImportDatabaseFeature,
    ImportDefinition,
    ImportDuplicateFeature,
    ImportDuplicateRules,
    ImportExecution,
    ImportExecutionContent,
    ImportExecutionState,
    ImportExecutionStateCode,
    ImportFileSource,
    ImportFtpSource,
    ImportNormalizationFeature,
    ImportNormalizationFeatureFields,
    ImportReportFeature,
    ImportScheduler,
    ImportSegmentationFeature,
)

UTC = datetime.UTC
IMPORT_MEDIA_TYPE = "application/vnd.mperf.v8.import.v1+json"


def _features() -> list[
    ImportReportFeature
    | ImportDatabaseFeature
    | ImportDuplicateFeature
    | ImportSegmentationFeature
    | ImportNormalizationFeature
]:
    return [
        ImportReportFeature(
            send_final_report=True,
            send_error_report=True,
            contact_guids=["1C0193AB"],
        ),
        ImportDatabaseFeature(update_existing=True, crush_data=False),
        ImportDuplicateFeature(rules=ImportDuplicateRules(first=True)),
        ImportSegmentationFeature(segment_id=501, empty_exisiting_segment=False),
        ImportNormalizationFeature(
            fields=ImportNormalizationFeatureFields.from_dict({"233": ["FRA", "ESP"]}),
        ),
    ]


def _assert_import_contacts(definition: ImportDefinition) -> None:
    assert (definition.id, definition.name, definition.binding) == (23, "Import Contacts", 44)
    assert definition.creation_date == datetime.datetime(2023, 3, 1, 11, 4, tzinfo=UTC)
    assert definition.features is not None
    report, database, duplicate, segmentation, normalization = definition.features
    assert isinstance(report, ImportReportFeature) and report.contact_guids == ["1C0193AB"]
    assert isinstance(database, ImportDatabaseFeature) and database.crush_data is False
    assert isinstance(duplicate, ImportDuplicateFeature)
    assert isinstance(duplicate.rules, ImportDuplicateRules) and duplicate.rules.first is True
    assert isinstance(segmentation, ImportSegmentationFeature) and segmentation.segment_id == 501
    assert isinstance(normalization, ImportNormalizationFeature)
    assert isinstance(normalization.fields, ImportNormalizationFeatureFields)
    assert normalization.fields["233"] == ["FRA", "ESP"]
    assert isinstance(definition.source, ImportFtpSource)  # decoded by its `type` discriminator
    assert definition.source.folder == "23 - Import Contacts"
    assert definition.source.template_filename == "Import Contacts.csv"


@pytest.mark.vcr
def test_list_imports(client: Client) -> None:
    response = list_imports.sync_detailed(client=client)
    assert response.headers["content-type"] == IMPORT_MEDIA_TYPE
    assert response.parsed is not None
    (definition,) = response.parsed
    _assert_import_contacts(definition)
    assert isinstance(definition.scheduler, ImportScheduler) and definition.scheduler.id == 79


@pytest.mark.vcr
def test_create_import(client: Client) -> None:
    body = ImportDefinition(
        id=None,
        name="Import Contacts",
        creation_date=datetime.datetime(1, 1, 1, tzinfo=UTC),
        binding=44,
        features=_features(),
        source=ImportFtpSource(creation_date=datetime.datetime(1, 1, 1, tzinfo=UTC)),
    )
    created = create_import.sync(client=client, body=body)
    _assert_import_contacts(created)


@pytest.mark.vcr
def test_get_import(client: Client) -> None:
    definition = get_import.sync(23, client=client)
    _assert_import_contacts(definition)
    assert isinstance(definition.source, ImportFtpSource)
    assert definition.source.creation_date == datetime.datetime(1, 1, 1, tzinfo=UTC)


@pytest.mark.vcr
def test_delete_import(client: Client) -> None:
    response = delete_import.sync_detailed(23, client=client)
    assert (response.status_code, response.parsed) == (204, None)
    assert response.headers["x-request-id"]


@pytest.mark.vcr
def test_upload_import_source(client: Client) -> None:
    source = upload_import_source.sync(23, client=client, body=b"nom;prenom;email;\nDupont;Jean;JD@test.com")
    assert isinstance(source, ImportFileSource)
    assert source.filename == "3ec15c5168_filename.csv"
    assert source.update_date == datetime.datetime(2016, 6, 14, 15, 3, 24, 788000, tzinfo=UTC)


@pytest.mark.vcr
def test_get_import_execution_state(client: Client) -> None:
    state = get_import_execution_state.sync(23, client=client)
    assert isinstance(state, ImportExecutionState)
    assert state.state is ImportExecutionStateCode.VALUE_0  # processing


@pytest.mark.vcr
def test_start_import_execution(client: Client) -> None:
    execution = start_import_execution.sync(23, client=client, body=ImportDefinition(binding=1234))
    assert isinstance(execution, ImportExecution)
    assert execution.start_date == datetime.datetime(2016, 6, 14, 15, 49, 48, 568000, tzinfo=UTC)
    assert execution.state is ImportExecutionStateCode.VALUE_0
    assert isinstance(execution.content, ImportExecutionContent)
    assert execution.content.separator == 59
    assert execution.content.binds is not None
    assert [(b.column_index, b.field_id) for b in execution.content.binds] == [(0, 1234), (1, 1234), (2, -10)]
    assert execution.content.features is not None
    assert [type(f) for f in execution.content.features] == [ImportReportFeature, ImportDatabaseFeature]
    assert isinstance(execution.source, ImportFileSource) and execution.source.filename == "3ec15c5168_filename.csv"


def test_upload_import_source_headers() -> None:
    """The file goes out raw as application/octet-stream, with the optional file name header."""
    sent: list[httpx.Request] = []
    answer_body = {"type": "file", "creationDate": "0001-01-01T00:00:00Z", "filename": "3ec15c5168_contacts.csv"}

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=answer_body, headers={"Content-Type": IMPORT_MEDIA_TYPE})

    with Client(api_key="test-key", transport=httpx.MockTransport(answer), max_retries=0) as np6:
        source = upload_import_source.sync(
            23, client=np6, body=b"email\na@b.c\n", content_disposition="form-data; filename=contacts.csv"
        )
    (request,) = sent
    assert (request.method, request.url.path) == ("PUT", "/imports/23/source")
    assert request.headers["Content-Type"] == "application/octet-stream"
    assert request.headers["Content-Disposition"] == "form-data; filename=contacts.csv"
    assert request.read() == b"email\na@b.c\n"
    assert isinstance(source, ImportFileSource)
    assert source.filename == "3ec15c5168_contacts.csv"
