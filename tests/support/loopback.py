"""A real HTTP server on 127.0.0.1 for tests that meet the client the way a user does.

MockTransport tests stop at httpx's transport interface; this server is a real peer on a real
socket, so what is tested is what goes on the wire (the raw request line, headers, body) and
what real networks do to a response (answers that take time, connections reset or cut while the
body is read). Each test gives a handler: a function of the :class:`Received` request returning
an :class:`Answer` (or a list of answers, used in turn). The server runs in a daemon thread and
records every request it received, raw request target included.

    with LoopbackServer(lambda request: Answer(200, b"[]", delay=0.05)) as server:
        client = Client(api_key="k", base_url=server.url)
        ...
        assert server.requests[0].target == "/segments/41"
"""

from __future__ import annotations

import socket
import struct
import threading
import time
import urllib.parse
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any


@dataclass(frozen=True)
class Received:
    """One request as the server read it off the socket."""

    method: str
    #: The request target exactly as sent (percent-encoded, not normalised).
    target: str
    headers: dict[str, str]
    body: bytes
    #: ``time.monotonic()`` when the request line arrived.
    at: float

    @property
    def path(self) -> str:
        """The raw (still percent-encoded) path of the target, without the query."""
        return self.target.split("?", 1)[0]

    @property
    def query(self) -> dict[str, list[str]]:
        return urllib.parse.parse_qs(urllib.parse.urlsplit(self.target).query, keep_blank_values=True)

    def header(self, name: str) -> str | None:
        for key, value in self.headers.items():
            if key.lower() == name.lower():
                return value
        return None


@dataclass(frozen=True)
class Answer:
    """What the server does with one request.

    Attributes:
        status: the status code.
        body: the whole body (its length is announced in ``Content-Length``).
        headers: extra response headers.
        delay: seconds to wait before answering (a slow NP6).
        cut_after: send only this many bytes of the body, then close the connection (the
            client sees a body shorter than announced).
        reset_after: send only this many bytes of the body, then reset the connection (RST).
        chunked: send the body with ``Transfer-Encoding: chunked`` instead of a length.
    """

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    cut_after: int | None = None
    reset_after: int | None = None
    chunked: bool = False


Handler = Callable[[Received], Answer]


def json_answer(body: bytes | str, status: int = 200, **kwargs: Any) -> Answer:
    """A JSON answer."""
    data = body.encode() if isinstance(body, str) else body
    headers = {"Content-Type": "application/json", **kwargs.pop("headers", {})}
    return Answer(status, data, headers, **kwargs)


def sequence(*answers: Answer) -> Handler:
    """A handler answering with ``answers`` in turn (the last one again once they run out)."""
    queue = list(answers)
    lock = threading.Lock()

    def handler(_: Received) -> Answer:
        with lock:
            return queue.pop(0) if len(queue) > 1 else queue[0]

    return handler


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test output clean

    def _handle(self) -> None:
        at = time.monotonic()
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            body = self._read_chunked()
        received = Received(self.command, self.path, dict(self.headers.items()), body, at)
        self.server.owner.record(received)
        answer = self.server.owner.handler(received)
        if answer.delay:
            time.sleep(answer.delay)
        self._answer(answer)

    def _read_chunked(self) -> bytes:
        data = b""
        while True:
            size = int(self.rfile.readline().split(b";", 1)[0].strip() or b"0", 16)
            if size == 0:
                self.rfile.readline()
                return data
            data += self.rfile.read(size)
            self.rfile.readline()

    def _answer(self, answer: Answer) -> None:
        self.send_response(answer.status)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        if answer.chunked:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        limit = answer.cut_after if answer.cut_after is not None else answer.reset_after
        payload = answer.body if limit is None else answer.body[:limit]
        if answer.chunked and payload:
            self.wfile.write(f"{len(payload):x}\r\n".encode() + payload + b"\r\n")
        elif payload:
            self.wfile.write(payload)
        if limit is None:
            if answer.chunked:
                self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()
            return
        self.wfile.flush()
        if answer.reset_after is not None:
            # SO_LINGER with a zero timeout: close() sends RST instead of FIN.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = _handle


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: LoopbackServer


class LoopbackServer:
    """A threaded HTTP/1.1 server on an ephemeral port of 127.0.0.1 (a context manager)."""

    def __init__(self, handler: Handler | Sequence[Answer]):
        self.handler: Handler = handler if callable(handler) else sequence(*handler)
        self.requests: list[Received] = []
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), _RequestHandler)
        self._server.owner = self
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def record(self, received: Received) -> None:
        with self._lock:
            self.requests.append(received)

    def start(self) -> LoopbackServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
