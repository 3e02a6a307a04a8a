# Generated from #/components/schemas/ImportReportFeature by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class ImportReportFeature(
    Model,
    tag_field="type",
    tag="report",
    rename={
        "contact_guids": "contactGuids",
        "group_ids": "groupIds",
        "send_error_report": "sendErrorReport",
        "send_final_report": "sendFinalReport",
    },
):
    """Who receives the import reports.

    Attributes:
        send_final_report: True to send a report when the import ends.
        send_error_report: True to send a report of the rejected lines.
        contact_guids: Platform users (not contacts) receiving the reports.
        group_ids: Groups of platform users receiving the reports (v8 documentation).
    """

    send_final_report: bool | None = None
    send_error_report: bool | None = None
    contact_guids: list[str] | None = None
    group_ids: list[int] | None = None

    @property
    def type_(self) -> ImportReportFeatureType:
        """The discriminator (``type``), implied by the class."""
        return ImportReportFeatureType.REPORT


from .import_report_feature_type import ImportReportFeatureType  # noqa: E402
