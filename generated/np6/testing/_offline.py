"""The offline NP6: an httpx transport (sync and async) answering from the bundled spec."""

from __future__ import annotations

import itertools
import json as _json
import threading
import urllib.parse
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx

from ._schema import Problem
from ._spec import OperationSpec, Spec, bundled_spec

#: What replaces the ``X-Key`` value in recorded requests.
MASK = "***"
#: Media types whose bodies are not JSON (everything else NP6 takes is JSON, vendor types included).
NOT_JSON = ("application/octet-stream", "multipart/", "text/", "application/x-www-form-urlencoded")
#: The response extension holding the :class:`Request` the offline NP6 recorded for it.
REQUEST_EXTENSION = "np6_testing_request"
#: The order in which NP6 refuses a request (the first problem of this order gives the status).
STATUS_ORDER = (404, 405, 401, 411, 415, 400)


@dataclass(frozen=True)
class Answer:
    """What the offline NP6 answers to one request.

    Attributes:
        status: the status code.
        json: a JSON value sent as the body (None: no JSON body; see ``content``).
        content: raw body bytes (with ``json`` None).
        headers: extra response headers (``x-request-id``, ``Retry-After``...).
        media_type: the ``Content-Type`` of a body; default: the one the spec documents for
            this status of the operation, else ``application/json``.
    """

    status: int = 200
    json: Any = None
    content: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    media_type: str | None = None

    def __post_init__(self) -> None:
        if self.json is not None and self.content:
            raise ValueError("an Answer has a json body or content, not both")


@dataclass(frozen=True)
class Request:
    """A request the offline NP6 received (the key never is: ``X-Key`` reads ``***``).

    Attributes:
        operation_id: the spec's operationId (``sendActionMessage``), None for an unknown route.
        operation: the np6 module name (``send_action_message``), None for an unknown route.
        method: upper case.
        path: the path as sent (percent-encoded).
        path_params: the values of the path template (decoded).
        query: every query parameter with its values, in order.
        headers: the headers, names in lower case; ``x-key`` is ``***`` when it was sent.
        content: the raw body.
        json: the body parsed as JSON (None without a JSON body).
        problems: how the request breaks the spec (empty for a valid request).
    """

    operation_id: str | None
    operation: str | None
    method: str
    path: str
    path_params: dict[str, str]
    query: dict[str, list[str]]
    headers: dict[str, str]
    content: bytes
    json: Any
    problems: tuple[Problem, ...] = ()

    def header(self, name: str) -> str | None:
        """A header's value (case-insensitive name), None when it was not sent."""
        return self.headers.get(name.lower())


#: A function answering a request (a scenario: the answer depends on what was asked).
Responder = Callable[[Request], Answer]
AnswerLike = Answer | Responder
#: What the offline NP6 does with a request that breaks the spec (see :class:`OfflineNP6`).
OnViolation = Literal["raise", "refuse", "record"]


class SpecViolation(AssertionError):
    """A request NP6 would refuse: it breaks the NP6 spec the package was generated from.

    Attributes:
        operation_id: the operation (None when the method and path name none).
        method / path: the request.
        problems: each :class:`np6.testing.Problem` (``where``: ``body.recipient.type``,
            ``query parameter sort``...; ``message``: what is wrong).
        status: the status NP6 answers such a request with (400, 401, 404, 405, 411 or 415).
    """

    def __init__(self, operation_id: str | None, method: str, path: str, problems: Sequence[Problem]) -> None:
        self.operation_id = operation_id
        self.method = method
        self.path = path
        self.problems = tuple(problems)
        self.status = min((p.status for p in self.problems), key=_rank, default=400)
        super().__init__(self.summary())

    def summary(self) -> str:
        """The message: the request, the operation, NP6's status, then one line per problem."""
        label = f" ({self.operation_id})" if self.operation_id else ""
        lines = [f"NP6 would refuse {self.method} {self.path}{label} with {self.status}:"]
        lines += [f"  - {problem}" for problem in self.problems]
        return "\n".join(lines)


def _rank(status: int) -> int:
    return STATUS_ORDER.index(status) if status in STATUS_ORDER else len(STATUS_ORDER)


