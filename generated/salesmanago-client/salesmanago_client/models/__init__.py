"""Contains all the data models used in inputs/outputs"""

from .addressee_selector import AddresseeSelector
from .async_job_reply import AsyncJobReply
from .batch_ext_event_item import BatchExtEventItem
from .changed_contact_ref import ChangedContactRef
from .contact_add_coupon_reply import ContactAddCouponReply
from .contact_add_coupon_request import ContactAddCouponRequest
from .contact_add_ext_event_reply import ContactAddExtEventReply
from .contact_add_ext_event_request import ContactAddExtEventRequest
from .contact_add_note_request import ContactAddNoteRequest
from .contact_address import ContactAddress
from .contact_basic_by_id_reply import ContactBasicByIdReply
from .contact_basic_by_id_request import ContactBasicByIdRequest
from .contact_basic_info import ContactBasicInfo
from .contact_basic_reply import ContactBasicReply
from .contact_basic_request import ContactBasicRequest
from .contact_batch_add_ext_event_reply import ContactBatchAddExtEventReply
from .contact_batch_add_ext_event_request import ContactBatchAddExtEventRequest
from .contact_batch_delete_reply import ContactBatchDeleteReply
from .contact_batch_delete_request import ContactBatchDeleteRequest
from .contact_batch_upsert_item import ContactBatchUpsertItem
from .contact_batch_upsert_v2_request import ContactBatchUpsertV2Request
from .contact_consent import ContactConsent
from .contact_consent_action import ContactConsentAction
from .contact_consent_detail import ContactConsentDetail
from .contact_consent_source import ContactConsentSource
from .contact_coupon import ContactCoupon
from .contact_delete_ext_event_reply import ContactDeleteExtEventReply
from .contact_delete_ext_event_request import ContactDeleteExtEventRequest
from .contact_delete_reply import ContactDeleteReply
from .contact_delete_request import ContactDeleteRequest
from .contact_details import ContactDetails
from .contact_dictionary_property import ContactDictionaryProperty
from .contact_dictionary_property_type import ContactDictionaryPropertyType
from .contact_email_message import ContactEmailMessage
from .contact_event_entry import ContactEventEntry
from .contact_export_data_request import ContactExportDataRequest
from .contact_export_data_type import ContactExportDataType
from .contact_export_data_type_data_type import ContactExportDataTypeDataType
from .contact_export_date_range import ContactExportDateRange
from .contact_export_paginated_list_request import ContactExportPaginatedListRequest
from .contact_ext_event_entry import ContactExtEventEntry
from .contact_funnel import ContactFunnel
from .contact_get_recent_activity_reply import ContactGetRecentActivityReply
from .contact_get_recent_activity_request import ContactGetRecentActivityRequest
from .contact_has_contact_reply import ContactHasContactReply
from .contact_has_contact_request import ContactHasContactRequest
from .contact_list_by_id_reply import ContactListByIdReply
from .contact_list_by_id_request import ContactListByIdRequest
from .contact_list_by_owner_paginated_reply import ContactListByOwnerPaginatedReply
from .contact_list_by_owner_paginated_request import ContactListByOwnerPaginatedRequest
from .contact_list_created_reply import ContactListCreatedReply
from .contact_list_created_request import ContactListCreatedRequest
from .contact_list_modified_paginated_reply import ContactListModifiedPaginatedReply
from .contact_list_modified_paginated_request import ContactListModifiedPaginatedRequest
from .contact_list_modified_reply import ContactListModifiedReply
from .contact_list_modified_request import ContactListModifiedRequest
from .contact_list_reply import ContactListReply
from .contact_list_request import ContactListRequest
from .contact_mobile_message import ContactMobileMessage
from .contact_mobile_message_channel_type import ContactMobileMessageChannelType
from .contact_mobile_message_source import ContactMobileMessageSource
from .contact_note import ContactNote
from .contact_property import ContactProperty
from .contact_relation import ContactRelation
from .contact_relation_type import ContactRelationType
from .contact_restore_monitoring_request import ContactRestoreMonitoringRequest
from .contact_selector import ContactSelector
from .contact_set_main_owner_request import ContactSetMainOwnerRequest
from .contact_standard_properties import ContactStandardProperties
from .contact_state import ContactState
from .contact_stop_monitoring_request import ContactStopMonitoringRequest
from .contact_tag import ContactTag
from .contact_tag_count import ContactTagCount
from .contact_tags_reply import ContactTagsReply
from .contact_tags_request import ContactTagsRequest
from .contact_task import ContactTask
from .contact_task_input import ContactTaskInput
from .contact_task_input_reminder import ContactTaskInputReminder
from .contact_update_ext_event_reply import ContactUpdateExtEventReply
from .contact_update_ext_event_request import ContactUpdateExtEventRequest
from .contact_update_ext_event_request_contact_event import ContactUpdateExtEventRequestContactEvent
from .contact_update_task_reply import ContactUpdateTaskReply
from .contact_update_task_request import ContactUpdateTaskRequest
from .contact_upsert_data import ContactUpsertData
from .contact_upsert_reply import ContactUpsertReply
from .contact_upsert_request import ContactUpsertRequest
from .contact_use_coupon_reply import ContactUseCouponReply
from .contact_use_coupon_request import ContactUseCouponRequest
from .contact_visit import ContactVisit
from .coupon_verify_reply import CouponVerifyReply
from .coupon_verify_request import CouponVerifyRequest
from .customer_preference_center_generate_endpoint_reply import CustomerPreferenceCenterGenerateEndpointReply
from .customer_preference_center_generate_endpoint_request import CustomerPreferenceCenterGenerateEndpointRequest
from .email_attachment_recipient import EmailAttachmentRecipient
from .email_attachment_recipient_addressee_type import EmailAttachmentRecipientAddresseeType
from .email_conversation_contact_activity import EmailConversationContactActivity
from .email_conversation_statistics_record import EmailConversationStatisticsRecord
from .email_conversation_statistics_record_hard_bounced_by_item_type_1 import (
    EmailConversationStatisticsRecordHardBouncedByItemType1,
)
from .email_conversation_statistics_record_soft_bounced_by_item_type_1 import (
    EmailConversationStatisticsRecordSoftBouncedByItemType1,
)
from .email_conversation_statistics_request import EmailConversationStatisticsRequest
from .email_conversation_statistics_request_conversation_type import EmailConversationStatisticsRequestConversationType
from .email_conversation_statistics_request_export_type import EmailConversationStatisticsRequestExportType
from .email_global_conversation_statistics_reply import EmailGlobalConversationStatisticsReply
from .email_global_conversation_statistics_request import EmailGlobalConversationStatisticsRequest
from .email_global_conversation_statistics_request_conversation_type import (
    EmailGlobalConversationStatisticsRequestConversationType,
)
from .email_mass_conversation_list_reply import EmailMassConversationListReply
from .email_mass_conversation_list_request import EmailMassConversationListRequest
from .email_message_statistics_record import EmailMessageStatisticsRecord
from .email_message_statistics_record_sent_to_item import EmailMessageStatisticsRecordSentToItem
from .email_message_statistics_request import EmailMessageStatisticsRequest
from .email_personalization_property import EmailPersonalizationProperty
from .email_recipient import EmailRecipient
from .email_recipient_addressee_type import EmailRecipientAddresseeType
from .email_send_confirmation_reply import EmailSendConfirmationReply
from .email_send_confirmation_request import EmailSendConfirmationRequest
from .email_send_email_reply import EmailSendEmailReply
from .email_send_email_request import EmailSendEmailRequest
from .email_send_with_attachment_body import EmailSendWithAttachmentBody
from .email_send_with_attachment_reply import EmailSendWithAttachmentReply
from .email_send_with_attachment_request import EmailSendWithAttachmentRequest
from .email_upsert_reply import EmailUpsertReply
from .email_upsert_request import EmailUpsertRequest
from .ext_event import ExtEvent
from .ext_event_contact_ext_event_type import ExtEventContactExtEventType
from .ext_event_contact_ref import ExtEventContactRef
from .funnel_add_contact_reply import FunnelAddContactReply
from .funnel_add_contact_reply_added_contacts import FunnelAddContactReplyAddedContacts
from .funnel_add_contact_request import FunnelAddContactRequest
from .funnel_add_request import FunnelAddRequest
from .funnel_count_reply import FunnelCountReply
from .funnel_count_request import FunnelCountRequest
from .funnel_delete_request import FunnelDeleteRequest
from .funnel_stage_definition import FunnelStageDefinition
from .integration_upsert_reply import IntegrationUpsertReply
from .integration_upsert_request import IntegrationUpsertRequest
from .integration_upsert_request_add_contact_ext_event_request import IntegrationUpsertRequestAddContactExtEventRequest
from .integration_upsert_request_contact_upsert_request import IntegrationUpsertRequestContactUpsertRequest
from .job_get_status_request import JobGetStatusRequest
from .job_status_reply import JobStatusReply
from .loyalty_program_add_contact_reply import LoyaltyProgramAddContactReply
from .loyalty_program_add_contact_request import LoyaltyProgramAddContactRequest
from .loyalty_program_get_points_reply import LoyaltyProgramGetPointsReply
from .loyalty_program_get_points_request import LoyaltyProgramGetPointsRequest
from .loyalty_program_modify_points_request import LoyaltyProgramModifyPointsRequest
from .loyalty_program_modify_points_request_modification_type import LoyaltyProgramModifyPointsRequestModificationType
from .loyalty_program_remove_contact_request import LoyaltyProgramRemoveContactRequest
from .messaging_channel_integration import MessagingChannelIntegration
from .messaging_channel_integration_channel import MessagingChannelIntegrationChannel
from .messaging_channel_stats import MessagingChannelStats
from .messaging_content_item import MessagingContentItem
from .messaging_conversation_data_request import MessagingConversationDataRequest
from .messaging_conversation_export_record import MessagingConversationExportRecord
from .messaging_conversation_list_reply import MessagingConversationListReply
from .messaging_conversation_list_request import MessagingConversationListRequest
from .messaging_conversation_list_request_source import MessagingConversationListRequestSource
from .messaging_conversation_stats_reply import MessagingConversationStatsReply
from .messaging_conversation_stats_reply_statistics import MessagingConversationStatsReplyStatistics
from .messaging_conversation_stats_request import MessagingConversationStatsRequest
from .messaging_conversation_stats_request_channel import MessagingConversationStatsRequestChannel
from .messaging_conversation_stats_request_source import MessagingConversationStatsRequestSource
from .messaging_mass_conversation_data_reply import MessagingMassConversationDataReply
from .messaging_mass_conversation_data_request import MessagingMassConversationDataRequest
from .messaging_send_reply import MessagingSendReply
from .messaging_send_request import MessagingSendRequest
from .messaging_transactional_send_reply import MessagingTransactionalSendReply
from .messaging_transactional_send_request import MessagingTransactionalSendRequest
from .messaging_transactional_send_request_provider import MessagingTransactionalSendRequestProvider
from .notification_consent_form_item import NotificationConsentFormItem
from .notification_conversation_data_record import NotificationConversationDataRecord
from .notification_export_consent_form_stats_request import NotificationExportConsentFormStatsRequest
from .notification_export_conversation_data_request import NotificationExportConversationDataRequest
from .notification_export_push_stats_request import NotificationExportPushStatsRequest
from .notification_get_conversation_stats_reply import NotificationGetConversationStatsReply
from .notification_get_conversation_stats_request import NotificationGetConversationStatsRequest
from .notification_list_consent_forms_reply import NotificationListConsentFormsReply
from .notification_list_conversation_ids_reply import NotificationListConversationIdsReply
from .notification_list_conversation_ids_request import NotificationListConversationIdsRequest
from .paginated_contact_item import PaginatedContactItem
from .paginated_contact_item_contact_events_item import PaginatedContactItemContactEventsItem
from .paginated_contact_item_contact_ext_events_item import PaginatedContactItemContactExtEventsItem
from .paginated_contact_item_contact_funnels_item import PaginatedContactItemContactFunnelsItem
from .paginated_contact_item_contact_notes_item import PaginatedContactItemContactNotesItem
from .paginated_contact_item_contact_tasks_item import PaginatedContactItemContactTasksItem
from .paginated_contact_item_contact_visits_item import PaginatedContactItemContactVisitsItem
from .paginated_contact_item_coupons_item import PaginatedContactItemCouponsItem
from .paginated_contact_item_email_messages_item import PaginatedContactItemEmailMessagesItem
from .paginated_contact_item_mobile_messages_item import PaginatedContactItemMobileMessagesItem
from .paginated_contact_item_properties_item import PaginatedContactItemPropertiesItem
from .paginated_contact_item_state import PaginatedContactItemState
from .paginated_contact_tag import PaginatedContactTag
from .recent_activities import RecentActivities
from .recent_activity_contact_visit import RecentActivityContactVisit
from .recent_activity_ip_details import RecentActivityIpDetails
from .recent_activity_visit import RecentActivityVisit
from .recent_activity_visit_stat import RecentActivityVisitStat
from .recommendation_last_viewed_reply import RecommendationLastViewedReply
from .recommendation_last_viewed_request import RecommendationLastViewedRequest
from .recommendation_most_purchased_reply import RecommendationMostPurchasedReply
from .recommendation_most_purchased_request import RecommendationMostPurchasedRequest
from .recommendation_purchased_by_contact_reply import RecommendationPurchasedByContactReply
from .recommendation_purchased_by_contact_request import RecommendationPurchasedByContactRequest
from .recommendation_purchased_together_reply import RecommendationPurchasedTogetherReply
from .recommendation_purchased_together_request import RecommendationPurchasedTogetherRequest
from .reply import Reply
from .sms_recipient import SmsRecipient
from .sms_recipient_addressee_type import SmsRecipientAddresseeType
from .system_authorise_reply import SystemAuthoriseReply
from .system_authorise_request import SystemAuthoriseRequest
from .transactional_sms_recipient import TransactionalSmsRecipient
from .transactional_sms_recipient_addressee_type import TransactionalSmsRecipientAddresseeType
from .transactional_sms_recipient_properties import TransactionalSmsRecipientProperties
from .user_list_by_client_reply import UserListByClientReply
from .vision_find_similar_products_reply import VisionFindSimilarProductsReply
from .vision_find_similar_products_request import VisionFindSimilarProductsRequest
from .vision_result_item import VisionResultItem
from .vision_search_result import VisionSearchResult
from .web_push_conversation_stats import WebPushConversationStats
from .web_push_conversation_stats_revenue_stats import WebPushConversationStatsRevenueStats
from .web_push_revenue_period_stats import WebPushRevenuePeriodStats
from .web_push_stats_source_type import WebPushStatsSourceType
from .workflow_email_stats import WorkflowEmailStats
from .workflow_get_statistics_reply import WorkflowGetStatisticsReply
from .workflow_get_statistics_request import WorkflowGetStatisticsRequest
from .workflow_list_item import WorkflowListItem
from .workflow_list_reply import WorkflowListReply
from .workflow_revenue_stats import WorkflowRevenueStats

