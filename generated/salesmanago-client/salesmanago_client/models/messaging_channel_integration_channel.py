from enum import StrEnum


class MessagingChannelIntegrationChannel(StrEnum):
    SMS = "SMS"
    VIBER = "VIBER"
    WHATS_APP = "WHATS_APP"

    def __str__(self) -> str:
        return str(self.value)