class OfflineNP6(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """An NP6 without a network, for tests: plug it into a client as its transport.

    ``np6.Client(api_key="test", transport=offline)`` (``np6.AsyncClient`` too: one transport
    serves both). Every operation of the bundled spec answers its documented example (status,
    JSON body, media type; 204 without a body). Every request is checked against the spec
    first: a known method and path, the path parameters' types, the query parameters (known
    names, types, enums, required ones), the ``X-Key`` and ``Content-Length`` headers, the
    request media type and the JSON body against its schema.

    A request that breaks the spec is kept in :attr:`violations` (:meth:`assert_all_valid`
    raises them, should the code under test swallow exceptions) and, by ``on_violation``:

    * ``"raise"`` (default): raises :class:`SpecViolation` (an ``AssertionError``) out of the
      client call that sent it, naming the operation, where and what is wrong;
    * ``"refuse"``: answers as NP6 would (404, 405, 401, 411, 415 or 400, with a JSON body
      saying why), for tests of how code handles refusals;
    * ``"record"``: answers as if it were valid (a request matching no operation gets its 404
      or 405); call :meth:`assert_all_valid` at the end of the test.

    Args:
        answers: answers by operation (see :meth:`answer`).
        on_violation: ``"raise"``, ``"refuse"`` or ``"record"`` (see above).
        base_path: a path prefix of the client's base URL to strip (``/api`` for
            ``base_url="https://proxy.example/api"``).
        spec: another OpenAPI document (a dict) to serve instead of the bundled one.
    """

    def __init__(
        self,
        answers: Mapping[str, AnswerLike | Sequence[AnswerLike]] | None = None,
        *,
        on_violation: OnViolation = "raise",
        base_path: str = "",
        spec: Mapping[str, Any] | None = None,
    ) -> None:
        if on_violation not in ("raise", "refuse", "record"):
            raise ValueError(f"on_violation is 'raise', 'refuse' or 'record', not {on_violation!r}")
        self.spec = bundled_spec() if spec is None else Spec(spec)
        self.on_violation: OnViolation = on_violation
        self.base_path = base_path.rstrip("/")
        self._lock = threading.Lock()
        self._answers: dict[str, list[AnswerLike]] = {}
        self._served: dict[str, int] = {}
        self._requests: list[Request] = []
        self._violations: list[SpecViolation] = []
        self._ids = itertools.count(1)
        for name, given in (answers or {}).items():
            if isinstance(given, Sequence):
                self.answer(name, *given)
            else:
                self.answer(name, given)

    def __repr__(self) -> str:
        return f"OfflineNP6({len(self.spec.operations)} operations, {len(self._requests)} requests)"

    # -- answers -------------------------------------------------------------------------------

    def answer(
        self,
        operation: str,
        *answers: AnswerLike,
        status: int | None = None,
        json: Any = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """Set what ``operation`` (operationId ``getSegment`` or module name ``get_segment``) answers.

        ``offline.answer("getSegment", status=404)``, ``offline.answer("getSegment", json={...})``
        (status 200), or one or more :class:`Answer` (or functions of the :class:`Request`
        returning one), given in turn, the last one again once they run out:
        ``offline.answer("listSegments", Answer(429, headers={"Retry-After": "0"}), Answer(json=[]))``.
        Replaces what was set before for the operation (:meth:`reset` restores the documented answer).
        """
        op = self.spec.find(operation)
        shorthand = status is not None or json is not None or content is not None or headers is not None
        if answers and shorthand:
            raise TypeError("give Answer objects or status=/json=/content=/headers=, not both")
        if not answers and not shorthand:
            raise TypeError(f"no answer given for {op.operation_id}")
        queue = list(answers) or [Answer(200 if status is None else status, json, content or b"", headers or {})]
        for item in queue:
            if not (isinstance(item, Answer) or callable(item)):
                raise TypeError(f"an answer is an np6.testing.Answer or a function returning one, not {item!r}")
        with self._lock:
            self._answers[op.operation_id] = queue
            self._served[op.operation_id] = 0

    def reset(self, operation: str | None = None) -> None:
        """Restore the documented answer of ``operation`` (of every operation without one)."""
        with self._lock:
            if operation is None:
                self._answers.clear()
            else:
                self._answers.pop(self.spec.find(operation).operation_id, None)

    def example(self, operation: str) -> Answer:
        """The documented answer of ``operation`` (a copy to build on: ``replace(example, status=...)``)."""
        documented = self.spec.find(operation).documented
        return Answer(documented.status, _json.loads(_json.dumps(documented.body)), media_type=documented.media_type)

    # -- what was received ---------------------------------------------------------------------

    @property
    def requests(self) -> list[Request]:
        """Every request received, in order (invalid ones included)."""
        with self._lock:
            return list(self._requests)

    def requests_for(self, operation: str) -> list[Request]:
        """The requests received for ``operation`` (operationId or module name), in order."""
        operation_id = self.spec.find(operation).operation_id
        return [request for request in self.requests if request.operation_id == operation_id]

    def operations(self) -> list[str]:
        """The operationIds called, in order (``?`` for a request matching none)."""
        return [request.operation_id or "?" for request in self.requests]

    @property
    def violations(self) -> list[SpecViolation]:
        """Every :class:`SpecViolation` seen (raised or answered), in order."""
        with self._lock:
            return list(self._violations)

    def assert_all_valid(self) -> None:
        """Raise a :class:`SpecViolation` naming every invalid request received, if any."""
        seen = self.violations
        if not seen:
            return
        first = seen[0]
        problems = list(first.problems)
        for other in seen[1:]:
            label = f" ({other.operation_id})" if other.operation_id else ""
            problems += [
                Problem(f"then {other.method} {other.path}{label}: {p.where}", p.message, p.status)
                for p in other.problems
            ]
        raise SpecViolation(first.operation_id, first.method, first.path, problems)

    def clear(self) -> None:
        """Forget the requests and violations received so far (the answers set stay)."""
        with self._lock:
            self._requests.clear()
            self._violations.clear()

    # -- the transport -------------------------------------------------------------------------

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return self._handle(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return self._handle(request)

    def close(self) -> None:
        """Nothing to release: what was received stays readable after the client is closed."""

    async def aclose(self) -> None:
        """Nothing to release (see :meth:`close`)."""

    def _handle(self, request: httpx.Request) -> httpx.Response:
        method = request.method.upper()
        path = request.url.raw_path.split(b"?", 1)[0].decode("ascii", "replace")
        route = path[len(self.base_path) :] if self.base_path and path.startswith(self.base_path + "/") else path
        query_pairs = urllib.parse.parse_qsl(request.url.query.decode("ascii", "replace"), keep_blank_values=True)
        query: dict[str, list[str]] = {}
        for name, value in query_pairs:
            query.setdefault(name, []).append(value)
        headers = {name.lower(): value for name, value in request.headers.items()}
        content = request.content
        op, values, same_path = self.spec.match(method, route)
        if op is None:
            problems = [self._no_route(method, route, same_path)]
        else:
            problems = _check_request(self.spec, op, path_values=values, query=query, headers=headers, content=content)
        # Checked on what was sent; recorded without the key, wherever it was put.
        mask = _Mask(headers.get("x-key"))
        path, problems = mask(path), [Problem(mask(p.where), mask(p.message), p.status) for p in problems]
        recorded = Request(
            operation_id=op.operation_id if op else None,
            operation=op.name if op else None,
            method=method,
            path=path,
            path_params={name: mask(value) for name, value in values.items()},
            query={mask(name): [mask(value) for value in given] for name, given in query.items()},
            headers={name: MASK if name == "x-key" else mask(value) for name, value in headers.items()},
            content=mask.data(content),
            json=mask.value(_parsed(headers.get("content-type"), content)),
            problems=tuple(problems),
        )
        violation = SpecViolation(recorded.operation_id, method, path, problems) if problems else None
        with self._lock:
            self._requests.append(recorded)
            if violation is not None:
                self._violations.append(violation)
        if violation is not None and self.on_violation == "raise":
            raise violation
        if op is None or (violation is not None and self.on_violation == "refuse"):
            assert violation is not None  # a request matching no operation is one
            body = {"title": f"refused by the offline NP6 ({violation.status})", "detail": violation.summary()}
            return self._response(op, Answer(violation.status, body, media_type="application/json"), recorded)
        return self._response(op, self._next(op, recorded), recorded)

    def _no_route(self, method: str, path: str, same_path: list[OperationSpec]) -> Problem:
        if same_path:
            methods = ", ".join(f"{op.method} ({op.operation_id})" for op in same_path)
            return Problem(
                "method", f"{method} is not an operation of {same_path[0].template}: it takes {methods}", 405
            )
        nearest = "; ".join(str(op) for op in self.spec.nearest(method, path))
        return Problem("path", f"no NP6 operation is {method} {path}; the nearest: {nearest}", 404)

    def _next(self, op: OperationSpec, request: Request) -> Answer:
        with self._lock:
            queue = self._answers.get(op.operation_id)
            if queue is not None:
                served = self._served.get(op.operation_id, 0)
                self._served[op.operation_id] = served + 1
                given = queue[min(served, len(queue) - 1)]
            else:
                given = None
        if given is None:
            documented = op.documented
            return Answer(documented.status, documented.body, media_type=documented.media_type)
        if isinstance(given, Answer):
            return given
        answer = given(request)
        if not isinstance(answer, Answer):
            raise TypeError(f"the answer function of {op.operation_id} returned {answer!r}, not an np6.testing.Answer")
        return answer

    def _response(self, op: OperationSpec | None, answer: Answer, recorded: Request) -> httpx.Response:
        headers = {"x-request-id": f"offline-np6-{next(self._ids)}"}
        body = answer.content
        if answer.json is not None:
            body = _json.dumps(answer.json).encode("utf-8")
        if body:
            documented = op.media_type_of(answer.status) if op is not None else None
            headers["Content-Type"] = answer.media_type or documented or "application/json"
        headers.update(answer.headers)
        return httpx.Response(answer.status, headers=headers, content=body, extensions={REQUEST_EXTENSION: recorded})


class _Mask:
    """Replaces the key (and its percent- and JSON-escaped forms) with ``***``."""

    def __init__(self, secret: str | None) -> None:
        forms = {secret, urllib.parse.quote(secret, safe=""), urllib.parse.quote_plus(secret)} if secret else set()
        if secret:
            forms.add(_json.dumps(secret)[1:-1])
        self._forms = sorted(forms, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for form in self._forms:
            text = text.replace(form, MASK)
        return text

    def data(self, content: bytes) -> bytes:
        for form in self._forms:
            content = content.replace(form.encode("utf-8"), MASK.encode("ascii"))
        return content

    def value(self, value: Any) -> Any:
        if not self._forms:
            return value
        if isinstance(value, str):
            return self(value)
        if isinstance(value, list):
            return [self.value(item) for item in value]
        if isinstance(value, dict):
            return {self(str(key)): self.value(item) for key, item in value.items()}
        return value


def _parsed(content_type: str | None, content: bytes) -> Any:
    if not content:
        return None
    base = (content_type or "application/json").split(";", 1)[0].strip().lower()
    if base.startswith(NOT_JSON):
        return None
    try:
        return _json.loads(content)
    except ValueError:
        return None


def _check_request(
    spec: Spec,
    op: OperationSpec,
    *,
    path_values: Mapping[str, str],
    query: Mapping[str, list[str]],
    headers: Mapping[str, str],
    content: bytes,
) -> list[Problem]:
    problems: list[Problem] = []
    if op.authenticated and "x-key" not in headers:
        problems.append(Problem("header X-Key", "missing: NP6 answers 401 without the API key", 401))
    for name, value in path_values.items():
        parameter = op.parameters.get(("path", name), {})
        problems += spec.validator.check_text(value, parameter.get("schema"), f"path parameter {name}")
    problems += _check_query(spec, op, query)
    for (place, name), parameter in op.parameters.items():
        if place == "header" and parameter.get("required") and name.lower() not in headers:
            problems.append(Problem(f"header {name}", "required, missing"))
    if op.method in ("POST", "PUT", "PATCH") and not ({"content-length", "transfer-encoding"} & headers.keys()):
        problems.append(Problem("header Content-Length", "missing: NP6 answers 411 to a write without it", 411))
    problems += _check_body(spec, op, headers.get("content-type"), content)
    return problems


def _check_query(spec: Spec, op: OperationSpec, query: Mapping[str, list[str]]) -> list[Problem]:
    problems: list[Problem] = []
    declared = {name: parameter for (place, name), parameter in op.parameters.items() if place == "query"}
    for name, values in query.items():
        where = f"query parameter {name}"
        parameter = declared.get(name)
        if parameter is None:
            known = ", ".join(declared) if declared else "none"
            problems.append(Problem(where, f"not a parameter of {op.operation_id} (its query parameters: {known})"))
            continue
        schema = spec.resolve(parameter.get("schema")) or {}
        if schema.get("type") == "array":
            for index, value in enumerate(values):
                problems += spec.validator.check_text(value, schema.get("items"), f"{where}[{index}]")
            continue
        if len(values) > 1:
            problems.append(Problem(where, f"given {len(values)} times; it takes one value"))
        problems += spec.validator.check_text(values[0], schema, where)
    for name, parameter in declared.items():
        if parameter.get("required") and name not in query:
            problems.append(Problem(f"query parameter {name}", f"required by {op.operation_id}, missing"))
    return problems


def _check_body(spec: Spec, op: OperationSpec, content_type: str | None, content: bytes) -> list[Problem]:
    body = op.request_body
    if body is None:
        return [Problem("body", f"{op.operation_id} takes no body ({len(content)} bytes sent)")] if content else []
    accepted: Mapping[str, Any] = body.get("content") or {}
    if not content and content_type is None:
        return [Problem("body", f"required, missing (send {_either(accepted)})")] if body.get("required") else []
    base = (content_type or "").split(";", 1)[0].strip().lower()
    media_type = next((name for name in accepted if name.lower() == base), None)
    if media_type is None:
        sent = repr(content_type) if content_type else "no Content-Type"
        message = f"{sent} is not accepted by {op.operation_id}, NP6 answers 415: send {_either(accepted)}"
        return [Problem("header Content-Type", message, 415)]
    schema = spec.resolve((accepted[media_type] or {}).get("schema")) or {}
    if base.startswith(NOT_JSON) or schema.get("format") == "binary" or not content:
        return [Problem("body", "required, missing")] if not content and body.get("required") else []
    try:
        value = _json.loads(content)
    except ValueError as exc:
        return [Problem("body", f"not JSON ({exc})")]
    return spec.validator.check(value, schema, "body")


def _either(accepted: Mapping[str, Any]) -> str:
    names = list(accepted)
    return " or ".join(names) if names else "no body"
