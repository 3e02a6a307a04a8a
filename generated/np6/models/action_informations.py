# Generated from #/components/schemas/ActionInformations by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class ActionInformations(
    Model,
):
    """Where the action is filed and its current state.

    Attributes:
        folder: Folder storing the action (null for the default folder).
        category: Category of the action (null for the account's default category).
        state: Workflow state of an action (NP6 calls the enumeration CampaignWorkflowState). The 8.1.0
            reference lists 10, 20, 30, 35, 36, 38, 40, 50, 55 and 60 without naming them; the names
            come from the v8 documentation (10, 20, 38, 40, 50, 90) and a production report on 8.1.0
            (38 is the state after a successful test phase, 100 is an archived action). 80 appears in a
            v8 example. States NP6 never named keep a neutral `STATE_<n>` name. Read-only: NP6 ignores
            it on create and update. (NP6 marks it nullable; it is modelled as always present because
            every documented action carries one.)
    """

    folder: int | None = None
    category: int | None = None
    state: ActionState | None = None


from .action_state import ActionState  # noqa: E402
