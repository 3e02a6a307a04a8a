"""Negative contract tests: requests Prism must refuse, and the typed errors the client raises.

Prism answers a refused request with the spec's own response for the status it picks (the first
of 401 / 415, 422, 400 / 422, 400 that the operation declares, ``4XX`` included), else with its
own ``application/problem+json`` body; either way it lists the violations in an ``sl-violations``
header. Each test computes the expected status from the operation's declared responses, so it
holds for every operation of the spec. The wrong requests are made by editing what the client
built, on its way to Prism (``make_client(edit=...)``), since the client itself never sends them.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx
import pytest

from np6 import errors

from .conftest import CONTRACT_KEY, ClientFactory
from .spec_tools import MISSING, Operation, build_call, cases, is_json, media_example, resolve

#: The exception each status must raise (written out here, not taken from np6.errors).
ERROR_CLASS: dict[int, type[errors.APIStatusError]] = {
    400: errors.BadRequestError,
    401: errors.AuthenticationError,
    415: errors.UnsupportedMediaTypeError,
    422: errors.UnprocessableEntityError,
}

#: A media type no operation declares.
UNSUPPORTED_TYPE = "application/x-np6-unsupported"

ALL_CASES = list(cases())
#: The first case of each operation (its first request media type).
ONE_PER_OPERATION = list({case[0].operation_id: case for case in reversed(ALL_CASES)}.values())[::-1]
#: Cases that send a body: a request media type with a documented example.
BODY_CASES = [
    case
    for case in ALL_CASES
    if case[1] is not None
    and media_example(((case[0].request_body or {}).get("content") or {}).get(case[1]) or {}) is not MISSING
]
#: NP6's own media types (sends and renders): plain JSON gets 415 there. (A ``+json`` type is left
#: out: Prism matches only the part after ``+``, so it takes plain JSON for it.)
VENDOR_CASES = [
    (operation, media_type)
    for operation, media_type in BODY_CASES
    if str(media_type).startswith("application/vnd.np6.") and not str(media_type).endswith("+json")
]


def _ids(items: list[tuple[Operation, str | None]]) -> list[str]:
    return [
        op.operation_id if mt is None or len(op.request_media_types) == 1 else f"{op.operation_id}[{mt}]"
        for op, mt in items
    ]


def prism_status(operation: Operation, preferred: list[int]) -> tuple[int, bool]:
    """The status Prism answers a violation with, and whether the body is Prism's own problem."""
    responses = operation.responses
    for code in preferred:
        if str(code) in responses or f"{code // 100}XX" in responses:
            return code, False
    return preferred[0], "default" not in responses


def violations(exc: errors.APIStatusError) -> list[dict[str, Any]]:
    raw = exc.headers.get("sl-violations")
    assert raw is not None, f"Prism sent no sl-violations header with {exc.status_code}"
    found = json.loads(raw)
    assert isinstance(found, list)
    return found


def _rebuilt(request: httpx.Request, *, content: bytes | None = None, **headers: str | None) -> httpx.Request:
    new_headers = httpx.Headers(request.headers)
    for key, value in headers.items():
        name = key.replace("_", "-")
        if value is None:
            new_headers.pop(name, None)
        else:
            new_headers[name] = value
    body = request.read() if content is None else content
    new_headers.pop("content-length", None)
    if body or request.method in ("POST", "PUT", "PATCH"):
        new_headers["content-length"] = str(len(body))
    return httpx.Request(request.method, request.url, headers=new_headers, content=body, extensions=request.extensions)


def _call(operation: Operation, media_type: str | None, client: Any) -> Any:
    module = operation.module()
    call = build_call(operation, module.sync, media_type)
    return module.sync(client=client, **call.kwargs)


# -- security ------------------------------------------------------------------------------


@pytest.mark.parametrize("case", ONE_PER_OPERATION, ids=_ids(ONE_PER_OPERATION))
def test_missing_key(case: tuple[Operation, str | None], make_client: ClientFactory) -> None:
    """Without X-Key a secured operation raises AuthenticationError (401); an open one works."""
    operation, media_type = case
    client = make_client(edit=lambda request: _rebuilt(request, x_key=None))
    if not operation.secured:
        _call(operation, media_type, client)
        return
    with pytest.raises(errors.AuthenticationError) as info:
        _call(operation, media_type, client)
    exc = info.value
    assert exc.status_code == 401
    assert any(v.get("code") == 401 for v in violations(exc)), violations(exc)
    assert exc.method == operation.method.upper()
    assert CONTRACT_KEY not in str(exc)
    assert CONTRACT_KEY not in repr(exc)


