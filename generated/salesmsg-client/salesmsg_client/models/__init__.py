"""Contains all the data models used in inputs/outputs"""

from .access_token import AccessToken
from .authorization_code_token_request import AuthorizationCodeTokenRequest
from .authorization_code_token_request_grant_type import AuthorizationCodeTokenRequestGrantType
from .contact import Contact
from .contact_envelope import ContactEnvelope
from .contact_search_result import ContactSearchResult
from .contact_update_request import ContactUpdateRequest
from .contacts_list_form_request import ContactsListFormRequest
from .contacts_list_form_request_sort_order import ContactsListFormRequestSortOrder
from .contacts_list_form_request_use_short_response import ContactsListFormRequestUseShortResponse
from .contacts_list_request import ContactsListRequest
from .contacts_list_request_sort_order import ContactsListRequestSortOrder
from .contacts_page import ContactsPage
from .conversation import Conversation
from .conversations_list_filter import ConversationsListFilter
from .error import Error
from .error_errors import ErrorErrors
from .message import Message
from .message_media import MessageMedia
from .messages_page import MessagesPage
from .number import Number
from .organization import Organization
from .pagination_meta import PaginationMeta
from .personal_access_token import PersonalAccessToken
from .refresh_token_request import RefreshTokenRequest
from .refresh_token_request_grant_type import RefreshTokenRequestGrantType
from .tag import Tag
from .tag_action_result import TagActionResult
from .tags_list_sort_order import TagsListSortOrder
from .tags_page import TagsPage
from .team import Team
from .user import User
from .webhook_message_event import WebhookMessageEvent
from .webhook_message_event_data import WebhookMessageEventData
from .webhook_message_event_event import WebhookMessageEventEvent

__all__ = (
    "AccessToken",
    "AuthorizationCodeTokenRequest",
    "AuthorizationCodeTokenRequestGrantType",
    "Contact",
    "ContactEnvelope",
    "ContactSearchResult",
    "ContactsListFormRequest",
    "ContactsListFormRequestSortOrder",
    "ContactsListFormRequestUseShortResponse",
    "ContactsListRequest",
    "ContactsListRequestSortOrder",
    "ContactsPage",
    "ContactUpdateRequest",
    "Conversation",
    "ConversationsListFilter",
    "Error",
    "ErrorErrors",
    "Message",
    "MessageMedia",
    "MessagesPage",
    "Number",
    "Organization",
    "PaginationMeta",
    "PersonalAccessToken",
    "RefreshTokenRequest",
    "RefreshTokenRequestGrantType",
    "Tag",
    "TagActionResult",
    "TagsListSortOrder",
    "TagsPage",
    "Team",
    "User",
    "WebhookMessageEvent",
    "WebhookMessageEventData",
    "WebhookMessageEventEvent",
)
