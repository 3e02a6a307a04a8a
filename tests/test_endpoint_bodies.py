"""Request bodies of the generated operations (templates/endpoint_module.py.jinja, np6_macros).

* several request media types: ``content_type=`` picks the one sent, vendor JSON types are
  JSON-encoded, an undocumented one is refused before sending;
* ``application/octet-stream`` uploads: bytes or a binary file object, streamed in chunks;
* ``maxItems``/``minItems`` of array bodies checked before sending (generator/template_facts.py
  hands them to the template);
* writes without a body carry ``Content-Length: 0`` (NP6 answers 411 otherwise).

Most cases run on ``tests/fixtures/endpoints`` rendered by the project's generator into a
temporary package (imported as ``np6_bodies_fixture``); ``add_segment_targets`` runs on the real
generated ``np6``. No network: httpx MockTransport or the recording transports below.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import inspect
import io
import json
import os
import shutil
import subprocess
import sys
import threading
import typing
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator import template_facts

REPO = Path(__file__).resolve().parents[1]
FIXTURE_SPEC = REPO / "tests" / "fixtures" / "endpoints"
PACKAGE = "np6_bodies_fixture"
BASE_URL = "http://np6.test"
EMAIL = "application/vnd.np6.cm.email"
SMS = "application/vnd.np6.cm.sms"


# -- the fixture package -------------------------------------------------------------------


@pytest.fixture(scope="session")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    """tests/fixtures/endpoints rendered with our generator and templates, imported as PACKAGE."""
    from generator.generate import Paths, render

    work = tmp_path_factory.mktemp("endpoint-bodies")
    spec = work / "spec"
    shutil.copytree(FIXTURE_SPEC, spec)
    shutil.copyfile(REPO / "spec" / "components" / "common.yaml", spec / "components" / "common.yaml")
    out = work / "project"
    render(Paths(spec=spec), out, lint=False)
    root = out / "np6"
    module_spec = importlib.util.spec_from_file_location(
        PACKAGE, root / "__init__.py", submodule_search_locations=[str(root)]
    )
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    sys.modules[PACKAGE] = module
    module_spec.loader.exec_module(module)
    return module


def op(name: str) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}.api.fixture_bodies.{name}")


class Recorder:
    """A MockTransport handler that keeps every request it answers."""

    def __init__(self, status: int = 200, json_body: Any = None, headers: dict[str, str] | None = None):
        self.requests: list[httpx.Request] = []
        self.status = status
        self.json_body = json_body
        self.headers = headers or {}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.json_body is None:
            return httpx.Response(self.status, headers=self.headers)
        content = json.dumps(self.json_body).encode()
        headers = {"Content-Type": "application/json", **self.headers}
        return httpx.Response(self.status, content=content, headers=headers)

    @property
    def last(self) -> httpx.Request:
        assert self.requests, "no request reached the transport"
        return self.requests[-1]


def make_client(pkg: ModuleType, handler: Callable[[httpx.Request], httpx.Response]) -> Any:
    return pkg.Client(
        api_key="test-key",
        base_url=BASE_URL,
        max_retries=0,
        transport=httpx.MockTransport(handler),
        async_transport=httpx.MockTransport(handler),
    )


# -- several request media types -----------------------------------------------------------


def test_content_type_argument_lists_documented_media_types_first_is_default(pkg: ModuleType) -> None:
    module = op("execute_fixture_action")
    for function in (module.sync, module.sync_detailed, module.asyncio, module.asyncio_detailed):
        parameter = inspect.signature(function).parameters["content_type"]
        assert parameter.default == EMAIL
        hint = typing.get_type_hints(function)["content_type"]
        assert typing.get_origin(hint) is typing.Literal
        assert typing.get_args(hint) == (EMAIL, SMS)
    assert module.CONTENT_TYPES == (EMAIL, SMS)


@pytest.mark.parametrize("content_type", [EMAIL, SMS])
def test_same_schema_under_two_media_types_reaches_the_wire_with_the_chosen_one(
    pkg: ModuleType, content_type: str
) -> None:
    models = importlib.import_module(f"{PACKAGE}.models")
    recorder = Recorder(json_body={"id": "exec-1"})
    body = models.FixtureExecution(unicity=["a@example.com"], variables=models.FixtureExecutionVariables())
    body.variables["firstname"] = "Ada"
    with make_client(pkg, recorder) as client:
        result = op("execute_fixture_action").sync("000ABC", client=client, body=body, content_type=content_type)
    assert result.id == "exec-1"
    request = recorder.last
    assert request.method == "POST"
    assert request.url.path == "/fixture/actions/000ABC/execution"
    assert request.headers["Content-Type"] == content_type
    assert json.loads(request.content) == {"unicity": ["a@example.com"], "variables": {"firstname": "Ada"}}
    assert request.headers["Content-Length"] == str(len(request.content))


async def test_default_media_type_and_sms_async(pkg: ModuleType) -> None:
    models = importlib.import_module(f"{PACKAGE}.models")
    recorder = Recorder(json_body={"id": "exec-2"})
    body = models.FixtureExecution(unicity=["+33600000000"])
    async with make_client(pkg, recorder) as client:
        default = await op("execute_fixture_action").asyncio("000ABC", client=client, body=body)
        sms = await op("execute_fixture_action").asyncio_detailed("000ABC", client=client, body=body, content_type=SMS)
    assert default.id == "exec-2"
    assert sms.parsed is not None and sms.parsed.id == "exec-2"
    assert [r.headers["Content-Type"] for r in recorder.requests] == [EMAIL, SMS]
    assert [json.loads(r.content) for r in recorder.requests] == [{"unicity": ["+33600000000"]}] * 2


@pytest.mark.parametrize("bad", ["application/json", "application/vnd.np6.cm.email; charset=utf-8", "", None])
def test_undocumented_content_type_is_refused_before_sending(pkg: ModuleType, bad: Any) -> None:
    models = importlib.import_module(f"{PACKAGE}.models")
    validation = importlib.import_module(f"{PACKAGE}._validation")
    recorder = Recorder(json_body={"id": "x"})
    with make_client(pkg, recorder) as client, pytest.raises(validation.InvalidContentTypeError) as caught:
        op("execute_fixture_action").sync(
            "000ABC", client=client, body=models.FixtureExecution(unicity=["a"]), content_type=bad
        )
    assert recorder.requests == []
    error = caught.value
    assert isinstance(error, pkg.errors.NP6Error) and isinstance(error, ValueError)
    assert error.operation == "execute_fixture_action"
    assert error.allowed == (EMAIL, SMS)
    message = str(error)
    assert "execute_fixture_action" in message and EMAIL in message and SMS in message and repr(bad) in message


def test_different_schemas_per_media_type_are_encoded_by_the_chosen_one(pkg: ModuleType) -> None:
    models = importlib.import_module(f"{PACKAGE}.models")
    recorder = Recorder(json_body=["rendered"])
    module = op("render_fixture_messages")
    emails = [models.FixtureEmailRender(target="000A", subject="Hi"), models.FixtureEmailRender("000B", "Yo")]
    with make_client(pkg, recorder) as client:
        assert module.sync(client=client, body=emails) == ["rendered"]
        assert module.sync(client=client, body=models.FixtureSmsRender(phone="+33600000000"), content_type=SMS) == [
            "rendered"
        ]
    email_request, sms_request = recorder.requests
    assert email_request.headers["Content-Type"] == EMAIL
    assert json.loads(email_request.content) == [
        {"target": "000A", "subject": "Hi"},
        {"target": "000B", "subject": "Yo"},
    ]
    assert sms_request.headers["Content-Type"] == SMS
    assert json.loads(sms_request.content) == {"phone": "+33600000000"}


def test_body_of_the_other_media_type_is_refused_before_sending(pkg: ModuleType) -> None:
    models = importlib.import_module(f"{PACKAGE}.models")
    validation = importlib.import_module(f"{PACKAGE}._validation")
    recorder = Recorder(json_body=["rendered"])
    module = op("render_fixture_messages")
    with make_client(pkg, recorder) as client:
        with pytest.raises(validation.BodyTypeError, match=r"render_fixture_messages.*FixtureSmsRender.*list"):
            module.sync(client=client, body=[models.FixtureEmailRender("000A", "Hi")], content_type=SMS)
        with pytest.raises(validation.BodyTypeError, match=r"list\[FixtureEmailRender\].*FixtureSmsRender"):
            module.sync(client=client, body=models.FixtureSmsRender(phone="+33600000000"))
        with pytest.raises(TypeError):  # a list of the wrong items is refused too
            module.sync(client=client, body=[models.FixtureSmsRender(phone="+33600000000")])
    assert recorder.requests == []


def test_max_items_applies_to_the_media_type_that_declares_it(pkg: ModuleType) -> None:
    models = importlib.import_module(f"{PACKAGE}.models")
    validation = importlib.import_module(f"{PACKAGE}._validation")
    recorder = Recorder(json_body=["rendered"])
    module = op("render_fixture_messages")
    four = [models.FixtureEmailRender(f"00{i}", "Hi") for i in range(4)]
    with make_client(pkg, recorder) as client:
        with pytest.raises(validation.TooManyItemsError) as caught:
            module.sync(client=client, body=four)
        assert recorder.requests == []
        assert (caught.value.limit, caught.value.length) == (3, 4)
        module.sync(client=client, body=four[:3])
    assert len(json.loads(recorder.last.content)) == 3


def test_single_vendor_media_type_is_json_encoded_without_content_type_argument(pkg: ModuleType) -> None:
    models = importlib.import_module(f"{PACKAGE}.models")
    module = op("create_fixture_workflow")
    assert "content_type" not in inspect.signature(module.sync).parameters
    workflow = "application/vnd.np6.cm.workflow-v4"
    recorder = Recorder(json_body={"name": "welcome"}, headers={"Content-Type": workflow})
    with make_client(pkg, recorder) as client:
        created = module.sync(client=client, body=models.FixtureWorkflow(name="welcome"))
    assert isinstance(created, models.FixtureWorkflow) and created.name == "welcome"
    assert recorder.last.headers["Content-Type"] == workflow
    assert json.loads(recorder.last.content) == {"name": "welcome"}


def test_optional_body_under_two_media_types(pkg: ModuleType) -> None:
    models = importlib.import_module(f"{PACKAGE}.models")
    module = op("put_fixture_note")
    recorder = Recorder(status=204)
    with make_client(pkg, recorder) as client:
        module.sync("000ABC", client=client)
        module.sync(
            "000ABC", client=client, body=models.FixtureNote(text="hi"), content_type="application/vnd.np6.cm.v1+json"
        )
    empty, full = recorder.requests
    assert empty.content == b"" and "Content-Type" not in empty.headers and empty.headers["Content-Length"] == "0"
    assert full.headers["Content-Type"] == "application/vnd.np6.cm.v1+json"
    assert json.loads(full.content) == {"text": "hi"}


# -- binary uploads ------------------------------------------------------------------------


class CountingFile(io.RawIOBase):
    """A binary file object over ``data`` that records every read() size and the bytes served."""

    def __init__(self, data: bytes):
        self._data = data
        self._position = 0
        self.reads: list[int] = []
        self.read_threads: list[int] = []
        self.served = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._position, os.SEEK_END: len(self._data)}[whence]
        self._position = base + offset
        return self._position

    def read(self, size: int | None = -1) -> bytes:
        self.reads.append(-1 if size is None else size)
        self.read_threads.append(threading.get_ident())
        end = len(self._data) if size is None or size < 0 else self._position + size
        chunk = self._data[self._position : end]
        self._position += len(chunk)
        self.served += len(chunk)
        return chunk

    def readinto(self, buffer: Any) -> int:  # pragma: no cover - read() is overridden
        raise AssertionError("readinto is not expected")


class StreamObserver(httpx.BaseTransport):
    """Reads ``request.stream`` chunk by chunk (as a socket writer would) and notes, per chunk,
    how many bytes the source file had served at that moment."""

    def __init__(self, source: CountingFile | None = None):
        self.source = source
        self.chunks: list[int] = []
        self.served_at_chunk: list[int] = []
        self.digest = hashlib.sha256()
        self.headers: httpx.Headers | None = None

    def _see(self, chunk: bytes) -> None:
        self.chunks.append(len(chunk))
        self.served_at_chunk.append(self.source.served if self.source is not None else -1)
        self.digest.update(chunk)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.headers = request.headers
        assert isinstance(request.stream, httpx.SyncByteStream)
        for chunk in request.stream:
            self._see(chunk)
        return httpx.Response(204)


class AsyncStreamObserver(httpx.AsyncBaseTransport):
    def __init__(self, source: CountingFile):
        self.sync = StreamObserver(source)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sync.headers = request.headers
        assert isinstance(request.stream, httpx.AsyncByteStream)
        async for chunk in request.stream:
            self.sync._see(chunk)
        return httpx.Response(204)


def _upload_client(pkg: ModuleType, transport: httpx.BaseTransport | None = None, atransport: Any = None) -> Any:
    return pkg.Client(
        api_key="test-key", base_url=BASE_URL, max_retries=0, transport=transport, async_transport=atransport
    )


SIZE = 1024 * 1024 + 123  # 16 full chunks of 64 KiB and a short one


def _assert_streamed(pkg: ModuleType, observer: StreamObserver, source: CountingFile, data: bytes) -> None:
    chunk_size = importlib.import_module(f"{PACKAGE}._validation").CHUNK_SIZE
    assert observer.headers is not None
    assert observer.headers["Content-Type"] == "application/octet-stream"
    assert observer.headers["Content-Length"] == str(len(data))
    assert "Transfer-Encoding" not in observer.headers
    assert observer.digest.hexdigest() == hashlib.sha256(data).hexdigest()
    # Never read whole: every read asks for one chunk, and the transport got chunk n when the
    # file had served only n chunks (reading and sending interleave).
    assert source.reads and all(0 < size <= chunk_size for size in source.reads)
    assert len(observer.chunks) == -(-len(data) // chunk_size)
    assert max(observer.chunks) <= chunk_size
    assert observer.served_at_chunk == [min(len(data), (n + 1) * chunk_size) for n in range(len(observer.chunks))]
    assert observer.served_at_chunk[0] < len(data)


def test_file_object_upload_is_streamed_in_chunks(pkg: ModuleType) -> None:
    data = os.urandom(SIZE)
    source = CountingFile(data)
    observer = StreamObserver(source)
    with _upload_client(pkg, transport=observer) as client:
        assert op("upload_fixture_file").sync("000ABC", client=client, body=source) is None
    _assert_streamed(pkg, observer, source, data)


async def test_file_object_upload_is_streamed_in_chunks_async(pkg: ModuleType) -> None:
    data = os.urandom(SIZE)
    source = CountingFile(data)
    observer = AsyncStreamObserver(source)
    async with _upload_client(pkg, atransport=observer) as client:
        response = await op("upload_fixture_file").asyncio_detailed("000ABC", client=client, body=source)
    assert response.status_code == 204
    _assert_streamed(pkg, observer.sync, source, data)
    # the file is read in worker threads: a slow file never blocks the event loop
    assert source.read_threads and threading.get_ident() not in source.read_threads


def test_real_file_upload_from_its_position(pkg: ModuleType, tmp_path: Path) -> None:
    data = os.urandom(200_000)
    path = tmp_path / "contacts.csv"
    path.write_bytes(data)
    observer = StreamObserver()
    with path.open("rb") as handle, _upload_client(pkg, transport=observer) as client:
        handle.seek(1000)  # e.g. a header line already consumed by the caller
        op("upload_fixture_file").sync("000ABC", client=client, body=handle)
    assert observer.headers is not None and observer.headers["Content-Length"] == str(len(data) - 1000)
    assert observer.digest.hexdigest() == hashlib.sha256(data[1000:]).hexdigest()
    assert len(observer.chunks) > 1


def test_bytes_upload(pkg: ModuleType) -> None:
    recorder = Recorder(status=204)
    payload = b"nom;prenom;email\nDupont;Jean;jd@example.com\n"
    with make_client(pkg, recorder) as client:
        op("upload_fixture_file").sync("000ABC", client=client, body=payload)
    request = recorder.last
    assert request.url.path == "/fixture/imports/000ABC/file"
    assert request.content == payload
    assert request.headers["Content-Type"] == "application/octet-stream"
    assert request.headers["Content-Length"] == str(len(payload))


def test_unsized_stream_is_sent_chunked(pkg: ModuleType) -> None:
    class PipeLike:
        """Only read(): no tell, seek nor fileno (a pipe or socket file)."""

        mode = "rb"

        def __init__(self, data: bytes):
            self._inner = io.BytesIO(data)

        def read(self, size: int = -1) -> bytes:
            return self._inner.read(size)

    data = os.urandom(150_000)
    observer = StreamObserver()
    with _upload_client(pkg, transport=observer) as client:
        op("upload_fixture_file").sync("000ABC", client=client, body=PipeLike(data))  # type: ignore[arg-type]
    assert observer.headers is not None
    assert "Content-Length" not in observer.headers
    assert observer.headers["Transfer-Encoding"] == "chunked"
    assert observer.digest.hexdigest() == hashlib.sha256(data).hexdigest()


def test_text_file_or_str_upload_is_refused_before_sending(pkg: ModuleType, tmp_path: Path) -> None:
    validation = importlib.import_module(f"{PACKAGE}._validation")
    recorder = Recorder(status=204)
    path = tmp_path / "a.csv"
    path.write_text("a;b\n")
    with make_client(pkg, recorder) as client, path.open("r") as text:
        with pytest.raises(validation.BodyTypeError, match="binary mode"):
            op("upload_fixture_file").sync("000ABC", client=client, body=text)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="upload_fixture_file"):
            op("upload_fixture_file").sync("000ABC", client=client, body="a;b")  # type: ignore[arg-type]
    assert recorder.requests == []


def test_optional_upload_omitted_sends_empty_put(pkg: ModuleType) -> None:
    recorder = Recorder(status=204)
    with make_client(pkg, recorder) as client:
        op("put_optional_fixture_file").sync("000ABC", client=client)
        op("put_optional_fixture_file").sync("000ABC", client=client, body=io.BytesIO(b"abc"))
    empty, full = recorder.requests
    assert empty.content == b"" and empty.headers["Content-Length"] == "0" and "Content-Type" not in empty.headers
    assert full.content == b"abc" and full.headers["Content-Length"] == "3"


# -- maxItems / minItems -------------------------------------------------------------------


def _targets(count: int) -> list[str]:
    return [f"{i:08X}" for i in range(count)]


def test_add_segment_targets_refuses_51_before_sending() -> None:
    import np6
    from np6 import _validation
    from np6.api.segment import add_segment_targets

    recorder = Recorder(json_body=50)
    with make_client(np6, recorder) as client, pytest.raises(_validation.TooManyItemsError) as caught:
        add_segment_targets.sync(41, client=client, body=_targets(51))
    assert recorder.requests == []
    error = caught.value
    assert isinstance(error, np6.errors.NP6Error) and isinstance(error, ValueError)
    assert (error.operation, error.limit, error.length) == ("add_segment_targets", 50, 51)
    assert "add_segment_targets" in str(error) and "50" in str(error) and "51" in str(error)


def test_add_segment_targets_sends_50() -> None:
    import np6
    from np6.api.segment import add_segment_targets

    recorder = Recorder(json_body=50)
    with make_client(np6, recorder) as client:
        added = add_segment_targets.sync(41, client=client, body=_targets(50))
    assert added == 50
    assert recorder.last.method == "PUT" and recorder.last.url.path == "/segments/41/targets"
    assert json.loads(recorder.last.content) == _targets(50)


async def test_add_segment_targets_limits_async_and_min_items() -> None:
    import np6
    from np6 import _validation
    from np6.api.segment import add_segment_targets

    recorder = Recorder(json_body=1)
    async with make_client(np6, recorder) as client:
        with pytest.raises(_validation.TooManyItemsError):
            await add_segment_targets.asyncio(41, client=client, body=_targets(51))
        with pytest.raises(_validation.TooFewItemsError, match="at least 1"):
            await add_segment_targets.asyncio_detailed(41, client=client, body=[])
        assert recorder.requests == []
        assert await add_segment_targets.asyncio(41, client=client, body=_targets(1)) == 1
    assert len(recorder.requests) == 1


def test_fixture_targets_limits(pkg: ModuleType) -> None:
    validation = importlib.import_module(f"{PACKAGE}._validation")
    recorder = Recorder(json_body=50)
    module = op("add_fixture_targets")
    with make_client(pkg, recorder) as client:
        with pytest.raises(validation.TooManyItemsError, match=r"add_fixture_targets.* 51 items.* at most 50"):
            module.sync("000ABC", client=client, body=_targets(51))
        assert recorder.requests == []
        assert module.sync("000ABC", client=client, body=_targets(50)) == 50
    assert "takes 1 to 50 items per call" in (module.sync.__doc__ or "")


# -- writes without a body -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "method", "json_body"),
    [("copy_fixture_action", "POST", {"id": "copy-1"}), ("lock_fixture_thing", "PUT", None)],
)
def test_bodyless_write_sends_content_length_zero(pkg: ModuleType, name: str, method: str, json_body: Any) -> None:
    recorder = Recorder(status=200 if json_body else 204, json_body=json_body)
    with make_client(pkg, recorder) as client:
        op(name).sync_detailed("000ABC", client=client)
    request = recorder.last
    assert request.method == method
    assert request.headers["Content-Length"] == "0"
    assert "Transfer-Encoding" not in request.headers and "Content-Type" not in request.headers
    assert request.content == b""


@pytest.mark.parametrize(
    ("name", "method", "json_body"),
    [("copy_fixture_action", "POST", {"id": "copy-1"}), ("lock_fixture_thing", "PUT", None)],
)
async def test_bodyless_write_sends_content_length_zero_async(
    pkg: ModuleType, name: str, method: str, json_body: Any
) -> None:
    recorder = Recorder(status=200 if json_body else 204, json_body=json_body)
    async with make_client(pkg, recorder) as client:
        await op(name).asyncio_detailed("000ABC", client=client)
    request = recorder.last
    assert request.method == method
    assert request.headers["Content-Length"] == "0"
    assert "Transfer-Encoding" not in request.headers
    assert request.content == b""


# -- the generator side: facts handed to the templates ---------------------------------------


def test_facts_resolve_refs_and_keep_array_limits() -> None:
    document: dict[str, Any] = {
        "paths": {
            "/a": {
                "put": {
                    "operationId": "putA",
                    "requestBody": {"$ref": "#/components/requestBodies/ABody"},
                },
                "post": {
                    "operationId": "postA",
                    "requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}},
                },
            }
        },
        "components": {
            "requestBodies": {
                "ABody": {
                    "content": {
                        EMAIL: {"schema": {"$ref": "#/components/schemas/List"}},
                        SMS: {"schema": {"type": "array", "items": {"type": "string"}, "minItems": 2}},
                    }
                }
            },
            "schemas": {"List": {"type": "array", "maxItems": 50, "items": {"type": "string"}}},
        },
    }
    assert template_facts.request_body_facts(document) == {"putA": {EMAIL: {"max_items": 50}, SMS: {"min_items": 2}}}
    assert template_facts.content_type_overrides(document) == {EMAIL: "application/json", SMS: "application/json"}
    text = template_facts.facts_template(document)
    assert text.startswith("{#") and '"max_items": 50' in text


@pytest.mark.parametrize(
    ("media_type", "expected"),
    [
        (EMAIL, True),
        (SMS, True),
        ("application/vnd.np6.cm.workflow-v4", True),
        ("application/vnd.mperf.v8.message", True),
        ("Application/VND.np6.cm.email; charset=utf-8", True),
        ("application/json", False),
        ("application/vnd.np6.cm.v1+json", False),
        ("application/vnd.np6.export+zip", False),
        ("application/octet-stream", False),
        ("text/csv", False),
    ],
)
def test_which_media_types_are_parsed_as_json(media_type: str, expected: bool) -> None:
    assert template_facts.needs_json_override(media_type) is expected


def test_real_spec_facts_carry_add_segment_targets_limit() -> None:
    from generator.bundle import bundle

    facts = template_facts.request_body_facts(bundle(REPO / "spec").document)
    assert facts["addSegmentTargets"] == {"application/json": {"max_items": 50, "min_items": 1}}


def test_generated_add_segment_targets_checks_before_building_the_request() -> None:
    source = (REPO / "generated" / "np6" / "api" / "segment" / "add_segment_targets.py").read_text()
    assert "_validation.check_items(OPERATION_ID, body, max_items=50, min_items=1)" in source


def test_lists_of_different_items_per_media_type(pkg: ModuleType) -> None:
    models = importlib.import_module(f"{PACKAGE}.models")
    validation = importlib.import_module(f"{PACKAGE}._validation")
    recorder = Recorder(status=204)
    module = op("send_fixture_messages")
    sms = [models.FixtureSmsRender(phone="+33600000001"), models.FixtureSmsRender(phone="+33600000002")]
    with make_client(pkg, recorder) as client:
        module.sync("000ABC", client=client, body=[models.FixtureEmailRender("000A", "Hi")])
        module.sync("000ABC", client=client, body=sms, content_type=SMS)
        with pytest.raises(validation.BodyTypeError):
            module.sync("000ABC", client=client, body=sms)  # SMS items under the email default
        with pytest.raises(validation.TooManyItemsError, match="at most 2"):
            module.sync("000ABC", client=client, body=[*sms, *sms], content_type=SMS)
    email_request, sms_request = recorder.requests
    assert email_request.headers["Content-Type"] == EMAIL
    assert json.loads(email_request.content) == [{"target": "000A", "subject": "Hi"}]
    assert sms_request.headers["Content-Type"] == SMS
    assert json.loads(sms_request.content) == [{"phone": "+33600000001"}, {"phone": "+33600000002"}]


def test_fixture_package_is_mypy_strict_and_ruff_clean(pkg: ModuleType, tmp_path: Path) -> None:
    """The body shapes of the fixture (several are absent from the real spec) type-check."""
    project = Path(pkg.__file__ or "").parent.parent
    venv_bin = Path(sys.executable).parent
    mypy = subprocess.run(
        [str(venv_bin / "mypy"), "--strict", "--cache-dir", str(tmp_path / "mypy"), "np6"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr
    ruff = subprocess.run(
        [str(venv_bin / "ruff"), "check", "--no-cache", "."], cwd=project, capture_output=True, text=True, check=False
    )
    assert ruff.returncode == 0, ruff.stdout + ruff.stderr
