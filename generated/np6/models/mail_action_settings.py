from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mail_action_settings_edition_mode import MailActionSettingsEditionMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="MailActionSettings")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "templating",
        "editionMode",
        "purpose",
        "consent",
        "priority",
        "importance",
        "environment",
        "field",
        "culture",
        "contentFormat",
        "useFormLinkSSL",
        "sendingProfile",
        "performance",
        "mp",
        "webAnalyser",
        "archive",
    }
)


@_attrs_define
class MailActionSettings:
    """General settings of an email action. Omitted values take the account's defaults.

    Attributes:
        templating (MailActionSettingsTemplating | Unset): Templating engine; NP6 documents version "4.1" (content
            overrides in sends need it).
        edition_mode (MailActionSettingsEditionMode | Unset): How the content is edited (0 design editor, 1 HTML, 2
            text).
        purpose (MailActionSettingsPurposeType0 | None | Unset): Purpose of the message (marketing or service).
        consent (int | None | Unset): Consent rule applied to recipients.
        priority (bool | None | Unset): True to send through NP6's dedicated high-priority queue.
        importance (bool | None | Unset): True to flag the email as important in webmails.
        environment (MailActionSettingsEnvironmentType0 | None | Unset): Rendering environment.
        field (int | None | Unset): Identifier of the contact field holding the email address (NP6 answers 404 for a
            wrong one).
        culture (None | str | Unset): Culture used to format values, e.g. fr-FR.
        content_format (int | None | Unset): Content format code.
        use_form_link_ssl (bool | None | Unset): True to serve form links over HTTPS.
        sending_profile (int | None | Unset): Sending profile.
        performance (MailActionSettingsPerformanceType0 | None | Unset): Expected rates used for reporting.
        mp (MailActionSettingsMpType0 | None | Unset): Marketing pressure settings.
        web_analyser (int | None | Unset): Web analytics connector.
        archive (bool | None | Unset): True to keep an archive copy of each message sent (see the Archives tag).
    """

    templating: MailActionSettingsTemplating | Unset = UNSET
    edition_mode: MailActionSettingsEditionMode | Unset = UNSET
    purpose: MailActionSettingsPurposeType0 | None | Unset = UNSET
    consent: int | None | Unset = UNSET
    priority: bool | None | Unset = UNSET
    importance: bool | None | Unset = UNSET
    environment: MailActionSettingsEnvironmentType0 | None | Unset = UNSET
    field: int | None | Unset = UNSET
    culture: None | str | Unset = UNSET
    content_format: int | None | Unset = UNSET
    use_form_link_ssl: bool | None | Unset = UNSET
    sending_profile: int | None | Unset = UNSET
    performance: MailActionSettingsPerformanceType0 | None | Unset = UNSET
    mp: MailActionSettingsMpType0 | None | Unset = UNSET
    web_analyser: int | None | Unset = UNSET
    archive: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        templating: dict[str, Any] | Unset = UNSET
        if not isinstance(self.templating, Unset):
            templating = self.templating.to_dict()

        edition_mode: int | Unset = UNSET
        if not isinstance(self.edition_mode, Unset):
            edition_mode = self.edition_mode.value

        purpose: dict[str, Any] | None | Unset
        if isinstance(self.purpose, Unset):
            purpose = UNSET
        elif isinstance(self.purpose, MailActionSettingsPurposeType0):
            purpose = self.purpose.to_dict()
        else:
            purpose = self.purpose

        consent: int | None | Unset
        if isinstance(self.consent, Unset):
            consent = UNSET
        else:
            consent = self.consent

        priority: bool | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        importance: bool | None | Unset
        if isinstance(self.importance, Unset):
            importance = UNSET
        else:
            importance = self.importance

        environment: dict[str, Any] | None | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        elif isinstance(self.environment, MailActionSettingsEnvironmentType0):
            environment = self.environment.to_dict()
        else:
            environment = self.environment

        field: int | None | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        culture: None | str | Unset
        if isinstance(self.culture, Unset):
            culture = UNSET
        else:
            culture = self.culture

        content_format: int | None | Unset
        if isinstance(self.content_format, Unset):
            content_format = UNSET
        else:
            content_format = self.content_format

        use_form_link_ssl: bool | None | Unset
        if isinstance(self.use_form_link_ssl, Unset):
            use_form_link_ssl = UNSET
        else:
            use_form_link_ssl = self.use_form_link_ssl

        sending_profile: int | None | Unset
        if isinstance(self.sending_profile, Unset):
            sending_profile = UNSET
        else:
            sending_profile = self.sending_profile

        performance: dict[str, Any] | None | Unset
        if isinstance(self.performance, Unset):
            performance = UNSET
        elif isinstance(self.performance, MailActionSettingsPerformanceType0):
            performance = self.performance.to_dict()
        else:
            performance = self.performance

        mp: dict[str, Any] | None | Unset
        if isinstance(self.mp, Unset):
            mp = UNSET
        elif isinstance(self.mp, MailActionSettingsMpType0):
            mp = self.mp.to_dict()
        else:
            mp = self.mp

        web_analyser: int | None | Unset
        if isinstance(self.web_analyser, Unset):
            web_analyser = UNSET
        else:
            web_analyser = self.web_analyser

        archive: bool | None | Unset
        if isinstance(self.archive, Unset):
            archive = UNSET
        else:
            archive = self.archive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if templating is not UNSET:
            field_dict["templating"] = templating
        if edition_mode is not UNSET:
            field_dict["editionMode"] = edition_mode
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if consent is not UNSET:
            field_dict["consent"] = consent
        if priority is not UNSET:
            field_dict["priority"] = priority
        if importance is not UNSET:
            field_dict["importance"] = importance
        if environment is not UNSET:
            field_dict["environment"] = environment
        if field is not UNSET:
            field_dict["field"] = field
        if culture is not UNSET:
            field_dict["culture"] = culture
        if content_format is not UNSET:
            field_dict["contentFormat"] = content_format
        if use_form_link_ssl is not UNSET:
            field_dict["useFormLinkSSL"] = use_form_link_ssl
        if sending_profile is not UNSET:
            field_dict["sendingProfile"] = sending_profile
        if performance is not UNSET:
            field_dict["performance"] = performance
        if mp is not UNSET:
            field_dict["mp"] = mp
        if web_analyser is not UNSET:
            field_dict["webAnalyser"] = web_analyser
        if archive is not UNSET:
            field_dict["archive"] = archive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _templating = d.get("templating", UNSET)
        templating: MailActionSettingsTemplating | Unset
        if isinstance(_templating, Unset):
            templating = UNSET
        else:
            templating = MailActionSettingsTemplating.from_dict(_templating)

        _edition_mode = d.get("editionMode", UNSET)
        edition_mode: MailActionSettingsEditionMode | Unset
        if isinstance(_edition_mode, Unset):
            edition_mode = UNSET
        else:
            edition_mode = MailActionSettingsEditionMode._decode(_edition_mode)

        _purpose = d.get("purpose", UNSET)
        purpose: MailActionSettingsPurposeType0 | None | Unset
        if _purpose is None or isinstance(_purpose, Unset):
            purpose = _purpose
        else:
            purpose_type_0 = MailActionSettingsPurposeType0.from_dict(_purpose)

            purpose = purpose_type_0

        consent = d.get("consent", UNSET)

        priority = d.get("priority", UNSET)

        importance = d.get("importance", UNSET)

        _environment = d.get("environment", UNSET)
        environment: MailActionSettingsEnvironmentType0 | None | Unset
        if _environment is None or isinstance(_environment, Unset):
            environment = _environment
        else:
            environment_type_0 = MailActionSettingsEnvironmentType0.from_dict(_environment)

            environment = environment_type_0

        field = d.get("field", UNSET)

        culture = d.get("culture", UNSET)

        content_format = d.get("contentFormat", UNSET)

        use_form_link_ssl = d.get("useFormLinkSSL", UNSET)

        sending_profile = d.get("sendingProfile", UNSET)

        _performance = d.get("performance", UNSET)
        performance: MailActionSettingsPerformanceType0 | None | Unset
        if _performance is None or isinstance(_performance, Unset):
            performance = _performance
        else:
            performance_type_0 = MailActionSettingsPerformanceType0.from_dict(_performance)

            performance = performance_type_0

        _mp = d.get("mp", UNSET)
        mp: MailActionSettingsMpType0 | None | Unset
        if _mp is None or isinstance(_mp, Unset):
            mp = _mp
        else:
            mp_type_0 = MailActionSettingsMpType0.from_dict(_mp)

            mp = mp_type_0

        web_analyser = d.get("webAnalyser", UNSET)

        archive = d.get("archive", UNSET)

        mail_action_settings = cls(
            templating=templating,
            edition_mode=edition_mode,
            purpose=purpose,
            consent=consent,
            priority=priority,
            importance=importance,
            environment=environment,
            field=field,
            culture=culture,
            content_format=content_format,
            use_form_link_ssl=use_form_link_ssl,
            sending_profile=sending_profile,
            performance=performance,
            mp=mp,
            web_analyser=web_analyser,
            archive=archive,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            mail_action_settings.additional_properties = extra
        return mail_action_settings

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.mail_action_settings_environment_type_0 import MailActionSettingsEnvironmentType0  # noqa: E402
from ..models.mail_action_settings_mp_type_0 import MailActionSettingsMpType0  # noqa: E402
from ..models.mail_action_settings_performance_type_0 import MailActionSettingsPerformanceType0  # noqa: E402
from ..models.mail_action_settings_purpose_type_0 import MailActionSettingsPurposeType0  # noqa: E402
from ..models.mail_action_settings_templating import MailActionSettingsTemplating  # noqa: E402
