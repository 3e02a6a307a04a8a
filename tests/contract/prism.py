"""Run Stoplight Prism (``prism mock``, pinned in package.json) on loopback for the contract tests.

Prism runs in its own process group (``start_new_session``), so :meth:`PrismServer.stop` ends it
with every process it started (the ``node`` behind the ``prism`` script included), first with
SIGTERM, then SIGKILL. ``stop`` is also registered with ``atexit`` in case pytest is interrupted
before the fixture's finaliser runs, and on Linux Prism gets SIGTERM if pytest itself is killed
(``PR_SET_PDEATHSIG``).

Two Prism 5.16 limitations on NP6's vendor media types (``application/vnd.np6.cm.email``...) and
how :func:`prism_document` / :class:`WireTransport` work around them without hiding anything:

* Prism parses a request body as JSON only for ``application/json`` and ``application/*+json``
  (``parseRequestBody`` in ``@stoplight/prism-http-server``); a vendor-typed JSON body is read as
  text and refused ("Request body must be object"). Renaming the type ``...+json`` in the spec is
  not enough: Prism's media-type check compares only the part after ``+``
  (``wildcardMediaTypeMatch``), so it would then accept plain ``application/json`` too, which NP6
  refuses with 415. So the document keeps every operation as written (a plain-JSON send still
  gets 415) and adds, under :data:`JSON_BODY_PREFIX`, a copy of each operation that takes vendor
  media types, with those types renamed ``...+json``. The transport reroutes a request to that
  copy only when its ``Content-Type`` is exactly one of those vendor types, and renames it.
* Prism cannot serialise a response whose media type is not JSON-like ("Cannot find serializer
  for application/vnd.np6.cm.mail.archive"): response vendor types are renamed ``...+json`` for
  Prism and the transport gives the response back its documented ``Content-Type``.

The tests look at the request as the client built it (before the transport) and at the response
as the client received it (after), so neither renaming can hide a client bug.
"""

from __future__ import annotations

import atexit
import contextlib
import copy
import ctypes
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Self

import httpx

from generator.bundle import HTTP_METHODS

from .spec_tools import ROOT, resolve

PRISM = ROOT / "node_modules" / ".bin" / "prism"
HOST = "127.0.0.1"
#: Where the JSON-bodied copies of vendor-typed operations live in Prism's document.
JSON_BODY_PREFIX = "/__prism_json_bodies__"


def _needs_json_alias(media_type: str) -> bool:
    base = media_type.split(";", maxsplit=1)[0].strip().lower()
    return base.startswith("application/vnd.") and not base.endswith("+json")


@dataclass
class Aliases:
    """Media types renamed for Prism: request (documented -> alias), response (alias -> documented)."""

    request: dict[str, str] = field(default_factory=dict)
    response: dict[str, str] = field(default_factory=dict)


def _alias_responses(operation: dict[str, Any], document: dict[str, Any], aliases: Aliases) -> None:
    responses = operation.get("responses") or {}
    for code, declared in list(responses.items()):
        response = copy.deepcopy(resolve(declared, document))
        content = response.get("content") or {}
        if not any(_needs_json_alias(media_type) for media_type in content):
            continue
        renamed = {}
        for media_type, media in content.items():
            name = f"{media_type}+json" if _needs_json_alias(media_type) else media_type
            if name != media_type:
                aliases.response[name] = media_type
            renamed[name] = media
        response["content"] = renamed
        responses[code] = response


def prism_document(document: dict[str, Any]) -> tuple[dict[str, Any], Aliases]:
    """The document Prism serves (see the module docstring) and the media types it renamed."""
    result = copy.deepcopy(document)
    aliases = Aliases()
    paths = result.setdefault("paths", {})
    copies: dict[str, dict[str, Any]] = {}
    for path, path_item in list(paths.items()):
        item = resolve(path_item, result)
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            _alias_responses(operation, result, aliases)
            body = copy.deepcopy(resolve(operation.get("requestBody"), result)) if "requestBody" in operation else None
            content = (body or {}).get("content") or {}
            if not any(_needs_json_alias(media_type) for media_type in content):
                continue
            assert body is not None
            renamed = {}
            for media_type, media in content.items():
                name = f"{media_type}+json" if _needs_json_alias(media_type) else media_type
                if name != media_type:
                    aliases.request[media_type] = name
                renamed[name] = media
            body["content"] = renamed
            twin = {**copy.deepcopy(operation), "requestBody": body}
            twin["operationId"] = f"{operation.get('operationId', method)}_jsonBodies"
            copy_item = copies.setdefault(JSON_BODY_PREFIX + path, {})
            if "parameters" in item:
                copy_item["parameters"] = copy.deepcopy(item["parameters"])
            copy_item[method] = twin
    paths.update(copies)
    return result, aliases


