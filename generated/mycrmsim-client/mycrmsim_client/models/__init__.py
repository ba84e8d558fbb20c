"""Contains all the data models used in inputs/outputs"""

from .api_error import ApiError
from .authorization_code_token_request import AuthorizationCodeTokenRequest
from .authorization_code_token_request_grant_type import AuthorizationCodeTokenRequestGrantType
from .inbound_message import InboundMessage
from .location import Location
from .o_auth_error import OAuthError
from .refresh_token_request import RefreshTokenRequest
from .refresh_token_request_grant_type import RefreshTokenRequestGrantType
from .revoke_token_request import RevokeTokenRequest
from .send_message_request import SendMessageRequest
from .send_message_response import SendMessageResponse
from .token_response import TokenResponse
from .user import User
from .user_info import UserInfo
from .user_info_response import UserInfoResponse
from .webhook_subscribe_request import WebhookSubscribeRequest
from .webhook_subscribe_request_event import WebhookSubscribeRequestEvent
from .webhook_subscribe_response import WebhookSubscribeResponse
from .webhook_unsubscribe_request import WebhookUnsubscribeRequest
from .webhook_unsubscribe_response import WebhookUnsubscribeResponse

__all__ = (
    "ApiError",
    "AuthorizationCodeTokenRequest",
    "AuthorizationCodeTokenRequestGrantType",
    "InboundMessage",
    "Location",
    "OAuthError",
    "RefreshTokenRequest",
    "RefreshTokenRequestGrantType",
    "RevokeTokenRequest",
    "SendMessageRequest",
    "SendMessageResponse",
    "TokenResponse",
    "User",
    "UserInfo",
    "UserInfoResponse",
    "WebhookSubscribeRequest",
    "WebhookSubscribeRequestEvent",
    "WebhookSubscribeResponse",
    "WebhookUnsubscribeRequest",
    "WebhookUnsubscribeResponse",
)
