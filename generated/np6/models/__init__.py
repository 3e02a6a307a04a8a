# Generated from the spec's schemas by templates/models_init.py.jinja: do not edit.
"""The data models of the NP6 API (msgspec Structs), each imported on first use.

``from np6.models import StaticSegment`` imports only that model and what it refers to; the
named unions (``Segment``, ``BaseEvent``...) and their unknown members are here too.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .action_base import ActionBase
    from .action_informations import ActionInformations
    from .action_monitor import ActionMonitor
    from .action_monitor_last_sent import ActionMonitorLastSent
    from .action_scheduler_asap import ActionSchedulerAsap
    from .action_scheduler_asap_type import ActionSchedulerAsapType
    from .action_scheduler_base import ActionSchedulerBase
    from .action_scheduler_model import ActionSchedulerModel, UnknownActionSchedulerModel
    from .action_scheduler_scheduled import ActionSchedulerScheduled
    from .action_scheduler_scheduled_type import ActionSchedulerScheduledType
    from .action_scheduler_time_zone import ActionSchedulerTimeZone
    from .action_scheduler_time_zone_type import ActionSchedulerTimeZoneType
    from .action_segments import ActionSegments
    from .action_state import ActionState
    from .action_type import ActionType
    from .activation_event import ActivationEvent
    from .activation_event_type import ActivationEventType
    from .apns_certificate import ApnsCertificate
    from .apns_provider import ApnsProvider
    from .apns_provider_type import ApnsProviderType
    from .application_route import ApplicationRoute
    from .base_event import BaseEvent, UnknownBaseEvent
    from .bounce_event import BounceEvent
    from .bounce_event_type import BounceEventType
    from .campaign import Campaign
    from .campaign_event_kind import CampaignEventKind
    from .campaign_events_request import CampaignEventsRequest
    from .campaign_item import CampaignItem
    from .campaign_items_events import CampaignItemsEvents
    from .cancellation_event import CancellationEvent
    from .cancellation_event_type import CancellationEventType
    from .capping_period import CappingPeriod
    from .capping_period_unit import CappingPeriodUnit
    from .category import Category
    from .category_input import CategoryInput
    from .compilable import Compilable
    from .compilable_execution_result import CompilableExecutionResult
    from .compilable_execution_result_arguments_type_0 import CompilableExecutionResultArgumentsType0
    from .compilable_flaw import CompilableFlaw
    from .compilable_value import CompilableValue
    from .compilable_value_cursors_type_0_item import CompilableValueCursorsType0Item
    from .compilable_value_parameters_type_0_item import CompilableValueParametersType0Item
    from .compilable_value_preview_type_0 import CompilableValuePreviewType0
    from .compilable_value_source_type_0 import CompilableValueSourceType0
    from .complaint_event import ComplaintEvent
    from .complaint_event_type import ComplaintEventType
    from .creation_event import CreationEvent
    from .creation_event_type import CreationEventType
    from .date_field import DateField
    from .date_field_type import DateFieldType
    from .deleted_target import DeletedTarget
    from .delivery_event import DeliveryEvent
    from .delivery_event_type import DeliveryEventType
    from .document import Document
    from .dynamic_segment import DynamicSegment
    from .dynamic_segment_type import DynamicSegmentType
    from .email_attachment import EmailAttachment
    from .email_attachment_data import EmailAttachmentData
    from .email_field import EmailField
    from .email_field_type import EmailFieldType
    from .email_headers_override import EmailHeadersOverride
    from .event_activation import EventActivation
    from .event_bounce import EventBounce
    from .event_bounce_analysis import EventBounceAnalysis
    from .event_bounce_analysis_subject import EventBounceAnalysisSubject
    from .event_bounce_analysis_subject_detail import EventBounceAnalysisSubjectDetail
    from .event_bounce_analysis_verdict import EventBounceAnalysisVerdict
    from .event_bounce_status import EventBounceStatus
    from .event_bounce_status_code import EventBounceStatusCode
    from .event_cancellation import EventCancellation
    from .event_cancellation_value import EventCancellationValue
    from .event_client import EventClient
    from .event_client_ip import EventClientIp
    from .event_client_ip_type import EventClientIpType
    from .event_detail import EventDetail
    from .event_envelope import EventEnvelope
    from .event_execution import EventExecution
    from .event_execution_data import EventExecutionData
    from .event_identity import EventIdentity
    from .event_link import EventLink
    from .event_link_type import EventLinkType
    from .event_receiver import EventReceiver, EventReceiverShared, UnknownEventReceiver
    from .event_receiver_contact import EventReceiverContact
    from .event_receiver_contact_type import EventReceiverContactType
    from .event_receiver_contact_value import EventReceiverContactValue
    from .event_receiver_footprint import EventReceiverFootprint
    from .event_receiver_footprint_type import EventReceiverFootprintType
    from .event_receiver_id import EventReceiverId
    from .event_receiver_id_type import EventReceiverIdType
    from .event_sort_order import EventSortOrder
    from .event_source import EventSource
    from .event_stamp import EventStamp
    from .event_user_agent import EventUserAgent
    from .event_user_agent_client import EventUserAgentClient
    from .event_user_agent_device import EventUserAgentDevice
    from .event_user_agent_os import EventUserAgentOs
    from .execute_compilable_body import ExecuteCompilableBody
    from .execution_email_request import ExecutionEmailRequest
    from .execution_email_request_blocks_type_0_item import ExecutionEmailRequestBlocksType0Item
    from .execution_email_request_content_type_0 import ExecutionEmailRequestContentType0
    from .execution_email_request_copies_type_0_item import ExecutionEmailRequestCopiesType0Item
    from .execution_email_request_data_type_0 import ExecutionEmailRequestDataType0
    from .execution_email_request_related_type_0 import ExecutionEmailRequestRelatedType0
    from .execution_email_request_variables_type_0_item import ExecutionEmailRequestVariablesType0Item
    from .execution_error import ExecutionError
    from .execution_error_type import ExecutionErrorType
    from .execution_error_value import ExecutionErrorValue
    from .execution_event import ExecutionEvent
    from .execution_event_type import ExecutionEventType
    from .execution_result import ExecutionResult, ExecutionResultShared, UnknownExecutionResult
    from .execution_sms_request import ExecutionSmsRequest
    from .execution_sms_request_data_type_0 import ExecutionSmsRequestDataType0
    from .execution_sms_request_related_type_0 import ExecutionSmsRequestRelatedType0
    from .execution_sms_request_variables_type_0_item import ExecutionSmsRequestVariablesType0Item
    from .execution_success import ExecutionSuccess
    from .execution_success_type import ExecutionSuccessType
    from .field import Field, FieldShared, UnknownField
    from .field_base import FieldBase
    from .field_constraint import FieldConstraint
    from .field_constraint_operator import FieldConstraintOperator
    from .field_input import FieldInput
    from .field_type import FieldType
    from .firebase_provider import FirebaseProvider
    from .firebase_provider_type import FirebaseProviderType
    from .hit_event import HitEvent
    from .hit_event_type import HitEventType
    from .http_provider import HttpProvider
    from .http_provider_type import HttpProviderType
    from .import_bind import ImportBind
    from .import_database_feature import ImportDatabaseFeature
    from .import_database_feature_type import ImportDatabaseFeatureType
    from .import_definition import ImportDefinition
    from .import_duplicate_feature import ImportDuplicateFeature
    from .import_duplicate_feature_type import ImportDuplicateFeatureType
    from .import_duplicate_rules import ImportDuplicateRules
    from .import_execution import ImportExecution
    from .import_execution_content import ImportExecutionContent
    from .import_execution_state import ImportExecutionState
    from .import_execution_state_code import ImportExecutionStateCode
    from .import_feature import ImportFeature, ImportFeatureShared, UnknownImportFeature
    from .import_file_source import ImportFileSource
    from .import_file_source_data_item import ImportFileSourceDataItem
    from .import_file_source_type import ImportFileSourceType
    from .import_format import ImportFormat
    from .import_format_identifier import ImportFormatIdentifier
    from .import_ftp_source import ImportFtpSource
    from .import_ftp_source_type import ImportFtpSourceType
    from .import_normalization_feature import ImportNormalizationFeature
    from .import_normalization_feature_fields import ImportNormalizationFeatureFields
    from .import_normalization_feature_type import ImportNormalizationFeatureType
    from .import_red_list_destination import ImportRedListDestination
    from .import_red_list_feature import ImportRedListFeature
    from .import_red_list_feature_type import ImportRedListFeatureType
    from .import_report_feature import ImportReportFeature
    from .import_report_feature_type import ImportReportFeatureType
    from .import_scheduler import ImportScheduler
    from .import_scheduler_frequency import ImportSchedulerFrequency
    from .import_scheduler_validity import ImportSchedulerValidity
    from .import_segmentation_feature import ImportSegmentationFeature
    from .import_segmentation_feature_type import ImportSegmentationFeatureType
    from .import_source import ImportSource, UnknownImportSource
    from .import_source_base import ImportSourceBase
    from .impression_event import ImpressionEvent
    from .impression_event_type import ImpressionEventType
    from .literal_value import LiteralValue
    from .mail_action_settings import MailActionSettings
    from .mail_action_settings_edition_mode import MailActionSettingsEditionMode
    from .mail_action_settings_environment_type_0 import MailActionSettingsEnvironmentType0
    from .mail_action_settings_mp_type_0 import MailActionSettingsMpType0
    from .mail_action_settings_performance_type_0 import MailActionSettingsPerformanceType0
    from .mail_action_settings_purpose_type_0 import MailActionSettingsPurposeType0
    from .mail_action_settings_templating import MailActionSettingsTemplating
    from .mail_archive import MailArchive
    from .mail_campaign_action import MailCampaignAction
    from .mail_campaign_action_type import MailCampaignActionType
    from .mail_content import MailContent
    from .mail_from import MailFrom
    from .mail_headers import MailHeaders
    from .mail_message_action import MailMessageAction
    from .mail_message_action_type import MailMessageActionType
    from .marketing_pressure_predicate import MarketingPressurePredicate
    from .marketing_pressure_predicate_expressions_item import MarketingPressurePredicateExpressionsItem
    from .marketing_pressure_rule import MarketingPressureRule
    from .marketing_pressure_topic import MarketingPressureTopic
    from .message_request_model import MessageRequestModel
    from .message_request_model_data_type_0 import MessageRequestModelDataType0
    from .message_stamp import MessageStamp
    from .modification_event import ModificationEvent
    from .modification_event_type import ModificationEventType
    from .multiple_select_list_field import MultipleSelectListField
    from .multiple_select_list_field_type import MultipleSelectListFieldType
    from .notifiable_application import NotifiableApplication
    from .notifiable_application_stamp_type_0 import NotifiableApplicationStampType0
    from .notification import Notification, UnknownNotification
    from .notification_base import NotificationBase
    from .notification_content_overrides import NotificationContentOverrides
    from .notification_content_overrides_data_type_0 import NotificationContentOverridesDataType0
    from .notification_content_overrides_variables_type_0_item import NotificationContentOverridesVariablesType0Item
    from .notification_execution_request import NotificationExecutionRequest
    from .notification_provider import NotificationProvider, NotificationProviderShared, UnknownNotificationProvider
    from .notification_receiver import NotificationReceiver
    from .notification_recipient import NotificationRecipient
    from .notification_render_meta import NotificationRenderMeta
    from .notification_render_meta_stamp_type_0 import NotificationRenderMetaStampType0
    from .notification_render_request import NotificationRenderRequest
    from .notification_render_request_related_type_0 import NotificationRenderRequestRelatedType0
    from .notification_render_result import NotificationRenderResult
    from .notification_render_values import NotificationRenderValues
    from .notification_settings import NotificationSettings
    from .notification_settings_expiration_type_0 import NotificationSettingsExpirationType0
    from .notification_settings_mp_type_0 import NotificationSettingsMpType0
    from .notification_settings_purpose_type_0 import NotificationSettingsPurposeType0
    from .notification_task import NotificationTask
    from .notification_task_scheduler_type_0 import NotificationTaskSchedulerType0
    from .notification_test_request import NotificationTestRequest
    from .notification_typed_value import NotificationTypedValue
    from .notification_version import NotificationVersion
    from .numeric_field import NumericField
    from .numeric_field_type import NumericFieldType
    from .optout_event import OptoutEvent
    from .optout_event_type import OptoutEventType
    from .phone_field import PhoneField
    from .phone_field_type import PhoneFieldType
    from .push_app_notification import PushAppNotification
    from .push_app_notification_type import PushAppNotificationType
    from .recipient import Recipient, RecipientShared, UnknownRecipient
    from .recipient_by_hash import RecipientByHash
    from .recipient_by_hash_type import RecipientByHashType
    from .recipient_by_id import RecipientById
    from .recipient_by_id_type import RecipientByIdType
    from .recipient_by_unicity import RecipientByUnicity
    from .recipient_by_unicity_type import RecipientByUnicityType
    from .recipient_footprint import RecipientFootprint
    from .recipient_footprint_type import RecipientFootprintType
    from .redlist_detail import RedlistDetail
    from .redlist_entry import RedlistEntry
    from .redlist_origin import RedlistOrigin
    from .render_context import RenderContext
    from .render_email_request import RenderEmailRequest
    from .render_email_request_content_type_0 import RenderEmailRequestContentType0
    from .render_email_request_related_type_0 import RenderEmailRequestRelatedType0
    from .render_links_request import RenderLinksRequest
    from .render_links_request_data_type_0 import RenderLinksRequestDataType0
    from .render_links_request_links_type_0_item import RenderLinksRequestLinksType0Item
    from .render_links_request_variables_type_0_item import RenderLinksRequestVariablesType0Item
    from .render_links_result import RenderLinksResult
    from .render_mail_result import RenderMailResult
    from .render_mail_result_headers_type_0 import RenderMailResultHeadersType0
    from .render_sender import RenderSender
    from .render_sms_request import RenderSmsRequest
    from .render_sms_request_content_type_0 import RenderSmsRequestContentType0
    from .render_sms_request_related_type_0 import RenderSmsRequestRelatedType0
    from .reply_event import ReplyEvent
    from .reply_event_type import ReplyEventType
    from .script_settings import ScriptSettings
    from .script_settings_environment_type_0 import ScriptSettingsEnvironmentType0
    from .script_settings_filters_type_0_item import ScriptSettingsFiltersType0Item
    from .script_settings_imports_type_0_item import ScriptSettingsImportsType0Item
    from .script_settings_initializers_type_0_item import ScriptSettingsInitializersType0Item
    from .segment import Segment, UnknownSegment
    from .segment_base import SegmentBase
    from .segment_input import SegmentInput
    from .segment_type import SegmentType
    from .select_list_field_base import SelectListFieldBase
    from .single_select_list_field import SingleSelectListField
    from .single_select_list_field_type import SingleSelectListFieldType
    from .sms_action_settings import SmsActionSettings
    from .sms_campaign_action import SmsCampaignAction
    from .sms_campaign_action_type import SmsCampaignActionType
    from .sms_content import SmsContent
    from .sms_message_action import SmsMessageAction
    from .sms_message_action_type import SmsMessageActionType
    from .stamp_informations import StampInformations
    from .static_segment import StaticSegment
    from .static_segment_type import StaticSegmentType
    from .subscription import Subscription
    from .subscription_contact import SubscriptionContact
    from .subscription_lifecycle import SubscriptionLifecycle
    from .subscription_lifecycle_event import SubscriptionLifecycleEvent
    from .subscription_provider import SubscriptionProvider
    from .subscription_user_type_0 import SubscriptionUserType0
    from .substitution_action import SubstitutionAction, UnknownSubstitutionAction
    from .suppression_event import SuppressionEvent
    from .suppression_event_type import SuppressionEventType
    from .target import Target
    from .target_deletion import TargetDeletion, TargetDeletionShared, UnknownTargetDeletion
    from .target_deletion_by_id import TargetDeletionById
    from .target_deletion_by_id_type import TargetDeletionByIdType
    from .target_deletion_by_segment import TargetDeletionBySegment
    from .target_deletion_by_segment_type import TargetDeletionBySegmentType
    from .target_deletion_by_unicity import TargetDeletionByUnicity
    from .target_deletion_by_unicity_type import TargetDeletionByUnicityType
    from .target_field_filter import TargetFieldFilter
    from .target_fields import TargetFields
    from .targets_count import TargetsCount
    from .text_area_field import TextAreaField
    from .text_area_field_type import TextAreaFieldType
    from .text_field import TextField
    from .text_field_type import TextFieldType
    from .typed_expression import TypedExpression
    from .validation_settings_model import ValidationSettingsModel
    from .validation_settings_model_variables_type_0_item import ValidationSettingsModelVariablesType0Item
    from .value_list import ValueList
    from .value_list_input import ValueListInput
    from .value_list_value import ValueListValue
    from .webtask import Webtask
    from .webtask_settings_type_0 import WebtaskSettingsType0
    from .workflow import Workflow
    from .workflow_capping_rule import WorkflowCappingRule
    from .workflow_listener import WorkflowListener
    from .workflow_node import WorkflowNode
    from .workflow_node_settings_type_0 import WorkflowNodeSettingsType0
    from .workflow_settings_type_0 import WorkflowSettingsType0
    from .workflow_state import WorkflowState
    from .workflow_task import WorkflowTask
    from .workflow_task_provider import WorkflowTaskProvider
    from .workflow_task_provider_projection_type_0 import WorkflowTaskProviderProjectionType0
    from .workflow_task_provider_value_type_0 import WorkflowTaskProviderValueType0
    from .workflow_task_scheduler import WorkflowTaskScheduler
    from .workflow_task_scheduler_time_zone_type_0 import WorkflowTaskSchedulerTimeZoneType0

#: Where each public name is defined (its module below np6.models).
_MODULES: dict[str, str] = {
    "ActionBase": "action_base",
    "ActionInformations": "action_informations",
    "ActionMonitor": "action_monitor",
    "ActionMonitorLastSent": "action_monitor_last_sent",
    "ActionSchedulerAsap": "action_scheduler_asap",
    "ActionSchedulerAsapType": "action_scheduler_asap_type",
    "ActionSchedulerBase": "action_scheduler_base",
    "ActionSchedulerModel": "action_scheduler_model",
    "UnknownActionSchedulerModel": "action_scheduler_model",
    "ActionSchedulerScheduled": "action_scheduler_scheduled",
    "ActionSchedulerScheduledType": "action_scheduler_scheduled_type",
    "ActionSchedulerTimeZone": "action_scheduler_time_zone",
    "ActionSchedulerTimeZoneType": "action_scheduler_time_zone_type",
    "ActionSegments": "action_segments",
    "ActionState": "action_state",
    "ActionType": "action_type",
    "ActivationEvent": "activation_event",
    "ActivationEventType": "activation_event_type",
    "ApnsCertificate": "apns_certificate",
    "ApnsProvider": "apns_provider",
    "ApnsProviderType": "apns_provider_type",
    "ApplicationRoute": "application_route",
    "BaseEvent": "base_event",
    "UnknownBaseEvent": "base_event",
    "BounceEvent": "bounce_event",
    "BounceEventType": "bounce_event_type",
    "Campaign": "campaign",
    "CampaignEventKind": "campaign_event_kind",
    "CampaignEventsRequest": "campaign_events_request",
    "CampaignItem": "campaign_item",
    "CampaignItemsEvents": "campaign_items_events",
    "CancellationEvent": "cancellation_event",
    "CancellationEventType": "cancellation_event_type",
    "CappingPeriod": "capping_period",
    "CappingPeriodUnit": "capping_period_unit",
    "Category": "category",
    "CategoryInput": "category_input",
    "Compilable": "compilable",
    "CompilableExecutionResult": "compilable_execution_result",
    "CompilableExecutionResultArgumentsType0": "compilable_execution_result_arguments_type_0",
    "CompilableFlaw": "compilable_flaw",
    "CompilableValue": "compilable_value",
    "CompilableValueCursorsType0Item": "compilable_value_cursors_type_0_item",
    "CompilableValueParametersType0Item": "compilable_value_parameters_type_0_item",
    "CompilableValuePreviewType0": "compilable_value_preview_type_0",
    "CompilableValueSourceType0": "compilable_value_source_type_0",
    "ComplaintEvent": "complaint_event",
    "ComplaintEventType": "complaint_event_type",
    "CreationEvent": "creation_event",
    "CreationEventType": "creation_event_type",
    "DateField": "date_field",
    "DateFieldType": "date_field_type",
    "DeletedTarget": "deleted_target",
    "DeliveryEvent": "delivery_event",
    "DeliveryEventType": "delivery_event_type",
    "Document": "document",
    "DynamicSegment": "dynamic_segment",
    "DynamicSegmentType": "dynamic_segment_type",
    "EmailAttachment": "email_attachment",
    "EmailAttachmentData": "email_attachment_data",
    "EmailField": "email_field",
    "EmailFieldType": "email_field_type",
    "EmailHeadersOverride": "email_headers_override",
    "EventActivation": "event_activation",
    "EventBounce": "event_bounce",
    "EventBounceAnalysis": "event_bounce_analysis",
    "EventBounceAnalysisSubject": "event_bounce_analysis_subject",
    "EventBounceAnalysisSubjectDetail": "event_bounce_analysis_subject_detail",
    "EventBounceAnalysisVerdict": "event_bounce_analysis_verdict",
    "EventBounceStatus": "event_bounce_status",
    "EventBounceStatusCode": "event_bounce_status_code",
    "EventCancellation": "event_cancellation",
    "EventCancellationValue": "event_cancellation_value",
    "EventClient": "event_client",
    "EventClientIp": "event_client_ip",
    "EventClientIpType": "event_client_ip_type",
    "EventDetail": "event_detail",
    "EventEnvelope": "event_envelope",
    "EventExecution": "event_execution",
    "EventExecutionData": "event_execution_data",
    "EventIdentity": "event_identity",
    "EventLink": "event_link",
    "EventLinkType": "event_link_type",
    "EventReceiver": "event_receiver",
    "EventReceiverShared": "event_receiver",
    "UnknownEventReceiver": "event_receiver",
    "EventReceiverContact": "event_receiver_contact",
    "EventReceiverContactType": "event_receiver_contact_type",
    "EventReceiverContactValue": "event_receiver_contact_value",
    "EventReceiverFootprint": "event_receiver_footprint",
    "EventReceiverFootprintType": "event_receiver_footprint_type",
    "EventReceiverId": "event_receiver_id",
    "EventReceiverIdType": "event_receiver_id_type",
    "EventSortOrder": "event_sort_order",
    "EventSource": "event_source",
    "EventStamp": "event_stamp",
    "EventUserAgent": "event_user_agent",
    "EventUserAgentClient": "event_user_agent_client",
    "EventUserAgentDevice": "event_user_agent_device",
    "EventUserAgentOs": "event_user_agent_os",
    "ExecuteCompilableBody": "execute_compilable_body",
    "ExecutionEmailRequest": "execution_email_request",
    "ExecutionEmailRequestBlocksType0Item": "execution_email_request_blocks_type_0_item",
    "ExecutionEmailRequestContentType0": "execution_email_request_content_type_0",
    "ExecutionEmailRequestCopiesType0Item": "execution_email_request_copies_type_0_item",
    "ExecutionEmailRequestDataType0": "execution_email_request_data_type_0",
    "ExecutionEmailRequestRelatedType0": "execution_email_request_related_type_0",
    "ExecutionEmailRequestVariablesType0Item": "execution_email_request_variables_type_0_item",
    "ExecutionError": "execution_error",
    "ExecutionErrorType": "execution_error_type",
    "ExecutionErrorValue": "execution_error_value",
    "ExecutionEvent": "execution_event",
    "ExecutionEventType": "execution_event_type",
    "ExecutionResult": "execution_result",
    "ExecutionResultShared": "execution_result",
    "UnknownExecutionResult": "execution_result",
    "ExecutionSmsRequest": "execution_sms_request",
    "ExecutionSmsRequestDataType0": "execution_sms_request_data_type_0",
    "ExecutionSmsRequestRelatedType0": "execution_sms_request_related_type_0",
    "ExecutionSmsRequestVariablesType0Item": "execution_sms_request_variables_type_0_item",
    "ExecutionSuccess": "execution_success",
    "ExecutionSuccessType": "execution_success_type",
    "Field": "field",
    "FieldShared": "field",
    "UnknownField": "field",
    "FieldBase": "field_base",
    "FieldConstraint": "field_constraint",
    "FieldConstraintOperator": "field_constraint_operator",
    "FieldInput": "field_input",
    "FieldType": "field_type",
    "FirebaseProvider": "firebase_provider",
    "FirebaseProviderType": "firebase_provider_type",
    "HitEvent": "hit_event",
    "HitEventType": "hit_event_type",
    "HttpProvider": "http_provider",
    "HttpProviderType": "http_provider_type",
    "ImportBind": "import_bind",
    "ImportDatabaseFeature": "import_database_feature",
    "ImportDatabaseFeatureType": "import_database_feature_type",
    "ImportDefinition": "import_definition",
    "ImportDuplicateFeature": "import_duplicate_feature",
    "ImportDuplicateFeatureType": "import_duplicate_feature_type",
    "ImportDuplicateRules": "import_duplicate_rules",
    "ImportExecution": "import_execution",
    "ImportExecutionContent": "import_execution_content",
    "ImportExecutionState": "import_execution_state",
    "ImportExecutionStateCode": "import_execution_state_code",
    "ImportFeature": "import_feature",
    "ImportFeatureShared": "import_feature",
    "UnknownImportFeature": "import_feature",
    "ImportFileSource": "import_file_source",
    "ImportFileSourceDataItem": "import_file_source_data_item",
    "ImportFileSourceType": "import_file_source_type",
    "ImportFormat": "import_format",
    "ImportFormatIdentifier": "import_format_identifier",
    "ImportFtpSource": "import_ftp_source",
    "ImportFtpSourceType": "import_ftp_source_type",
    "ImportNormalizationFeature": "import_normalization_feature",
    "ImportNormalizationFeatureFields": "import_normalization_feature_fields",
    "ImportNormalizationFeatureType": "import_normalization_feature_type",
    "ImportRedListDestination": "import_red_list_destination",
    "ImportRedListFeature": "import_red_list_feature",
    "ImportRedListFeatureType": "import_red_list_feature_type",
    "ImportReportFeature": "import_report_feature",
    "ImportReportFeatureType": "import_report_feature_type",
    "ImportScheduler": "import_scheduler",
    "ImportSchedulerFrequency": "import_scheduler_frequency",
    "ImportSchedulerValidity": "import_scheduler_validity",
    "ImportSegmentationFeature": "import_segmentation_feature",
    "ImportSegmentationFeatureType": "import_segmentation_feature_type",
    "ImportSource": "import_source",
    "UnknownImportSource": "import_source",
    "ImportSourceBase": "import_source_base",
    "ImpressionEvent": "impression_event",
    "ImpressionEventType": "impression_event_type",
    "LiteralValue": "literal_value",
    "MailActionSettings": "mail_action_settings",
    "MailActionSettingsEditionMode": "mail_action_settings_edition_mode",
    "MailActionSettingsEnvironmentType0": "mail_action_settings_environment_type_0",
    "MailActionSettingsMpType0": "mail_action_settings_mp_type_0",
    "MailActionSettingsPerformanceType0": "mail_action_settings_performance_type_0",
    "MailActionSettingsPurposeType0": "mail_action_settings_purpose_type_0",
    "MailActionSettingsTemplating": "mail_action_settings_templating",
    "MailArchive": "mail_archive",
    "MailCampaignAction": "mail_campaign_action",
    "MailCampaignActionType": "mail_campaign_action_type",
    "MailContent": "mail_content",
    "MailFrom": "mail_from",
    "MailHeaders": "mail_headers",
    "MailMessageAction": "mail_message_action",
    "MailMessageActionType": "mail_message_action_type",
    "MarketingPressurePredicate": "marketing_pressure_predicate",
    "MarketingPressurePredicateExpressionsItem": "marketing_pressure_predicate_expressions_item",
    "MarketingPressureRule": "marketing_pressure_rule",
    "MarketingPressureTopic": "marketing_pressure_topic",
    "MessageRequestModel": "message_request_model",
    "MessageRequestModelDataType0": "message_request_model_data_type_0",
    "MessageStamp": "message_stamp",
    "ModificationEvent": "modification_event",
    "ModificationEventType": "modification_event_type",
    "MultipleSelectListField": "multiple_select_list_field",
    "MultipleSelectListFieldType": "multiple_select_list_field_type",
    "NotifiableApplication": "notifiable_application",
    "NotifiableApplicationStampType0": "notifiable_application_stamp_type_0",
    "Notification": "notification",
    "UnknownNotification": "notification",
    "NotificationBase": "notification_base",
    "NotificationContentOverrides": "notification_content_overrides",
    "NotificationContentOverridesDataType0": "notification_content_overrides_data_type_0",
    "NotificationContentOverridesVariablesType0Item": "notification_content_overrides_variables_type_0_item",
    "NotificationExecutionRequest": "notification_execution_request",
    "NotificationProvider": "notification_provider",
    "NotificationProviderShared": "notification_provider",
    "UnknownNotificationProvider": "notification_provider",
    "NotificationReceiver": "notification_receiver",
    "NotificationRecipient": "notification_recipient",
    "NotificationRenderMeta": "notification_render_meta",
    "NotificationRenderMetaStampType0": "notification_render_meta_stamp_type_0",
    "NotificationRenderRequest": "notification_render_request",
    "NotificationRenderRequestRelatedType0": "notification_render_request_related_type_0",
    "NotificationRenderResult": "notification_render_result",
    "NotificationRenderValues": "notification_render_values",
    "NotificationSettings": "notification_settings",
    "NotificationSettingsExpirationType0": "notification_settings_expiration_type_0",
    "NotificationSettingsMpType0": "notification_settings_mp_type_0",
    "NotificationSettingsPurposeType0": "notification_settings_purpose_type_0",
    "NotificationTask": "notification_task",
    "NotificationTaskSchedulerType0": "notification_task_scheduler_type_0",
    "NotificationTestRequest": "notification_test_request",
    "NotificationTypedValue": "notification_typed_value",
    "NotificationVersion": "notification_version",
    "NumericField": "numeric_field",
    "NumericFieldType": "numeric_field_type",
    "OptoutEvent": "optout_event",
    "OptoutEventType": "optout_event_type",
    "PhoneField": "phone_field",
    "PhoneFieldType": "phone_field_type",
    "PushAppNotification": "push_app_notification",
    "PushAppNotificationType": "push_app_notification_type",
    "Recipient": "recipient",
    "RecipientShared": "recipient",
    "UnknownRecipient": "recipient",
    "RecipientByHash": "recipient_by_hash",
    "RecipientByHashType": "recipient_by_hash_type",
    "RecipientById": "recipient_by_id",
    "RecipientByIdType": "recipient_by_id_type",
    "RecipientByUnicity": "recipient_by_unicity",
    "RecipientByUnicityType": "recipient_by_unicity_type",
    "RecipientFootprint": "recipient_footprint",
    "RecipientFootprintType": "recipient_footprint_type",
    "RedlistDetail": "redlist_detail",
    "RedlistEntry": "redlist_entry",
    "RedlistOrigin": "redlist_origin",
    "RenderContext": "render_context",
    "RenderEmailRequest": "render_email_request",
    "RenderEmailRequestContentType0": "render_email_request_content_type_0",
    "RenderEmailRequestRelatedType0": "render_email_request_related_type_0",
    "RenderLinksRequest": "render_links_request",
    "RenderLinksRequestDataType0": "render_links_request_data_type_0",
    "RenderLinksRequestLinksType0Item": "render_links_request_links_type_0_item",
    "RenderLinksRequestVariablesType0Item": "render_links_request_variables_type_0_item",
    "RenderLinksResult": "render_links_result",
    "RenderMailResult": "render_mail_result",
    "RenderMailResultHeadersType0": "render_mail_result_headers_type_0",
    "RenderSender": "render_sender",
    "RenderSmsRequest": "render_sms_request",
    "RenderSmsRequestContentType0": "render_sms_request_content_type_0",
    "RenderSmsRequestRelatedType0": "render_sms_request_related_type_0",
    "ReplyEvent": "reply_event",
    "ReplyEventType": "reply_event_type",
    "ScriptSettings": "script_settings",
    "ScriptSettingsEnvironmentType0": "script_settings_environment_type_0",
    "ScriptSettingsFiltersType0Item": "script_settings_filters_type_0_item",
    "ScriptSettingsImportsType0Item": "script_settings_imports_type_0_item",
    "ScriptSettingsInitializersType0Item": "script_settings_initializers_type_0_item",
    "Segment": "segment",
    "UnknownSegment": "segment",
    "SegmentBase": "segment_base",
    "SegmentInput": "segment_input",
    "SegmentType": "segment_type",
    "SelectListFieldBase": "select_list_field_base",
    "SingleSelectListField": "single_select_list_field",
    "SingleSelectListFieldType": "single_select_list_field_type",
    "SmsActionSettings": "sms_action_settings",
    "SmsCampaignAction": "sms_campaign_action",
    "SmsCampaignActionType": "sms_campaign_action_type",
    "SmsContent": "sms_content",
    "SmsMessageAction": "sms_message_action",
    "SmsMessageActionType": "sms_message_action_type",
    "StampInformations": "stamp_informations",
    "StaticSegment": "static_segment",
    "StaticSegmentType": "static_segment_type",
    "Subscription": "subscription",
    "SubscriptionContact": "subscription_contact",
    "SubscriptionLifecycle": "subscription_lifecycle",
    "SubscriptionLifecycleEvent": "subscription_lifecycle_event",
    "SubscriptionProvider": "subscription_provider",
    "SubscriptionUserType0": "subscription_user_type_0",
    "SubstitutionAction": "substitution_action",
    "UnknownSubstitutionAction": "substitution_action",
    "SuppressionEvent": "suppression_event",
    "SuppressionEventType": "suppression_event_type",
    "Target": "target",
    "TargetDeletion": "target_deletion",
    "TargetDeletionShared": "target_deletion",
    "UnknownTargetDeletion": "target_deletion",
    "TargetDeletionById": "target_deletion_by_id",
    "TargetDeletionByIdType": "target_deletion_by_id_type",
    "TargetDeletionBySegment": "target_deletion_by_segment",
    "TargetDeletionBySegmentType": "target_deletion_by_segment_type",
    "TargetDeletionByUnicity": "target_deletion_by_unicity",
    "TargetDeletionByUnicityType": "target_deletion_by_unicity_type",
    "TargetFieldFilter": "target_field_filter",
    "TargetFields": "target_fields",
    "TargetsCount": "targets_count",
    "TextAreaField": "text_area_field",
    "TextAreaFieldType": "text_area_field_type",
    "TextField": "text_field",
    "TextFieldType": "text_field_type",
    "TypedExpression": "typed_expression",
    "ValidationSettingsModel": "validation_settings_model",
    "ValidationSettingsModelVariablesType0Item": "validation_settings_model_variables_type_0_item",
    "ValueList": "value_list",
    "ValueListInput": "value_list_input",
    "ValueListValue": "value_list_value",
    "Webtask": "webtask",
    "WebtaskSettingsType0": "webtask_settings_type_0",
    "Workflow": "workflow",
    "WorkflowCappingRule": "workflow_capping_rule",
    "WorkflowListener": "workflow_listener",
    "WorkflowNode": "workflow_node",
    "WorkflowNodeSettingsType0": "workflow_node_settings_type_0",
    "WorkflowSettingsType0": "workflow_settings_type_0",
    "WorkflowState": "workflow_state",
    "WorkflowTask": "workflow_task",
    "WorkflowTaskProvider": "workflow_task_provider",
    "WorkflowTaskProviderProjectionType0": "workflow_task_provider_projection_type_0",
    "WorkflowTaskProviderValueType0": "workflow_task_provider_value_type_0",
    "WorkflowTaskScheduler": "workflow_task_scheduler",
    "WorkflowTaskSchedulerTimeZoneType0": "workflow_task_scheduler_time_zone_type_0",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "ActionBase",
    "ActionInformations",
    "ActionMonitor",
    "ActionMonitorLastSent",
    "ActionSchedulerAsap",
    "ActionSchedulerAsapType",
    "ActionSchedulerBase",
    "ActionSchedulerModel",
    "ActionSchedulerScheduled",
    "ActionSchedulerScheduledType",
    "ActionSchedulerTimeZone",
    "ActionSchedulerTimeZoneType",
    "ActionSegments",
    "ActionState",
    "ActionType",
    "ActivationEvent",
    "ActivationEventType",
    "ApnsCertificate",
    "ApnsProvider",
    "ApnsProviderType",
    "ApplicationRoute",
    "BaseEvent",
    "BounceEvent",
    "BounceEventType",
    "Campaign",
    "CampaignEventKind",
    "CampaignEventsRequest",
    "CampaignItem",
    "CampaignItemsEvents",
    "CancellationEvent",
    "CancellationEventType",
    "CappingPeriod",
    "CappingPeriodUnit",
    "Category",
    "CategoryInput",
    "Compilable",
    "CompilableExecutionResult",
    "CompilableExecutionResultArgumentsType0",
    "CompilableFlaw",
    "CompilableValue",
    "CompilableValueCursorsType0Item",
    "CompilableValueParametersType0Item",
    "CompilableValuePreviewType0",
    "CompilableValueSourceType0",
    "ComplaintEvent",
    "ComplaintEventType",
    "CreationEvent",
    "CreationEventType",
    "DateField",
    "DateFieldType",
    "DeletedTarget",
    "DeliveryEvent",
    "DeliveryEventType",
    "Document",
    "DynamicSegment",
    "DynamicSegmentType",
    "EmailAttachment",
    "EmailAttachmentData",
    "EmailField",
    "EmailFieldType",
    "EmailHeadersOverride",
    "EventActivation",
    "EventBounce",
    "EventBounceAnalysis",
    "EventBounceAnalysisSubject",
    "EventBounceAnalysisSubjectDetail",
    "EventBounceAnalysisVerdict",
    "EventBounceStatus",
    "EventBounceStatusCode",
    "EventCancellation",
    "EventCancellationValue",
    "EventClient",
    "EventClientIp",
    "EventClientIpType",
    "EventDetail",
    "EventEnvelope",
    "EventExecution",
    "EventExecutionData",
    "EventIdentity",
    "EventLink",
    "EventLinkType",
    "EventReceiver",
    "EventReceiverContact",
    "EventReceiverContactType",
    "EventReceiverContactValue",
    "EventReceiverFootprint",
    "EventReceiverFootprintType",
    "EventReceiverId",
    "EventReceiverIdType",
    "EventReceiverShared",
    "EventSortOrder",
    "EventSource",
    "EventStamp",
    "EventUserAgent",
    "EventUserAgentClient",
    "EventUserAgentDevice",
    "EventUserAgentOs",
    "ExecuteCompilableBody",
    "ExecutionEmailRequest",
    "ExecutionEmailRequestBlocksType0Item",
    "ExecutionEmailRequestContentType0",
    "ExecutionEmailRequestCopiesType0Item",
    "ExecutionEmailRequestDataType0",
    "ExecutionEmailRequestRelatedType0",
    "ExecutionEmailRequestVariablesType0Item",
    "ExecutionError",
    "ExecutionErrorType",
    "ExecutionErrorValue",
    "ExecutionEvent",
    "ExecutionEventType",
    "ExecutionResult",
    "ExecutionResultShared",
    "ExecutionSmsRequest",
    "ExecutionSmsRequestDataType0",
    "ExecutionSmsRequestRelatedType0",
    "ExecutionSmsRequestVariablesType0Item",
    "ExecutionSuccess",
    "ExecutionSuccessType",
    "Field",
    "FieldBase",
    "FieldConstraint",
    "FieldConstraintOperator",
    "FieldInput",
    "FieldShared",
    "FieldType",
    "FirebaseProvider",
    "FirebaseProviderType",
    "HitEvent",
    "HitEventType",
    "HttpProvider",
    "HttpProviderType",
    "ImportBind",
    "ImportDatabaseFeature",
    "ImportDatabaseFeatureType",
    "ImportDefinition",
    "ImportDuplicateFeature",
    "ImportDuplicateFeatureType",
    "ImportDuplicateRules",
    "ImportExecution",
    "ImportExecutionContent",
    "ImportExecutionState",
    "ImportExecutionStateCode",
    "ImportFeature",
    "ImportFeatureShared",
    "ImportFileSource",
    "ImportFileSourceDataItem",
    "ImportFileSourceType",
    "ImportFormat",
    "ImportFormatIdentifier",
    "ImportFtpSource",
    "ImportFtpSourceType",
    "ImportNormalizationFeature",
    "ImportNormalizationFeatureFields",
    "ImportNormalizationFeatureType",
    "ImportRedListDestination",
    "ImportRedListFeature",
    "ImportRedListFeatureType",
    "ImportReportFeature",
    "ImportReportFeatureType",
    "ImportScheduler",
    "ImportSchedulerFrequency",
    "ImportSchedulerValidity",
    "ImportSegmentationFeature",
    "ImportSegmentationFeatureType",
    "ImportSource",
    "ImportSourceBase",
    "ImpressionEvent",
    "ImpressionEventType",
    "LiteralValue",
    "MailActionSettings",
    "MailActionSettingsEditionMode",
    "MailActionSettingsEnvironmentType0",
    "MailActionSettingsMpType0",
    "MailActionSettingsPerformanceType0",
    "MailActionSettingsPurposeType0",
    "MailActionSettingsTemplating",
    "MailArchive",
    "MailCampaignAction",
    "MailCampaignActionType",
    "MailContent",
    "MailFrom",
    "MailHeaders",
    "MailMessageAction",
    "MailMessageActionType",
    "MarketingPressurePredicate",
    "MarketingPressurePredicateExpressionsItem",
    "MarketingPressureRule",
    "MarketingPressureTopic",
    "MessageRequestModel",
    "MessageRequestModelDataType0",
    "MessageStamp",
    "ModificationEvent",
    "ModificationEventType",
    "MultipleSelectListField",
    "MultipleSelectListFieldType",
    "NotifiableApplication",
    "NotifiableApplicationStampType0",
    "Notification",
    "NotificationBase",
    "NotificationContentOverrides",
    "NotificationContentOverridesDataType0",
    "NotificationContentOverridesVariablesType0Item",
    "NotificationExecutionRequest",
    "NotificationProvider",
    "NotificationProviderShared",
    "NotificationReceiver",
    "NotificationRecipient",
    "NotificationRenderMeta",
    "NotificationRenderMetaStampType0",
    "NotificationRenderRequest",
    "NotificationRenderRequestRelatedType0",
    "NotificationRenderResult",
    "NotificationRenderValues",
    "NotificationSettings",
    "NotificationSettingsExpirationType0",
    "NotificationSettingsMpType0",
    "NotificationSettingsPurposeType0",
    "NotificationTask",
    "NotificationTaskSchedulerType0",
    "NotificationTestRequest",
    "NotificationTypedValue",
    "NotificationVersion",
    "NumericField",
    "NumericFieldType",
    "OptoutEvent",
    "OptoutEventType",
    "PhoneField",
    "PhoneFieldType",
    "PushAppNotification",
    "PushAppNotificationType",
    "Recipient",
    "RecipientByHash",
    "RecipientByHashType",
    "RecipientById",
    "RecipientByIdType",
    "RecipientByUnicity",
    "RecipientByUnicityType",
    "RecipientFootprint",
    "RecipientFootprintType",
    "RecipientShared",
    "RedlistDetail",
    "RedlistEntry",
    "RedlistOrigin",
    "RenderContext",
    "RenderEmailRequest",
    "RenderEmailRequestContentType0",
    "RenderEmailRequestRelatedType0",
    "RenderLinksRequest",
    "RenderLinksRequestDataType0",
    "RenderLinksRequestLinksType0Item",
    "RenderLinksRequestVariablesType0Item",
    "RenderLinksResult",
    "RenderMailResult",
    "RenderMailResultHeadersType0",
    "RenderSender",
    "RenderSmsRequest",
    "RenderSmsRequestContentType0",
    "RenderSmsRequestRelatedType0",
    "ReplyEvent",
    "ReplyEventType",
    "ScriptSettings",
    "ScriptSettingsEnvironmentType0",
    "ScriptSettingsFiltersType0Item",
    "ScriptSettingsImportsType0Item",
    "ScriptSettingsInitializersType0Item",
    "Segment",
    "SegmentBase",
    "SegmentInput",
    "SegmentType",
    "SelectListFieldBase",
    "SingleSelectListField",
    "SingleSelectListFieldType",
    "SmsActionSettings",
    "SmsCampaignAction",
    "SmsCampaignActionType",
    "SmsContent",
    "SmsMessageAction",
    "SmsMessageActionType",
    "StampInformations",
    "StaticSegment",
    "StaticSegmentType",
    "Subscription",
    "SubscriptionContact",
    "SubscriptionLifecycle",
    "SubscriptionLifecycleEvent",
    "SubscriptionProvider",
    "SubscriptionUserType0",
    "SubstitutionAction",
    "SuppressionEvent",
    "SuppressionEventType",
    "Target",
    "TargetDeletion",
    "TargetDeletionById",
    "TargetDeletionByIdType",
    "TargetDeletionBySegment",
    "TargetDeletionBySegmentType",
    "TargetDeletionByUnicity",
    "TargetDeletionByUnicityType",
    "TargetDeletionShared",
    "TargetFieldFilter",
    "TargetFields",
    "TargetsCount",
    "TextAreaField",
    "TextAreaFieldType",
    "TextField",
    "TextFieldType",
    "TypedExpression",
    "UnknownActionSchedulerModel",
    "UnknownBaseEvent",
    "UnknownEventReceiver",
    "UnknownExecutionResult",
    "UnknownField",
    "UnknownImportFeature",
    "UnknownImportSource",
    "UnknownNotification",
    "UnknownNotificationProvider",
    "UnknownRecipient",
    "UnknownSegment",
    "UnknownSubstitutionAction",
    "UnknownTargetDeletion",
    "ValidationSettingsModel",
    "ValidationSettingsModelVariablesType0Item",
    "ValueList",
    "ValueListInput",
    "ValueListValue",
    "Webtask",
    "WebtaskSettingsType0",
    "Workflow",
    "WorkflowCappingRule",
    "WorkflowListener",
    "WorkflowNode",
    "WorkflowNodeSettingsType0",
    "WorkflowSettingsType0",
    "WorkflowState",
    "WorkflowTask",
    "WorkflowTaskProvider",
    "WorkflowTaskProviderProjectionType0",
    "WorkflowTaskProviderValueType0",
    "WorkflowTaskScheduler",
    "WorkflowTaskSchedulerTimeZoneType0",
)
