"""One contract call per operation of the bundled spec, through the generated client, against Prism.

The cases come from the spec itself (every operation, once per request media type), so an
operation without a working contract call is a failing test, never a silent gap. Each case
builds its arguments from the spec's examples, calls ``np6.api.<tag>.<operation>.sync_detailed``
and checks that

* Prism (``--errors``) reports no violation of the request (path, query, headers, security,
  media type, body): no ``sl-violations`` header and a 2xx status;
* the client sent the documented example (the body decoded through the model and encoded
  again is the example: nothing lost or added on the way);
* the 2xx answer decodes into the operation's typed return value, and that value encodes back
  to what Prism sent (the decoding loses nothing).
"""

from __future__ import annotations

import json
import pkgutil
import typing
from typing import Any

import httpx
import pytest

import np6.api
from tests.support.json_values import without_nulls

from .conftest import ClientFactory
from .spec_tools import (
    MISSING,
    Operation,
    build_call,
    cases,
    is_json,
    normalise,
    operations,
    to_wire,
    type_matches,
    with_implied_tags,
)

CASES = list(cases())


def _case_id(case: tuple[Operation, str | None]) -> str:
    operation, media_type = case
    if media_type is None or len(operation.request_media_types) == 1:
        return operation.operation_id
    return f"{operation.operation_id}[{media_type}]"


def json_like(media_type: str | None) -> bool:
    """JSON, ``+json`` or one of NP6's JSON-bodied vendor types (``application/vnd.np6...``)."""
    return is_json(media_type) or str(media_type).split(";")[0].strip().lower().startswith("application/vnd.")


def _violations(response: Any) -> Any:
    """Prism's ``sl-violations`` header (decoded), None without one."""
    raw = response.headers.get("sl-violations")
    if raw is None:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def test_the_spec_has_operations() -> None:
    assert CASES, "the bundled spec has no operation: the contract tests would check nothing"


def test_every_generated_operation_module_is_a_spec_operation() -> None:
    """Generated modules and spec operations map one to one (names as openapi-python-client makes them)."""
    expected = {operation.module_name for operation in operations()}
    generated = {
        module.name
        for module in pkgutil.walk_packages(np6.api.__path__, prefix="np6.api.")
        if not module.ispkg and module.name.count(".") == 3
    }
    assert sorted(expected - generated) == [], "spec operations without a generated module (run make regenerate)"
    assert sorted(generated - expected) == [], "generated modules without a spec operation (run make regenerate)"


@pytest.mark.parametrize("case", CASES, ids=[_case_id(c) for c in CASES])
def test_contract(case: tuple[Operation, str | None], make_client: ClientFactory) -> None:
    operation, media_type = case
    module = operation.module()
    call = build_call(operation, module.sync_detailed, media_type)
    sent: list[httpx.Request] = []
    client = make_client(on_request=sent.append)

    response = module.sync_detailed(client=client, **call.kwargs)

    found = _violations(response)
    assert found is None, f"Prism found the request of {operation!r} invalid ({response.status_code}): {found}"
    assert 200 <= response.status_code < 300, (
        f"{operation!r}: Prism answered {response.status_code}: {response.content[:500]!r}"
    )

    # The request: method, path and the documented body, as documented.
    (request,) = sent
    assert request.method == operation.method.upper()
    if call.body is not MISSING:
        assert media_type is not None
        assert request.headers.get("content-type", "").split(";")[0] == media_type
        if json_like(media_type):
            # null and absent optional fields are one for a model NP6 also returns (np6/_models.py)
            assert without_nulls(normalise(json.loads(request.content))) == without_nulls(normalise(call.body)), (
                "the body sent is not the documented example (the model lost or changed a value)"
            )
        elif isinstance(call.body, str) and not media_type.startswith("multipart/"):
            assert request.content == call.body.encode("utf-8")

    # The response: decoded into the typed return value, nothing lost.
    expected_type = typing.get_type_hints(module.sync)["return"]
    spec_response = operation.response_for(response.status_code)
    assert spec_response is not None, f"Prism answered {response.status_code}, which {operation!r} does not declare"
    content = spec_response.get("content") or {}
    parsed = response.parsed
    if not content:
        assert response.content == b""
        assert parsed is None
        return
    assert parsed is not None, f"{operation!r}: the 2xx answer was not decoded: {response.content[:300]!r}"
    assert type_matches(expected_type, parsed), f"decoded {type(parsed)!r}, expected {expected_type!r}"
    if json_like(response.headers.get("content-type")):
        answer = with_implied_tags(json.loads(response.content), parsed)
        assert without_nulls(normalise(to_wire(parsed))) == without_nulls(normalise(answer)), (
            "the decoded value does not encode back to the answer (the model lost or changed a value)"
        )
    elif isinstance(parsed, str):
        assert parsed == response.content.decode("utf-8")
    elif isinstance(parsed, bytes):
        assert parsed == response.content
    elif hasattr(parsed, "payload"):
        assert parsed.payload.read() == response.content