class WireTransport(httpx.BaseTransport):
    """The client's inner transport towards Prism.

    ``edit`` (optional) changes the request as the client built it (a test simulating a wrong
    header or body); then the request is rerouted and the response renamed as the module
    docstring says.
    """

    def __init__(self, aliases: Aliases, edit: Callable[[httpx.Request], httpx.Request] | None = None) -> None:
        self._inner = httpx.HTTPTransport(trust_env=False)
        self._aliases = aliases
        self._edit = edit

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._edit is not None:
            request = self._edit(request)
        content_type = request.headers.get("content-type")
        if content_type in self._aliases.request:
            # A new request: the client's own (seen by tests through event hooks) stays as sent.
            headers = httpx.Headers(request.headers)
            headers["content-type"] = self._aliases.request[content_type]
            url = request.url.copy_with(path=JSON_BODY_PREFIX + request.url.path)
            request = httpx.Request(
                request.method, url, headers=headers, content=request.read(), extensions=request.extensions
            )
        response = self._inner.handle_request(request)
        answered = response.headers.get("content-type", "").split(";")[0].strip()
        if answered in self._aliases.response:
            response.headers["content-type"] = self._aliases.response[answered]
        return response

    def close(self) -> None:
        self._inner.close()


def _die_with_parent() -> None:
    """In the child before exec (Linux): get SIGTERM if pytest dies without running finalisers."""
    with contextlib.suppress(OSError, AttributeError):
        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


def free_port(host: str = HOST) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


class PrismError(RuntimeError):
    """Prism could not be started (not installed, spec refused, no port...)."""


class PrismServer:
    """``prism mock --errors`` of one spec file on ``127.0.0.1:<free port>``."""

    def __init__(
        self,
        spec: Path,
        log: Path,
        *,
        aliases: Aliases | None = None,
        startup_timeout: float = 60.0,
        attempts: int = 3,
    ) -> None:
        self.spec = spec
        self.aliases = aliases or Aliases()
        self.log = log
        self.startup_timeout = startup_timeout
        self.attempts = attempts
        self.process: subprocess.Popen[bytes] | None = None
        self.url = ""
        self._log_file: IO[bytes] | None = None

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def log_tail(self, lines: int = 40) -> str:
        try:
            text = self.log.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def start(self) -> None:
        if not PRISM.exists():
            raise PrismError(f"{PRISM} not found: run `make install` (npm ci installs the pinned @stoplight/prism-cli)")
        atexit.register(self.stop)
        for _ in range(self.attempts):
            port = free_port()
            self._launch(port)
            if self._wait_ready():
                return
            self.stop()
            if "EADDRINUSE" not in self.log_tail():
                break
        raise PrismError(f"prism mock did not start on {self.spec}:\n{self.log_tail()}")

    def _launch(self, port: int) -> None:
        self.url = f"http://{HOST}:{port}"
        self._log_file = self.log.open("wb")
        self.process = subprocess.Popen(
            [str(PRISM), "mock", "--host", HOST, "--port", str(port), "--errors", str(self.spec)],
            stdin=subprocess.DEVNULL,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            cwd=self.spec.parent,
            start_new_session=True,
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,  # noqa: PLW1509
        )

    def _wait_ready(self) -> bool:
        assert self.process is not None
        deadline = time.monotonic() + self.startup_timeout
        with httpx.Client(timeout=1.0, trust_env=False) as http:
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    return False
                try:
                    # Any answer (Prism says 404 for an unknown path) means it is listening.
                    http.get(f"{self.url}/__prism_ready__")
                except httpx.TransportError:
                    time.sleep(0.1)
                    continue
                return True
        return False

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is not None:
            pgid = process.pid  # the group leader: start_new_session made its pid the group id
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pgid, signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(pgid, signal.SIGKILL)
                process.wait(timeout=10)
            # Children that outlived the leader are still in the group.
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pgid, signal.SIGKILL)
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None
