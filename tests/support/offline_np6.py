"""An offline NP6 on a loopback port: :class:`np6.testing.OfflineNP6` behind a real socket.

For tests that run code as a user writes it (the README blocks, the example scripts, in their
own interpreter): point ``NP6_BASE_URL`` at :attr:`OfflineNP6.url` and every documented
operation answers with its documented example, as ``np6.testing`` answers it, after checking
the request against the spec (``on_violation="record"``: the answer is the same, the problem is
kept in :attr:`OfflineNP6.violations`). An operation can be given another answer, or a function
of the request, by its operationId (``overrides``: loopback :class:`Answer` objects, so a
scenario can also delay or cut an answer); a request that matches no documented operation gets
np6.testing's 404 (or 405) and is recorded in ``unmatched`` so the test can fail on it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from types import TracebackType

import httpx

from np6 import testing
from tests.support.loopback import Answer, LoopbackServer, Received

Override = Answer | Callable[[Received], Answer]
#: Response headers the loopback server writes itself.
FRAMING = frozenset({"content-length", "transfer-encoding", "connection"})


class OfflineNP6:
    """A loopback server answering every documented NP6 operation (a context manager)."""

    def __init__(self, overrides: Mapping[str, Override] | None = None):
        self.offline = testing.OfflineNP6(on_violation="record")
        self.overrides: dict[str, Override] = dict(overrides or {})
        self.calls: list[tuple[str, Received]] = []
        self.unmatched: list[Received] = []
        self._lock = threading.Lock()
        self._local = threading.local()  # each request is answered in its own server thread
        for operation, override in self.overrides.items():
            self.offline.answer(operation, self._responder(override))
        self._server = LoopbackServer(self._answer)

    @property
    def url(self) -> str:
        return self._server.url

    @property
    def violations(self) -> list[testing.SpecViolation]:
        """The requests that broke the spec (answered as if they had not)."""
        return self.offline.violations

    def operations(self) -> list[str]:
        """The operationIds called so far, in order."""
        with self._lock:
            return [operation for operation, _ in self.calls]

    def _responder(self, override: Override) -> testing.Responder:
        def respond(_: testing.Request) -> testing.Answer:
            received: Received = self._local.received
            self._local.answer = override(received) if callable(override) else override
            return testing.Answer()  # replaced by the loopback answer (delays, cuts) in _answer

        return respond

    def _answer(self, received: Received) -> Answer:
        self._local.received, self._local.answer = received, None
        request = httpx.Request(
            received.method, "http://offline-np6" + received.target, headers=received.headers, content=received.body
        )
        response = self.offline.handle_request(request)
        recorded = response.extensions[testing.REQUEST_EXTENSION]
        with self._lock:
            if recorded.operation_id is not None:
                self.calls.append((recorded.operation_id, received))
            else:
                self.unmatched.append(received)
        override: Answer | None = self._local.answer
        if override is not None:
            return override
        headers = {name: value for name, value in response.headers.items() if name.lower() not in FRAMING}
        return Answer(response.status_code, response.content, headers)

    def __enter__(self) -> OfflineNP6:
        self._server.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._server.stop()
