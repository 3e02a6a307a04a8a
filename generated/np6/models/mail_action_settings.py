# Generated from #/components/schemas/MailActionSettings by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class MailActionSettings(
    Model,
    rename={
        "content_format": "contentFormat",
        "edition_mode": "editionMode",
        "sending_profile": "sendingProfile",
        "use_form_link_ssl": "useFormLinkSSL",
        "web_analyser": "webAnalyser",
    },
):
    """General settings of an email action. Omitted values take the account's defaults.

    Attributes:
        templating: Templating engine; NP6 documents version "4.1" (content overrides in sends need it).
        edition_mode: How the content is edited (0 design editor, 1 HTML, 2 text).
        purpose: Purpose of the message (marketing or service).
        consent: Consent rule applied to recipients.
        priority: True to send through NP6's dedicated high-priority queue.
        importance: True to flag the email as important in webmails.
        environment: Rendering environment.
        field: Identifier of the contact field holding the email address (NP6 answers 404 for a wrong one).
        culture: Culture used to format values, e.g. fr-FR.
        content_format: Content format code.
        use_form_link_ssl: True to serve form links over HTTPS.
        sending_profile: Sending profile.
        performance: Expected rates used for reporting.
        mp: Marketing pressure settings.
        web_analyser: Web analytics connector.
        archive: True to keep an archive copy of each message sent (see the Archives tag).
    """

    templating: MailActionSettingsTemplating | None = None
    edition_mode: MailActionSettingsEditionMode | None = None
    purpose: MailActionSettingsPurposeType0 | None = None
    consent: int | None = None
    priority: bool | None = None
    importance: bool | None = None
    environment: MailActionSettingsEnvironmentType0 | None = None
    field: int | None = None
    culture: str | None = None
    content_format: int | None = None
    use_form_link_ssl: bool | None = None
    sending_profile: int | None = None
    performance: MailActionSettingsPerformanceType0 | None = None
    mp: MailActionSettingsMpType0 | None = None
    web_analyser: int | None = None
    archive: bool | None = None


from .mail_action_settings_edition_mode import MailActionSettingsEditionMode  # noqa: E402
from .mail_action_settings_environment_type_0 import MailActionSettingsEnvironmentType0  # noqa: E402
from .mail_action_settings_mp_type_0 import MailActionSettingsMpType0  # noqa: E402
from .mail_action_settings_performance_type_0 import MailActionSettingsPerformanceType0  # noqa: E402
from .mail_action_settings_purpose_type_0 import MailActionSettingsPurposeType0  # noqa: E402
from .mail_action_settings_templating import MailActionSettingsTemplating  # noqa: E402
