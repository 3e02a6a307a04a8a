"""Local mistakes are refused where they are made, never sent, retried or echoed.

A bad base URL or a malformed key is refused when the client is made; an illegal header value
before anything is sent. Each is a clear ``NP6Error``, costs no retry, and the key (whatever it
holds) appears in no error, log line or repr.
"""

from __future__ import annotations

import io
import logging
import time
import traceback
from collections.abc import Iterator

import pytest

from np6 import Client, errors
from np6.api.import_ import upload_import_source
from np6.api.segment import list_segments
from tests.support.clients import KEY, MODES, loopback_client, run
from tests.support.loopback import Answer, LoopbackServer, json_answer


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer([json_answer(b"[]")]) as running:
        yield running


@pytest.mark.parametrize(
    "url", ["not a url", "api-cm.np6.com", "ftp://api-cm.np6.com", "https://", "http://exa mple.com", "https://a\nb"]
)
def test_a_bad_base_url_is_refused_when_the_client_is_made(url: str) -> None:
    with pytest.raises(errors.ConfigurationError) as info:
        Client(api_key=KEY, base_url=url)
    assert "base_url" in str(info.value)
    assert "\n" not in str(info.value)


def test_a_bad_base_url_from_the_environment_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NP6_BASE_URL", "not a url")
    started = time.monotonic()
    with pytest.raises(errors.ConfigurationError, match="NP6_BASE_URL"):
        Client(api_key=KEY)
    assert time.monotonic() - started < 0.5


@pytest.mark.parametrize(
    "key",
    [
        KEY + "\n",  # as read from a file
        KEY + "\r\n",
        " " + KEY,
        KEY[:5] + "\n" + KEY[5:],
        KEY + "\x00",
        KEY[:4] + "é" + KEY[4:],
        "   ",
    ],
)
def test_a_malformed_key_is_refused_and_never_echoed(key: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(errors.ConfigurationError) as info:
        Client(api_key=key, base_url="http://127.0.0.1:9")
    text = "".join(traceback.format_exception(info.value))
    assert KEY[6:] not in text
    assert "api_key" in str(info.value)
    if "\x00" in key:
        return  # an environment variable cannot hold a NUL
    monkeypatch.setenv("NP6_API_KEY", key)
    with pytest.raises(errors.ConfigurationError) as from_env:
        Client(base_url="http://127.0.0.1:9")
    assert "NP6_API_KEY" in str(from_env.value)
    assert KEY[6:] not in "".join(traceback.format_exception(from_env.value))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", ["form-data; filename=a.csv\r\nX-Evil: 1", "a\nb", "a\x00b"])
def test_an_illegal_header_value_is_refused_before_sending(server: LoopbackServer, mode: str, value: str) -> None:
    client = loopback_client(server.url)
    started = time.monotonic()
    with pytest.raises(errors.InvalidHeaderError) as info:
        run(
            mode,
            upload_import_source.sync,
            upload_import_source.asyncio,
            7,
            client=client,
            body=b"email\njane@example.com\n",
            content_disposition=value,
        )
    assert time.monotonic() - started < 0.5, "refused at once, not retried"
    assert info.value.sent is False
    assert "Content-Disposition" in str(info.value)
    assert "upload_import_source" in str(info.value)
    assert server.requests == []


@pytest.mark.parametrize("value", ["a\r\nb", "x\n"])
def test_an_illegal_client_header_is_refused_when_the_client_is_made(value: str) -> None:
    with pytest.raises(errors.ConfigurationError, match="X-Team"):
        Client(api_key=KEY, base_url="http://127.0.0.1:9", headers={"X-Team": value})
    with pytest.raises(errors.ConfigurationError, match="header name"):
        Client(api_key=KEY, base_url="http://127.0.0.1:9", headers={"X Team\n": "a"})


@pytest.mark.parametrize("mode", MODES)
def test_the_key_is_in_no_error_log_or_repr(
    server: LoopbackServer, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    client = loopback_client(server.url)
    caplog.set_level(logging.DEBUG, logger="np6")
    run(mode, list_segments.sync, list_segments.asyncio, client=client)
    assert server.requests[0].header("X-Key") == KEY  # it is sent...
    assert KEY not in repr(client) and KEY not in str(client)
    assert KEY not in caplog.text
    # ...and a failure names no key either, even through its cause chain.
    refused = loopback_client("http://127.0.0.1:9", max_retries=0)
    with pytest.raises(errors.APIConnectionError) as info:
        run(mode, list_segments.sync, list_segments.asyncio, client=refused)
    assert info.value.sent is False
    stream = io.StringIO()
    traceback.print_exception(info.value, file=stream)
    assert KEY not in stream.getvalue()
    assert KEY not in caplog.text


@pytest.mark.parametrize("mode", MODES)
def test_the_request_kept_on_an_error_does_not_show_the_key(mode: str) -> None:
    with LoopbackServer([json_answer(b'{"title": "nope"}', status=400)]) as running:
        client = loopback_client(running.url)
        with pytest.raises(errors.BadRequestError) as info:
            run(mode, list_segments.sync, list_segments.asyncio, client=client)
    request = info.value.response.request
    assert KEY not in repr(request.headers)
    assert KEY not in str(dict(request.headers))


@pytest.mark.parametrize("mode", MODES)
def test_a_redirect_to_another_host_is_refused_and_nothing_reaches_it(mode: str) -> None:
    with LoopbackServer([json_answer(b"[]")]) as elsewhere:
        # the same loopback interface under another name: another origin for the client
        target = elsewhere.url.replace("127.0.0.1", "localhost") + "/segments"
        with LoopbackServer([Answer(307, b"", {"Location": target})]) as server:
            client = loopback_client(server.url, follow_redirects=True)
            with pytest.raises(errors.APIConnectionError, match="another host") as info:
                run(mode, list_segments.sync, list_segments.asyncio, client=client)
        assert info.value.sent is False
        assert server.requests[0].header("X-Key") == KEY
        assert elsewhere.requests == [], "neither the key nor the body leaves for another host"


def test_the_repr_hides_credentials_in_the_base_url() -> None:
    client = Client(api_key=KEY, base_url="http://user:pa55w0rd@127.0.0.1:1/")
    assert "pa55w0rd" not in repr(client) and KEY not in repr(client)
