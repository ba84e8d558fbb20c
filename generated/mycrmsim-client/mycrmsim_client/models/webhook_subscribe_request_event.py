from enum import StrEnum


class WebhookSubscribeRequestEvent(StrEnum):
    NEW_MESSAGE = "new_message"

    def __str__(self) -> str:
        return str(self.value)
