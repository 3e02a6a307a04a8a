"""Build vcrpy cassettes from the spec's documented examples.

No machine of this project can reach NP6, so the replayed cassettes are made from what NP6
documents: for each operation with a documented 2xx response, one cassette with the request
the client sends (path parameters from their ``example``, the documented request body) and the
documented response. Run it after changing examples in the spec::

    .venv/bin/python -m tests.cassette_builder                 # operations without a cassette
    .venv/bin/python -m tests.cassette_builder --force listSegments

A user with a real key re-records them instead with ``make record``.

Cassette: ``tests/cassettes/test_<tag>/test_<operation>.yaml`` (the default location of
pytest-recording for the test ``test_<operation>`` in ``tests/test_<tag>.py``).
"""

from __future__ import annotations

import json
import sys
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import yaml
from openapi_python_client.strings import snake_case

from generator.bundle import bundle

REPO = Path(__file__).resolve().parents[1]
CASSETTES = REPO / "tests" / "cassettes"
BASE_URL = "https://api-cm.np6.com"
REDACTED = "REDACTED"


def _resolve(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _example(media: dict[str, Any]) -> Any:
    if "example" in media:
        return media["example"]
    examples = media.get("examples") or {}
    for value in examples.values():
        if isinstance(value, dict) and "value" in value:
            return value["value"]
    return None


def _encode(body: Any, media_type: str) -> str:
    if isinstance(body, str) and not media_type.endswith("json") and "json" not in media_type:
        return body
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def cassette_path(tag: str, operation_id: str) -> Path:
    return CASSETTES / f"test_{snake_case(tag)}" / f"test_{snake_case(operation_id)}.yaml"


def build_interaction(document: dict[str, Any], path: str, method: str, operation: dict[str, Any]) -> dict[str, Any]:
    """One recorded request/response pair from the documented examples of an operation."""
    parameters = [_resolve(document, p) for p in document["paths"][path].get("parameters", [])]
    parameters += [_resolve(document, p) for p in operation.get("parameters", [])]
    url_path = path
    query: list[tuple[str, str]] = []
    for parameter in parameters:
        example = parameter.get("example", parameter.get("schema", {}).get("example"))
        if parameter["in"] == "path":
            if example is None:
                raise ValueError(f"{method.upper()} {path}: path parameter {parameter['name']!r} needs an example")
            url_path = url_path.replace("{" + parameter["name"] + "}", str(example))
        elif parameter["in"] == "query" and parameter.get("required") and example is not None:
            query.append((parameter["name"], str(example).lower() if isinstance(example, bool) else str(example)))
    uri = BASE_URL + url_path + (f"?{urlencode(query)}" if query else "")

    headers: dict[str, list[str]] = {"X-Key": [REDACTED]}
    request_body: str | None = None
    body = _resolve(document, operation.get("requestBody")) if operation.get("requestBody") else None
    if body:
        media_type, media = next(iter(body["content"].items()))
        example = _example(media)
        if example is not None:
            request_body = _encode(example, media_type)
            headers["Content-Type"] = [media_type]

    status, response = next(
        (code, _resolve(document, r)) for code, r in operation["responses"].items() if str(code).startswith("2")
    )
    response_headers = {"x-request-id": [str(uuid.uuid5(uuid.NAMESPACE_URL, f"{method} {path}"))]}
    content = ""
    for media_type, media in (response.get("content") or {}).items():
        example = _example(media)
        if example is not None:
            content = _encode(example, media_type)
            response_headers["Content-Type"] = [media_type]
            break
    return {
        "request": {"body": request_body, "headers": headers, "method": method.upper(), "uri": uri},
        "response": {
            "body": {"string": content},
            "headers": response_headers,
            "status": {"code": int(status), "message": "OK" if int(status) != 204 else "No Content"},
        },
    }


def write_cassette(target: Path, interactions: list[dict[str, Any]]) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump({"interactions": interactions, "version": 1}, sort_keys=False, allow_unicode=True)
    target.write_text(text, encoding="utf-8")


def main(argv: list[str]) -> int:
    force = "--force" in argv
    wanted = {arg for arg in argv if not arg.startswith("--")}
    if force and not wanted:
        print("--force rebuilds named operations only: give their operationIds", file=sys.stderr)
        return 2
    document = bundle(REPO / "spec").document
    written = 0
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            if wanted and operation["operationId"] not in wanted:
                continue
            has_success = any(str(code).startswith("2") for code in operation.get("responses", {}))
            if not has_success:
                continue
            target = cassette_path(operation["tags"][0], operation["operationId"])
            if target.exists() and not force:
                continue  # keep hand-made and re-recorded cassettes (--force rebuilds them)
            write_cassette(target, [build_interaction(document, path, method, operation)])
            written += 1
    print(f"wrote {written} cassettes under {CASSETTES.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
