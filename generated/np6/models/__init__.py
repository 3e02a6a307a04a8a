"""Contains all the data models used in inputs/outputs"""

from .action_base import ActionBase
from .action_informations import ActionInformations
from .action_monitor import ActionMonitor
from .action_monitor_last_sent import ActionMonitorLastSent
from .action_scheduler_asap import ActionSchedulerAsap
from .action_scheduler_asap_type import ActionSchedulerAsapType
from .action_scheduler_base import ActionSchedulerBase
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
from .execution_sms_request import ExecutionSmsRequest
from .execution_sms_request_data_type_0 import ExecutionSmsRequestDataType0
from .execution_sms_request_related_type_0 import ExecutionSmsRequestRelatedType0
from .execution_sms_request_variables_type_0_item import ExecutionSmsRequestVariablesType0Item
from .execution_success import ExecutionSuccess
from .execution_success_type import ExecutionSuccessType
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
from .notification_base import NotificationBase
from .notification_content_overrides import NotificationContentOverrides
from .notification_content_overrides_data_type_0 import NotificationContentOverridesDataType0
from .notification_content_overrides_variables_type_0_item import NotificationContentOverridesVariablesType0Item
from .notification_execution_request import NotificationExecutionRequest
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
from .suppression_event import SuppressionEvent
from .suppression_event_type import SuppressionEventType
from .target import Target
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

__all__ = (
    "ActionBase",
    "ActionInformations",
    "ActionMonitor",
    "ActionMonitorLastSent",
    "ActionSchedulerAsap",
    "ActionSchedulerAsapType",
    "ActionSchedulerBase",
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
    "EventReceiverContact",
    "EventReceiverContactType",
    "EventReceiverContactValue",
    "EventReceiverFootprint",
    "EventReceiverFootprintType",
    "EventReceiverId",
    "EventReceiverIdType",
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
    "ExecutionSmsRequest",
    "ExecutionSmsRequestDataType0",
    "ExecutionSmsRequestRelatedType0",
    "ExecutionSmsRequestVariablesType0Item",
    "ExecutionSuccess",
    "ExecutionSuccessType",
    "FieldBase",
    "FieldConstraint",
    "FieldConstraintOperator",
    "FieldInput",
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
    "NotificationBase",
    "NotificationContentOverrides",
    "NotificationContentOverridesDataType0",
    "NotificationContentOverridesVariablesType0Item",
    "NotificationExecutionRequest",
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
    "RecipientByHash",
    "RecipientByHashType",
    "RecipientById",
    "RecipientByIdType",
    "RecipientByUnicity",
    "RecipientByUnicityType",
    "RecipientFootprint",
    "RecipientFootprintType",
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
    "SuppressionEvent",
    "SuppressionEventType",
    "Target",
    "TargetDeletionById",
    "TargetDeletionByIdType",
    "TargetDeletionBySegment",
    "TargetDeletionBySegmentType",
    "TargetDeletionByUnicity",
    "TargetDeletionByUnicityType",
    "TargetFieldFilter",
    "TargetFields",
    "TargetsCount",
    "TextAreaField",
    "TextAreaFieldType",
    "TextField",
    "TextFieldType",
    "TypedExpression",
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
