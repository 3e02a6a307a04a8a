# Generated from #/components/schemas/ValidationSettingsModel by templates/model.py.jinja: do not edit.
from __future__ import annotations

from msgspec import UNSET, UnsetType

from .._models import Model


class ValidationSettingsModel(
    Model,
    rename={
        "campaign_analyser": "campaignAnalyser",
        "media_for_test": "mediaForTest",
        "test_segments": "testSegments",
        "textand_html": "textandHtml",
    },
):
    """Settings of a validation request. `fortest: true` runs the test phase (the message goes to
    the contacts of `testSegments`); `fortest: false` is the production validation.

    Attributes:
        fortest: True for the test phase, false for the production validation.
        campaign_analyser: True to run NP6's campaign analyser (an option of the account).
        test_segments: Test segments receiving the test messages (test phase only).
        media_for_test: Medium used for the test sends.
        textand_html: True to send both the text and the HTML versions in the test phase.
        comments: Comment attached to the validation.
        variables: Additional variables used to render the test messages.
    """

    fortest: bool | None = None
    campaign_analyser: bool | None | UnsetType = UNSET
    test_segments: list[int] | None | UnsetType = UNSET
    media_for_test: str | None | UnsetType = UNSET
    textand_html: bool | None | UnsetType = UNSET
    comments: str | None | UnsetType = UNSET
    variables: list[ValidationSettingsModelVariablesType0Item] | None | UnsetType = UNSET


from .validation_settings_model_variables_type_0_item import ValidationSettingsModelVariablesType0Item  # noqa: E402
