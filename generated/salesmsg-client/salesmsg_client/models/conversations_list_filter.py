from enum import StrEnum


class ConversationsListFilter(StrEnum):
    ASSIGNED = "assigned"
    CLOSED = "closed"
    DRAFT = "draft"
    MENTIONS = "mentions"
    OPEN = "open"
    OUTBOUND = "outbound"
    PENDING = "pending"
    SCHEDULED = "scheduled"
    UNASSIGNED = "unassigned"
    UNREAD = "unread"

    def __str__(self) -> str:
        return str(self.value)
