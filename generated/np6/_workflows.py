"""The two chores every NP6 integration writes by hand, on top of the generated operations.

* :func:`validate_for_sending`: NP6 sends an action only after two validations. The test
  phase (``fortest: true`` with test segments) makes NP6 send to the test segments and move the
  action, asynchronously, to 38 (ASKING_VALIDATION), or back to 20 (CREATED) when the test
  fails; then the production phase (``fortest: false``) moves it to 50 (VALIDATED). This waits
  between the two with a deadline, and raises :class:`ValidationPhaseError` naming the phase
  that failed, with NP6's request id.
* :func:`upsert_target`: create a contact; when NP6 answers 409 (it exists), find it by its
  unicity value and update it. Returns the contact and whether it was created.

Both have async twins (``avalidate_for_sending``, ``aupsert_target``) and are reached as
``client.actions.validate_for_sending(...)`` and ``client.targets.upsert(...)``: the spec names
these mixins on its tags (``x-np6-mixin``), and the generated resource classes derive from them.
The operations are imported when a workflow runs (the tag packages import this module).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING

from . import errors
from ._decoding import UnknownVariant
from .errors import Phase, ValidationPhaseError
from .models.action_state import ActionState
from .types import Unset

if TYPE_CHECKING:
    from .client import BaseClient
    from .models.document import Document
    from .models.target import Target


def _state_of(action: object) -> ActionState | None:
    fields = action.shared if isinstance(action, UnknownVariant) else action
    informations = getattr(fields, "informations", None)
    if informations is None or isinstance(informations, Unset):
        return None
    state = getattr(informations, "state", None)
    return None if state is None or isinstance(state, Unset) else ActionState._decode(state)


class _Wait:
    """The state machine of the wait between the two phases (shared by sync and async)."""

    def __init__(self, action_id: str, deadline: float, clock: Callable[[], float]):
        self.action_id = action_id
        self.deadline = deadline
        self.clock = clock
        self.give_up = clock() + deadline
        self.left_created = False
        self.state: ActionState | None = None

    def done(self, state: ActionState | None) -> bool:
        """True once the test succeeded; raises when it failed or the deadline passed."""
        self.state = state
        if state == ActionState.ASKING_VALIDATION:
            return True
        self.left_created = self.left_created or state not in (None, ActionState.CREATED)
        if self.left_created and state == ActionState.CREATED:
            raise ValidationPhaseError(self.action_id, "test", "the action went back to CREATED", state=state)
        if self.clock() >= self.give_up:
            raise ValidationPhaseError(
                self.action_id, "waiting", f"still in state {state} after {self.deadline:.0f} s", state=state
            )
        return False


def _refused(
    action_id: str, phase: Phase, exc: errors.APIStatusError, state: ActionState | None
) -> ValidationPhaseError:
    return ValidationPhaseError(
        action_id, phase, f"NP6 answered {exc.status_code}", state=state, request_id=exc.request_id
    )


def validate_for_sending(
    client: BaseClient,
    action_id: str,
    *,
    test_segments: Sequence[int],
    deadline: float = 900.0,
    interval: float = 10.0,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> ActionState:
    """Validate an action for sending: test phase, wait (at most ``deadline`` seconds, reading
    its state every ``interval``), production phase. Returns the state NP6 reports at the end."""
    from .api.email_sms_actions import get_action, validate_action  # noqa: PLC0415 - the tag packages import this module
    from .models.validation_settings_model import ValidationSettingsModel  # noqa: PLC0415

    test = ValidationSettingsModel(fortest=True, test_segments=list(test_segments))
    try:
        validate_action.sync(action_id, client=client, body=test)
    except errors.APIStatusError as exc:
        raise _refused(action_id, "test", exc, None) from exc
    wait = _Wait(action_id, deadline, clock)
    while not wait.done(_state_of(get_action.sync(action_id, client=client))):
        sleep(interval)
    try:
        validate_action.sync(action_id, client=client, body=ValidationSettingsModel(fortest=False))
    except errors.APIStatusError as exc:
        raise _refused(action_id, "production", exc, wait.state) from exc
    return _state_of(get_action.sync(action_id, client=client)) or ActionState.VALIDATED


async def avalidate_for_sending(
    client: BaseClient,
    action_id: str,
    *,
    test_segments: Sequence[int],
    deadline: float = 900.0,
    interval: float = 10.0,
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> ActionState:
    """Async :func:`validate_for_sending`."""
    from .api.email_sms_actions import get_action, validate_action  # noqa: PLC0415 - the tag packages import this module
    from .models.validation_settings_model import ValidationSettingsModel  # noqa: PLC0415

    test = ValidationSettingsModel(fortest=True, test_segments=list(test_segments))
    try:
        await validate_action.asyncio(action_id, client=client, body=test)
    except errors.APIStatusError as exc:
        raise _refused(action_id, "test", exc, None) from exc
    wait = _Wait(action_id, deadline, clock)
    while not wait.done(_state_of(await get_action.asyncio(action_id, client=client))):
        await sleep(interval)
    try:
        await validate_action.asyncio(action_id, client=client, body=ValidationSettingsModel(fortest=False))
    except errors.APIStatusError as exc:
        raise _refused(action_id, "production", exc, wait.state) from exc
    return _state_of(await get_action.asyncio(action_id, client=client)) or ActionState.VALIDATED


def _unicity(value: str | Sequence[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def upsert_target(client: BaseClient, document: Document, *, unicity: str | Sequence[str]) -> tuple[Target, bool]:
    """Create the contact ``document`` (values keyed by field name); if NP6 answers 409 (it
    exists), find it by ``unicity`` (its unicity value(s)) and update it. Returns the contact and
    True when it was created."""
    from .api.contact import create_target, find_target, update_target  # noqa: PLC0415 - the tag packages import this module

    try:
        return create_target.sync(client=client, body=document), True
    except errors.ConflictError:
        existing = find_target.sync(client=client, unicity=_unicity(unicity))
    return update_target.sync(existing.id, client=client, body=document), False


async def aupsert_target(
    client: BaseClient, document: Document, *, unicity: str | Sequence[str]
) -> tuple[Target, bool]:
    """Async :func:`upsert_target`."""
    from .api.contact import create_target, find_target, update_target  # noqa: PLC0415 - the tag packages import this module

    try:
        return await create_target.asyncio(client=client, body=document), True
    except errors.ConflictError:
        existing = await find_target.asyncio(client=client, unicity=_unicity(unicity))
    return await update_target.asyncio(existing.id, client=client, body=document), False


class ActionWorkflows:
    """Workflow methods of ``client.actions``."""

    _client: BaseClient

    def validate_for_sending(
        self, action_id: str, *, test_segments: Sequence[int], deadline: float = 900.0, interval: float = 10.0
    ) -> ActionState:
        """Validate an action for sending: the test phase, a wait (``deadline`` seconds at most,
        reading the state every ``interval``) for NP6 to move it to 38 (ASKING_VALIDATION), then
        the production phase. Raises ``ValidationPhaseError`` naming the phase that failed.

        NP6: `POST /actions/{id}/validation` twice, `GET /actions/{id}` while waiting.
        """
        return validate_for_sending(
            self._client, action_id, test_segments=test_segments, deadline=deadline, interval=interval
        )


class AsyncActionWorkflows:
    """Workflow methods of ``async_client.actions``."""

    _client: BaseClient

    async def validate_for_sending(
        self, action_id: str, *, test_segments: Sequence[int], deadline: float = 900.0, interval: float = 10.0
    ) -> ActionState:
        """Async :meth:`ActionWorkflows.validate_for_sending`."""
        return await avalidate_for_sending(
            self._client, action_id, test_segments=test_segments, deadline=deadline, interval=interval
        )


class TargetWorkflows:
    """Workflow methods of ``client.targets``."""

    _client: BaseClient

    def upsert(self, document: Document, *, unicity: str | Sequence[str]) -> tuple[Target, bool]:
        """Create a contact, or update it when NP6 answers 409 (found by its ``unicity`` value(s));
        returns the contact and whether it was created.

        NP6: `POST /targets`, then `GET /targets?unicity=` and `PUT /targets/{id}`.
        """
        return upsert_target(self._client, document, unicity=unicity)


class AsyncTargetWorkflows:
    """Workflow methods of ``async_client.targets``."""

    _client: BaseClient

    async def upsert(self, document: Document, *, unicity: str | Sequence[str]) -> tuple[Target, bool]:
        """Async :meth:`TargetWorkflows.upsert`."""
        return await aupsert_target(self._client, document, unicity=unicity)


__all__ = [
    "ActionWorkflows",
    "AsyncActionWorkflows",
    "AsyncTargetWorkflows",
    "TargetWorkflows",
    "ValidationPhaseError",
    "aupsert_target",
    "avalidate_for_sending",
    "upsert_target",
    "validate_for_sending",
]
