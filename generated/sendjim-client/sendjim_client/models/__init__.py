"""Contains all the data models used in inputs/outputs"""

from .api_error import ApiError
from .api_version import ApiVersion
from .contact import Contact
from .contact_batch_create_request import ContactBatchCreateRequest
from .contact_batch_create_response import ContactBatchCreateResponse
from .contact_input import ContactInput
from .contact_list import ContactList
from .contact_quick_send_request import ContactQuickSendRequest
from .contact_reference import ContactReference
from .contact_response import ContactResponse
from .contact_update_response import ContactUpdateResponse
from .grant_request import GrantRequest
from .grant_response import GrantResponse
from .mailing_contact_data import MailingContactData
from .neighbor_mailing_request import NeighborMailingRequest
from .neighbors_count import NeighborsCount
from .operation_result import OperationResult
from .quick_send import QuickSend
from .quick_send_list import QuickSendList
from .radius_quick_send_request import RadiusQuickSendRequest
from .tag_request import TagRequest
from .tags_response import TagsResponse
from .user_account import UserAccount

__all__ = (
    "ApiError",
    "ApiVersion",
    "Contact",
    "ContactBatchCreateRequest",
    "ContactBatchCreateResponse",
    "ContactInput",
    "ContactList",
    "ContactQuickSendRequest",
    "ContactReference",
    "ContactResponse",
    "ContactUpdateResponse",
    "GrantRequest",
    "GrantResponse",
    "MailingContactData",
    "NeighborMailingRequest",
    "NeighborsCount",
    "OperationResult",
    "QuickSend",
    "QuickSendList",
    "RadiusQuickSendRequest",
    "TagRequest",
    "TagsResponse",
    "UserAccount",
)