def test_empty_key_is_refused_before_sending(monkeypatch: pytest.MonkeyPatch) -> None:
    from np6 import Client

    monkeypatch.delenv("NP6_API_KEY", raising=False)
    with pytest.raises(errors.MissingAPIKeyError):
        Client(api_key="", base_url="http://127.0.0.1:9")


# -- media types ---------------------------------------------------------------------------


@pytest.mark.parametrize("case", VENDOR_CASES, ids=_ids(VENDOR_CASES))
def test_plain_json_on_an_np6_media_type_is_415(case: tuple[Operation, str | None], make_client: ClientFactory) -> None:
    """NP6 answers 415 to plain JSON on a send or render; the spec must make Prism do the same."""
    operation, media_type = case
    client = make_client(edit=lambda request: _rebuilt(request, content_type="application/json"))
    with pytest.raises(errors.UnsupportedMediaTypeError) as info:
        _call(operation, media_type, client)
    exc = info.value
    assert exc.status_code == 415
    assert any(v.get("code") == 415 for v in violations(exc)), violations(exc)


@pytest.mark.parametrize("case", BODY_CASES, ids=_ids(BODY_CASES))
def test_wrong_media_type(case: tuple[Operation, str | None], make_client: ClientFactory) -> None:
    operation, media_type = case
    status, problem = prism_status(operation, [415, 422, 400])
    client = make_client(edit=lambda request: _rebuilt(request, content_type=UNSUPPORTED_TYPE))
    with pytest.raises(ERROR_CLASS[status]) as info:
        _call(operation, media_type, client)
    exc = info.value
    assert exc.status_code == status
    if problem:
        details = exc.json()
        assert details["type"].endswith("#INVALID_CONTENT_TYPE"), details
        assert str(media_type) in details["detail"]
    else:
        assert any(v.get("code") == 415 for v in violations(exc)), violations(exc)


# -- bodies --------------------------------------------------------------------------------


def _required(schema: Any) -> list[str]:
    schema = resolve(schema)
    if not isinstance(schema, dict):
        return []
    names = list(schema.get("required") or [])
    for member in schema.get("allOf") or []:
        names.extend(_required(member))
    return names


def invalid_body(example: Any, schema: Any) -> tuple[Any, str | None]:
    """A body the schema refuses, made from the valid example, and a word its violation names.

    The example without its first required property (the property is named), else a value of
    the wrong JSON type (the expected type is named, when the schema says it).
    """
    required = [name for name in _required(schema) if isinstance(example, dict) and name in example]
    if required:
        broken = copy.deepcopy(example)
        del broken[required[0]]
        return broken, required[0]
    declared = resolve(schema)
    kind = declared.get("type") if isinstance(declared, dict) else None
    wrong: Any = {"not": "an array"} if kind == "array" or isinstance(example, list) else ["not", "an object"]
    return wrong, kind


JSON_BODY_CASES = [case for case in BODY_CASES if is_json(case[1]) or str(case[1]).startswith("application/vnd.")]


@pytest.mark.parametrize("case", JSON_BODY_CASES, ids=_ids(JSON_BODY_CASES))
def test_invalid_body(case: tuple[Operation, str | None], make_client: ClientFactory) -> None:
    """An invalid body raises the typed 4xx error, with Prism's problem details or violations."""
    operation, media_type = case
    media = (operation.request_body or {})["content"][media_type]
    broken, named = invalid_body(media_example(media), media.get("schema"))
    content = json.dumps(broken).encode()
    status, problem = prism_status(operation, [422, 400])
    client = make_client(edit=lambda request: _rebuilt(request, content=content))
    with pytest.raises(ERROR_CLASS[status]) as info:
        _call(operation, media_type, client)
    exc = info.value
    assert exc.status_code == status
    if problem:
        details = exc.json()
        assert details["status"] == 422
        assert details["type"].endswith("#UNPROCESSABLE_ENTITY"), details
        found = details["validation"]
        assert found and all(v["location"][0] == "body" for v in found), found
    else:
        found = violations(exc)
        assert found and all(v["location"][:2] == ["request", "body"] for v in found), found
    if named is not None:
        assert any(named in v["message"] for v in found), f"no violation names {named!r}: {found}"
