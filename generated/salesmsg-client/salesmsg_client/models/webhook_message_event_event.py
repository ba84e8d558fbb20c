from enum import StrEnum


class WebhookMessageEventEvent(StrEnum):
    MESSAGE_ASYNC_ERROR = "message.async.error"
    MESSAGE_RECEIVED = "message.received"
    MESSAGE_SENT = "message.sent"

    def __str__(self) -> str:
        return str(self.value)
