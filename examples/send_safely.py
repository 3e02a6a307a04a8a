"""Validate an NP6 email action for sending, then send one transactional message, once.

NP6 sends an action only after two validations: a test phase (NP6 sends the message to test
segments and moves the action, asynchronously, to state 38 "asking validation") and a
production phase (state 50, "validated"). Until then a send answers 409 with an empty body.

    export NP6_API_KEY=...
    python examples/send_safely.py 000PE4 --test-segment 56 --to jane@example.com

Exit status: 0 sent, 1 not validated, 2 refused or failed by NP6, 3 unknown outcome (the
message may have been sent: do not send it again blindly).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import np6
from np6 import errors
from np6.models import ExecutionEmailRequest, ExecutionError, ExecutionSuccess, RecipientByUnicity

#: NP6's media type of an email send (``application/vnd.np6.cm.sms`` with ``ExecutionSmsRequest``).
EMAIL: Final = "application/vnd.np6.cm.email"

SENT, NOT_VALIDATED, REFUSED, UNKNOWN = 0, 1, 2, 3


@dataclass(frozen=True)
class Outcome:
    """What happened: an exit status and a line for the operator."""

    status: int
    message: str


def validate(client: np6.Client, action_id: str, test_segments: Sequence[int], deadline: float, interval: float) -> str:
    """Both validation phases; raises ``ValidationPhaseError`` naming the phase that failed.

    ``client.actions.validate_for_sending`` posts the test validation, reads the action's state
    every ``interval`` seconds until NP6 moves it to 38 (ASKING_VALIDATION) or ``deadline``
    passes, then posts the production validation. (``np6._workflows.validate_for_sending`` is the
    same as a function, with injectable ``sleep`` and ``clock``.)
    """
    state = client.actions.validate_for_sending(
        action_id, test_segments=test_segments, deadline=deadline, interval=interval
    )
    return f"{state.name if state.is_known else state.value} ({state.value})"


def send(client: np6.Client, action_id: str, recipient: str) -> Outcome:  # noqa: PLR0911 - one outcome per case
    """Send one email to ``recipient`` (a unicity value, e.g. the contact's email address)."""
    request = ExecutionEmailRequest(recipient=RecipientByUnicity(value=[recipient]))
    # A send is never repeated by the client after a 5xx, a timeout or a cut connection (NP6 may
    # have sent it); max_retries=0 also leaves out the retries of a 429, so the script decides.
    once = client.with_options(max_retries=0)
    try:
        result = once.actions.send_message(action_id, body=request, content_type=EMAIL)
    except errors.ConflictError as exc:  # 409, empty body: the action is not validated (any more)
        return Outcome(REFUSED, f"NP6 refused the send (409: action not validated); request id {exc.request_id}")
    except errors.RateLimitError as exc:  # 429: NP6 did not process it; safe to send later
        return Outcome(REFUSED, f"rate limited, not sent; retry in {exc.retry_after} s (request id {exc.request_id})")
    except errors.InternalServerError as exc:  # 5xx: NP6 may have sent it before failing
        return Outcome(UNKNOWN, f"NP6 failed ({exc.status_code}); the message may have been sent: {exc.request_id}")
    except errors.APIStatusError as exc:  # 400, 401, 404...: refused
        return Outcome(REFUSED, f"NP6 refused the send ({exc.status_code}); request id {exc.request_id}")
    except errors.APIConnectionError as exc:  # no answer
        if exc.sent:
            return Outcome(UNKNOWN, f"no answer from NP6; the message may have been sent ({exc})")
        return Outcome(REFUSED, f"could not reach NP6, nothing sent ({exc})")
    # A send answers 200 with a result: a success or an error (or a kind this client does not
    # know); match reads each one's fields without an isinstance chain.
    match result:
        case ExecutionSuccess(id=message_id):
            return Outcome(SENT, f"sent to {recipient}: message id {message_id}")
        case ExecutionError(value=reason):
            why = reason.type_ if reason is not None else None
            return Outcome(REFUSED, f"not sent to {recipient}: {why or 'no reason given'}")
        case _:  # UnknownExecutionResult: a kind NP6 added since this client was released
            return Outcome(UNKNOWN, f"NP6 answered a result of an unknown kind: {result.to_dict()}")


def main(
    client: np6.Client,
    action_id: str,
    *,
    test_segments: Sequence[int],
    recipient: str,
    deadline: float = 900.0,
    interval: float = 10.0,
) -> Outcome:
    """Validate ``action_id`` (test phase on ``test_segments``, wait, production phase), then send it once."""
    try:
        state = validate(client, action_id, test_segments, deadline, interval)
    except np6.ValidationPhaseError as exc:
        rid = f", request id {exc.request_id}" if exc.request_id else ""
        return Outcome(NOT_VALIDATED, f"not validated: {exc.phase} phase failed (state {exc.state}{rid}): {exc}")
    print(f"{action_id} validated, state {state}")
    return send(client, action_id, recipient)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Validate an NP6 email action, then send it once to one recipient.")
    parser.add_argument("action", help="the action id, e.g. 000PE4")
    parser.add_argument("--test-segment", type=int, action="append", required=True, help="a test segment id (repeat)")
    parser.add_argument("--to", required=True, help="the recipient's unicity value (e.g. an email address)")
    parser.add_argument("--deadline", type=float, default=900.0, help="seconds to wait for the test phase")
    parser.add_argument("--interval", type=float, default=10.0, help="seconds between two reads of the state")
    return parser.parse_args(argv)


if __name__ == "__main__":
    args = parse_args()
    with np6.Client() as np6_client:  # NP6_API_KEY (and NP6_BASE_URL, if set) from the environment
        outcome = main(
            np6_client,
            args.action,
            test_segments=args.test_segment,
            recipient=args.to,
            deadline=args.deadline,
            interval=args.interval,
        )
    print(outcome.message, file=sys.stdout if outcome.status == SENT else sys.stderr)
    sys.exit(outcome.status)
