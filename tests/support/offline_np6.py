"""An offline NP6 on a loopback port: every operation of the bundled spec answers its example.

For tests that run code as a user writes it (the README blocks, the example scripts): point
``NP6_BASE_URL`` at :attr:`OfflineNP6.url` and every documented operation answers with its
documented 2xx example (204 when it documents no body). An operation can be given another
answer, or a function of the request, by its operationId (``overrides``); a request that
matches no documented operation gets a 404 naming what was asked, and is recorded in
``unmatched`` so the test can fail on it.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import yaml

from tests.support.loopback import Answer, LoopbackServer, Received

SPEC = Path(__file__).resolve().parents[2] / "generated" / "np6" / "openapi.yaml"
METHODS = ("get", "put", "post", "delete", "patch")

Override = Answer | Callable[[Received], Answer]


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    pattern: re.Pattern[str]
    operation_id: str
    answer: Answer


def _example(media: Mapping[str, Any]) -> Any:
    if "example" in media:
        return media["example"]
    examples = media.get("examples") or {}
    for example in examples.values():
        if isinstance(example, dict) and "value" in example:
            return example["value"]
    return None


def _documented_answer(operation: Mapping[str, Any]) -> Answer:
    for status, response in sorted((operation.get("responses") or {}).items()):
        if not str(status).startswith("2"):
            continue
        content = (response or {}).get("content") or {}
        for media_type, media in content.items():
            example = _example(media or {})
            if example is not None:
                body = json.dumps(example).encode()
                return Answer(int(status), body, {"Content-Type": media_type, "x-request-id": "offline-np6"})
        return Answer(int(status) if not content else 204, b"", {"x-request-id": "offline-np6"})
    return Answer(204, b"", {"x-request-id": "offline-np6"})


def routes(spec: Path = SPEC) -> list[Route]:
    """One route per documented operation (literal paths before templated ones)."""
    document = yaml.load(spec.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    found: list[Route] = []
    for template, item in (document.get("paths") or {}).items():
        pattern = re.compile("^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)) + "/?$")
        for method in METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                found.append(
                    Route(method.upper(), template, pattern, operation["operationId"], _documented_answer(operation))
                )
    # /targets/count must win over /targets/{id}: fewer template variables first.
    return sorted(found, key=lambda route: route.template.count("{"))


class OfflineNP6:
    """A loopback server answering every documented NP6 operation (a context manager)."""

    def __init__(self, overrides: Mapping[str, Override] | None = None):
        self.routes = routes()
        self.overrides: dict[str, Override] = dict(overrides or {})
        self.calls: list[tuple[str, Received]] = []
        self.unmatched: list[Received] = []
        self._lock = threading.Lock()
        self._server = LoopbackServer(self._answer)

    @property
    def url(self) -> str:
        return self._server.url

    def operations(self) -> list[str]:
        """The operationIds called so far, in order."""
        return [operation for operation, _ in self.calls]

    def _answer(self, request: Received) -> Answer:
        path = request.path
        for route in self.routes:
            if route.method == request.method and route.pattern.match(path):
                with self._lock:
                    self.calls.append((route.operation_id, request))
                override = self.overrides.get(route.operation_id)
                if override is None:
                    return route.answer
                return override(request) if callable(override) else override
        with self._lock:
            self.unmatched.append(request)
        return Answer(404, json.dumps({"title": f"no documented operation {request.method} {path}"}).encode())

    def __enter__(self) -> OfflineNP6:
        self._server.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._server.stop()
