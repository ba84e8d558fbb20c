from enum import StrEnum


class MessagingConversationStatsRequestChannel(StrEnum):
    ALL = "ALL"
    SMS = "SMS"
    VIBER = "VIBER"
    WHATS_APP = "WHATS_APP"

    def __str__(self) -> str:
        return str(self.value)
