from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidationSettingsModel")

#: The JSON names of the documented properties (anything else goes to additional_properties).
_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "fortest",
        "campaignAnalyser",
        "testSegments",
        "mediaForTest",
        "textandHtml",
        "comments",
        "variables",
    }
)


@_attrs_define
class ValidationSettingsModel:
    """Settings of a validation request. `fortest: true` runs the test phase (the message goes to
    the contacts of `testSegments`); `fortest: false` is the production validation.

        Attributes:
            fortest (bool | Unset): True for the test phase, false for the production validation.
            campaign_analyser (bool | None | Unset): True to run NP6's campaign analyser (an option of the account).
            test_segments (list[int] | None | Unset): Test segments receiving the test messages (test phase only).
            media_for_test (None | str | Unset): Medium used for the test sends.
            textand_html (bool | None | Unset): True to send both the text and the HTML versions in the test phase.
            comments (None | str | Unset): Comment attached to the validation.
            variables (list[ValidationSettingsModelVariablesType0Item] | None | Unset): Additional variables used to render
                the test messages.
    """

    fortest: bool | Unset = UNSET
    campaign_analyser: bool | None | Unset = UNSET
    test_segments: list[int] | None | Unset = UNSET
    media_for_test: None | str | Unset = UNSET
    textand_html: bool | None | Unset = UNSET
    comments: None | str | Unset = UNSET
    variables: list[ValidationSettingsModelVariablesType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fortest = self.fortest

        campaign_analyser: bool | None | Unset
        if isinstance(self.campaign_analyser, Unset):
            campaign_analyser = UNSET
        else:
            campaign_analyser = self.campaign_analyser

        test_segments: list[int] | None | Unset
        if isinstance(self.test_segments, Unset):
            test_segments = UNSET
        elif isinstance(self.test_segments, list):
            test_segments = self.test_segments

        else:
            test_segments = self.test_segments

        media_for_test: None | str | Unset
        if isinstance(self.media_for_test, Unset):
            media_for_test = UNSET
        else:
            media_for_test = self.media_for_test

        textand_html: bool | None | Unset
        if isinstance(self.textand_html, Unset):
            textand_html = UNSET
        else:
            textand_html = self.textand_html

        comments: None | str | Unset
        if isinstance(self.comments, Unset):
            comments = UNSET
        else:
            comments = self.comments

        variables: list[dict[str, Any]] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, list):
            variables = []
            for variables_type_0_item_data in self.variables:
                variables_type_0_item = variables_type_0_item_data.to_dict()
                variables.append(variables_type_0_item)

        else:
            variables = self.variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fortest is not UNSET:
            field_dict["fortest"] = fortest
        if campaign_analyser is not UNSET:
            field_dict["campaignAnalyser"] = campaign_analyser
        if test_segments is not UNSET:
            field_dict["testSegments"] = test_segments
        if media_for_test is not UNSET:
            field_dict["mediaForTest"] = media_for_test
        if textand_html is not UNSET:
            field_dict["textandHtml"] = textand_html
        if comments is not UNSET:
            field_dict["comments"] = comments
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        fortest = d.get("fortest", UNSET)

        campaign_analyser = d.get("campaignAnalyser", UNSET)

        _test_segments = d.get("testSegments", UNSET)
        test_segments: list[int] | None | Unset
        if _test_segments is None or isinstance(_test_segments, Unset):
            test_segments = _test_segments
        else:
            test_segments_type_0 = cast(list[int], _test_segments)

            test_segments = test_segments_type_0

        media_for_test = d.get("mediaForTest", UNSET)

        textand_html = d.get("textandHtml", UNSET)

        comments = d.get("comments", UNSET)

        _variables = d.get("variables", UNSET)
        variables: list[ValidationSettingsModelVariablesType0Item] | None | Unset
        if _variables is None or isinstance(_variables, Unset):
            variables = _variables
        else:
            variables_type_0 = [
                ValidationSettingsModelVariablesType0Item.from_dict(variables_type_0_item_data)
                for variables_type_0_item_data in _variables
            ]

            variables = variables_type_0

        validation_settings_model = cls(
            fortest=fortest,
            campaign_analyser=campaign_analyser,
            test_segments=test_segments,
            media_for_test=media_for_test,
            textand_html=textand_html,
            comments=comments,
            variables=variables,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            extra = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}
            validation_settings_model.additional_properties = extra
        return validation_settings_model

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


from ..models.validation_settings_model_variables_type_0_item import ValidationSettingsModelVariablesType0Item  # noqa: E402
