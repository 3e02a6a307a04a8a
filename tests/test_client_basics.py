"""Client configuration: key and base URL resolution, the X-Key header, key hygiene."""

from __future__ import annotations

import httpx
import pytest

from np6 import DEFAULT_BASE_URL, Client, errors
from np6.api.segment import list_segments
from tests.support.clients import as_sent

SECRET = "s3cr3t-key-value-0123456789"


def _recording_transport(seen: list[httpx.Request], status: int = 200, body: bytes = b"[]") -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(as_sent(request))
        return httpx.Response(status, content=body, headers={"content-type": "application/json"})

    return httpx.MockTransport(handler)


def test_missing_key_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NP6_API_KEY", raising=False)
    with pytest.raises(errors.MissingAPIKeyError, match="NP6_API_KEY"):
        Client()


def test_key_and_base_url_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NP6_API_KEY", SECRET)
    monkeypatch.setenv("NP6_BASE_URL", "http://127.0.0.1:9/")
    seen: list[httpx.Request] = []
    client = Client(transport=_recording_transport(seen))
    assert client.base_url == "http://127.0.0.1:9"
    list_segments.sync(client=client)
    assert str(seen[0].url) == "http://127.0.0.1:9/segments"
    assert seen[0].headers["X-Key"] == SECRET


def test_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NP6_BASE_URL", raising=False)
    client = Client(api_key=SECRET)
    assert client.base_url == DEFAULT_BASE_URL == "https://api-cm.np6.com"


def test_explicit_arguments_win_over_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NP6_API_KEY", "from-env")
    monkeypatch.setenv("NP6_BASE_URL", "http://env.invalid")
    seen: list[httpx.Request] = []
    client = Client(api_key=SECRET, base_url="http://127.0.0.1:9", transport=_recording_transport(seen))
    list_segments.sync(client=client)
    assert seen[0].headers["X-Key"] == SECRET
    assert seen[0].url.host == "127.0.0.1"


def test_x_key_is_sent_raw_without_prefix_or_authorization() -> None:
    seen: list[httpx.Request] = []
    client = Client(api_key=SECRET, transport=_recording_transport(seen))
    list_segments.sync(client=client)
    assert seen[0].headers.get_list("X-Key") == [SECRET]
    assert "authorization" not in seen[0].headers


def test_key_never_in_repr_or_error_text() -> None:
    seen: list[httpx.Request] = []
    client = Client(api_key=SECRET, transport=_recording_transport(seen, status=401, body=b""))
    assert SECRET not in repr(client)
    assert SECRET not in repr(client.with_options(max_retries=0))
    assert SECRET not in repr(client.get_httpx_client()._transport)
    with pytest.raises(errors.AuthenticationError) as info:
        list_segments.sync(client=client)
    assert SECRET not in str(info.value)
    assert SECRET not in repr(info.value)


def test_operation_without_security_sends_no_key() -> None:
    """GET /targets/count is documented without X-Key (security: []): the key stays home."""
    from np6.api.contact import count_targets

    seen: list[httpx.Request] = []
    client = Client(api_key=SECRET, transport=_recording_transport(seen, body=b'{"targetsCount": 42}'))
    assert count_targets.sync(client=client).targets_count == 42
    client = Client(api_key=SECRET, transport=_recording_transport(seen))
    list_segments.sync(client=client)
    assert "x-key" not in seen[0].headers
    assert seen[1].headers["X-Key"] == SECRET