__all__ = (
    "AddresseeSelector",
    "AsyncJobReply",
    "BatchExtEventItem",
    "ChangedContactRef",
    "ContactAddCouponReply",
    "ContactAddCouponRequest",
    "ContactAddExtEventReply",
    "ContactAddExtEventRequest",
    "ContactAddNoteRequest",
    "ContactAddress",
    "ContactBasicByIdReply",
    "ContactBasicByIdRequest",
    "ContactBasicInfo",
    "ContactBasicReply",
    "ContactBasicRequest",
    "ContactBatchAddExtEventReply",
    "ContactBatchAddExtEventRequest",
    "ContactBatchDeleteReply",
    "ContactBatchDeleteRequest",
    "ContactBatchUpsertItem",
    "ContactBatchUpsertV2Request",
    "ContactConsent",
    "ContactConsentAction",
    "ContactConsentDetail",
    "ContactConsentSource",
    "ContactCoupon",
    "ContactDeleteExtEventReply",
    "ContactDeleteExtEventRequest",
    "ContactDeleteReply",
    "ContactDeleteRequest",
    "ContactDetails",
    "ContactDictionaryProperty",
    "ContactDictionaryPropertyType",
    "ContactEmailMessage",
    "ContactEventEntry",
    "ContactExportDataRequest",
    "ContactExportDataType",
    "ContactExportDataTypeDataType",
    "ContactExportDateRange",
    "ContactExportPaginatedListRequest",
    "ContactExtEventEntry",
    "ContactFunnel",
    "ContactGetRecentActivityReply",
    "ContactGetRecentActivityRequest",
    "ContactHasContactReply",
    "ContactHasContactRequest",
    "ContactListByIdReply",
    "ContactListByIdRequest",
    "ContactListByOwnerPaginatedReply",
    "ContactListByOwnerPaginatedRequest",
    "ContactListCreatedReply",
    "ContactListCreatedRequest",
    "ContactListModifiedPaginatedReply",
    "ContactListModifiedPaginatedRequest",
    "ContactListModifiedReply",
    "ContactListModifiedRequest",
    "ContactListReply",
    "ContactListRequest",
    "ContactMobileMessage",
    "ContactMobileMessageChannelType",
    "ContactMobileMessageSource",
    "ContactNote",
    "ContactProperty",
    "ContactRelation",
    "ContactRelationType",
    "ContactRestoreMonitoringRequest",
    "ContactSelector",
    "ContactSetMainOwnerRequest",
    "ContactStandardProperties",
    "ContactState",
    "ContactStopMonitoringRequest",
    "ContactTag",
    "ContactTagCount",
    "ContactTagsReply",
    "ContactTagsRequest",
    "ContactTask",
    "ContactTaskInput",
    "ContactTaskInputReminder",
    "ContactUpdateExtEventReply",
    "ContactUpdateExtEventRequest",
    "ContactUpdateExtEventRequestContactEvent",
    "ContactUpdateTaskReply",
    "ContactUpdateTaskRequest",
    "ContactUpsertData",
    "ContactUpsertReply",
    "ContactUpsertRequest",
    "ContactUseCouponReply",
    "ContactUseCouponRequest",
    "ContactVisit",
    "CouponVerifyReply",
    "CouponVerifyRequest",
    "CustomerPreferenceCenterGenerateEndpointReply",
    "CustomerPreferenceCenterGenerateEndpointRequest",
    "EmailAttachmentRecipient",
    "EmailAttachmentRecipientAddresseeType",
    "EmailConversationContactActivity",
    "EmailConversationStatisticsRecord",
    "EmailConversationStatisticsRecordHardBouncedByItemType1",
    "EmailConversationStatisticsRecordSoftBouncedByItemType1",
    "EmailConversationStatisticsRequest",
    "EmailConversationStatisticsRequestConversationType",
    "EmailConversationStatisticsRequestExportType",
    "EmailGlobalConversationStatisticsReply",
    "EmailGlobalConversationStatisticsRequest",
    "EmailGlobalConversationStatisticsRequestConversationType",
    "EmailMassConversationListReply",
    "EmailMassConversationListRequest",
    "EmailMessageStatisticsRecord",
    "EmailMessageStatisticsRecordSentToItem",
    "EmailMessageStatisticsRequest",
    "EmailPersonalizationProperty",
    "EmailRecipient",
    "EmailRecipientAddresseeType",
    "EmailSendConfirmationReply",
    "EmailSendConfirmationRequest",
    "EmailSendEmailReply",
    "EmailSendEmailRequest",
    "EmailSendWithAttachmentBody",
    "EmailSendWithAttachmentReply",
    "EmailSendWithAttachmentRequest",
    "EmailUpsertReply",
    "EmailUpsertRequest",
    "ExtEvent",
    "ExtEventContactExtEventType",
    "ExtEventContactRef",
    "FunnelAddContactReply",
    "FunnelAddContactReplyAddedContacts",
    "FunnelAddContactRequest",
    "FunnelAddRequest",
    "FunnelCountReply",
    "FunnelCountRequest",
    "FunnelDeleteRequest",
    "FunnelStageDefinition",
    "IntegrationUpsertReply",
    "IntegrationUpsertRequest",
    "IntegrationUpsertRequestAddContactExtEventRequest",
    "IntegrationUpsertRequestContactUpsertRequest",
    "JobGetStatusRequest",
    "JobStatusReply",
    "LoyaltyProgramAddContactReply",
    "LoyaltyProgramAddContactRequest",
    "LoyaltyProgramGetPointsReply",
    "LoyaltyProgramGetPointsRequest",
    "LoyaltyProgramModifyPointsRequest",
    "LoyaltyProgramModifyPointsRequestModificationType",
    "LoyaltyProgramRemoveContactRequest",
    "MessagingChannelIntegration",
    "MessagingChannelIntegrationChannel",
    "MessagingChannelStats",
    "MessagingContentItem",
    "MessagingConversationDataRequest",
    "MessagingConversationExportRecord",
    "MessagingConversationListReply",
    "MessagingConversationListRequest",
    "MessagingConversationListRequestSource",
    "MessagingConversationStatsReply",
    "MessagingConversationStatsReplyStatistics",
    "MessagingConversationStatsRequest",
    "MessagingConversationStatsRequestChannel",
    "MessagingConversationStatsRequestSource",
    "MessagingMassConversationDataReply",
    "MessagingMassConversationDataRequest",
    "MessagingSendReply",
    "MessagingSendRequest",
    "MessagingTransactionalSendReply",
    "MessagingTransactionalSendRequest",
    "MessagingTransactionalSendRequestProvider",
    "NotificationConsentFormItem",
    "NotificationConversationDataRecord",
    "NotificationExportConsentFormStatsRequest",
    "NotificationExportConversationDataRequest",
    "NotificationExportPushStatsRequest",
    "NotificationGetConversationStatsReply",
    "NotificationGetConversationStatsRequest",
    "NotificationListConsentFormsReply",
    "NotificationListConversationIdsReply",
    "NotificationListConversationIdsRequest",
    "PaginatedContactItem",
    "PaginatedContactItemContactEventsItem",
    "PaginatedContactItemContactExtEventsItem",
    "PaginatedContactItemContactFunnelsItem",
    "PaginatedContactItemContactNotesItem",
    "PaginatedContactItemContactTasksItem",
    "PaginatedContactItemContactVisitsItem",
    "PaginatedContactItemCouponsItem",
    "PaginatedContactItemEmailMessagesItem",
    "PaginatedContactItemMobileMessagesItem",
    "PaginatedContactItemPropertiesItem",
    "PaginatedContactItemState",
    "PaginatedContactTag",
    "RecentActivities",
    "RecentActivityContactVisit",
    "RecentActivityIpDetails",
    "RecentActivityVisit",
    "RecentActivityVisitStat",
    "RecommendationLastViewedReply",
    "RecommendationLastViewedRequest",
    "RecommendationMostPurchasedReply",
    "RecommendationMostPurchasedRequest",
    "RecommendationPurchasedByContactReply",
    "RecommendationPurchasedByContactRequest",
    "RecommendationPurchasedTogetherReply",
    "RecommendationPurchasedTogetherRequest",
    "Reply",
    "SmsRecipient",
    "SmsRecipientAddresseeType",
    "SystemAuthoriseReply",
    "SystemAuthoriseRequest",
    "TransactionalSmsRecipient",
    "TransactionalSmsRecipientAddresseeType",
    "TransactionalSmsRecipientProperties",
    "UserListByClientReply",
    "VisionFindSimilarProductsReply",
    "VisionFindSimilarProductsRequest",
    "VisionResultItem",
    "VisionSearchResult",
    "WebPushConversationStats",
    "WebPushConversationStatsRevenueStats",
    "WebPushRevenuePeriodStats",
    "WebPushStatsSourceType",
    "WorkflowEmailStats",
    "WorkflowGetStatisticsReply",
    "WorkflowGetStatisticsRequest",
    "WorkflowListItem",
    "WorkflowListReply",
    "WorkflowRevenueStats",
)
