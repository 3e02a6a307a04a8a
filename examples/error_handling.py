"""How an NP6 call fails, and what each failure tells you: the np6.errors hierarchy at work.

Every exception the client raises is an ``np6.errors.NP6Error``:

* refused before sending (``sent`` is False): ``RequestValidationError`` (a path value that
  would change the path: ``InvalidPathParameterError``), ``BodyTypeError`` (a body of the wrong
  type, a plain ``dict``), ``ArgumentTypeError``;
* NP6 answered a non-2xx status: ``APIStatusError`` and its subclasses (``NotFoundError``,
  ``ConflictError``, ``RateLimitError`` with the announced wait...). NP6 often answers 4xx
  with an empty body: ``request_id`` (its ``x-request-id``) is then the only detail, and what
  NP6 support needs;
* no answer: ``APIConnectionError`` (``sent``: whether the request may have reached NP6), and
  ``APITimeoutError``, its subclass;
* a 2xx answer of the wrong shape: ``DecodeError``.

The client already retries what is safe (429, 408, 502-504, connection errors; never a send
NP6 may have processed); what is raised is what is left after its retries.

    export NP6_API_KEY=...
    python examples/error_handling.py --segment 41 --action 000PE4
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from typing import Any

import np6
from np6 import errors


def explain(exc: np6.NP6Error) -> str:  # noqa: PLR0911 - one answer per kind of error
    """One line about a failure, from the most specific class to the most general."""
    if isinstance(exc, errors.RequestValidationError | errors.BodyTypeError | errors.ArgumentTypeError):
        return f"refused before sending, nothing sent: {exc}"
    if isinstance(exc, errors.RateLimitError):  # 429, after the client's own retries
        wait = "no wait announced" if exc.retry_after is None else f"NP6 asks to wait {exc.retry_after:.0f} s"
        return f"rate limited ({wait}; limit {exc.limit}, remaining {exc.remaining}, reset {exc.reset})"
    if isinstance(exc, errors.NotFoundError):
        return f"not found on this account (request id {exc.request_id})"
    if isinstance(exc, errors.APIStatusError):  # every other non-2xx answer
        body = exc.body or "empty body"
        return f"NP6 answered {exc.status_code} to {exc.method} {exc.path}: {body} (request id {exc.request_id})"
    if isinstance(exc, errors.APITimeoutError):  # before APIConnectionError: it is a subclass
        return f"timed out after {exc.retries} retries; the request {'may have' if exc.sent else 'never'} reached NP6"
    if isinstance(exc, errors.APIConnectionError):  # refused, reset, cut, DNS...
        return f"no answer after {exc.retries} retries ({exc}); sent: {exc.sent}"
    if isinstance(exc, errors.DecodeError):
        return f"NP6 answered something unexpected (request id {exc.request_id}): {exc.snippet!r}"
    return f"{type(exc).__name__}: {exc}"  # MissingAPIKeyError, ConfigurationError...


def fetch_segment(client: np6.Client, segment_id: int) -> str:
    """Read a segment; the except clauses a program usually needs."""
    try:
        segment = client.segments.get(segment_id)
    except errors.NotFoundError as exc:  # empty 404: the request id is the only detail
        return f"segment {segment_id}: {explain(exc)}"
    except errors.RateLimitError as exc:
        return f"segment {segment_id}: {explain(exc)}"
    except errors.APIStatusError as exc:
        return f"segment {segment_id}: {explain(exc)}"
    except errors.APIConnectionError as exc:  # includes APITimeoutError
        return f"segment {segment_id}: {explain(exc)}"
    return f"segment {segment_id}: {segment.name!r}, {segment.targets_count} contacts"


def refused_before_sending(client: np6.Client, action_id: str) -> list[str]:
    """Values a program got from outside (user input, a JSON file) that the client refuses."""
    lines = []
    # ".." would make GET /actions/{id} climb to /actions; a value with "/" is sent as one
    # percent-encoded segment ("a/b" as a%2Fb), never as two
    user_input = ".."
    try:
        client.actions.get(user_input)
    except errors.InvalidPathParameterError as exc:
        lines.append(f"path value {user_input!r}: {explain(exc)}")
    loaded: Any = json.loads('{"recipient": {"type": "unicity", "value": ["jane@example.com"]}}')
    try:  # a plain dict is not sent: build the model (ExecutionEmailRequest.from_dict(loaded))
        client.actions.send_message(action_id, body=loaded)
    except errors.BodyTypeError as exc:
        lines.append(f"body of type {type(loaded).__name__}: {explain(exc)}")
    return lines


def with_timeout(client: np6.Client, segment_id: int, seconds: float) -> str:
    """A call with its own read timeout and no retries (``with_options`` changes one call)."""
    try:
        client.with_options(read_timeout=seconds, max_retries=0).segments.get(segment_id)
    except errors.APITimeoutError as exc:
        return f"segment {segment_id} within {seconds} s: {explain(exc)}"
    except np6.NP6Error as exc:
        return f"segment {segment_id} within {seconds} s: {explain(exc)}"
    return f"segment {segment_id} within {seconds} s: answered in time"


def main(client: np6.Client, *, segment_id: int, action_id: str, timeout: float = 5.0) -> list[str]:
    """Run each demonstration; returns (and prints) one line each."""
    lines = [fetch_segment(client, segment_id), *refused_before_sending(client, action_id)]
    lines.append(with_timeout(client, segment_id, timeout))
    for line in lines:
        print(line)
    return lines


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Show how NP6 calls fail and what each np6 error tells.")
    parser.add_argument("--segment", type=int, default=41, help="a segment id to read (default 41)")
    parser.add_argument("--action", default="000PE4", help="an action id (nothing is sent to it)")
    parser.add_argument("--timeout", type=float, default=5.0, help="read timeout of the timed call, in seconds")
    return parser.parse_args(argv)


if __name__ == "__main__":
    args = parse_args()
    try:
        np6_client = np6.Client()  # NP6_API_KEY (and NP6_BASE_URL, if set) from the environment
    except errors.ConfigurationError as exc:  # MissingAPIKeyError, a key with a line break...
        raise SystemExit(explain(exc)) from exc
    with np6_client:
        main(np6_client, segment_id=args.segment, action_id=args.action, timeout=args.timeout)
