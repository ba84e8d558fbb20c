from enum import StrEnum


class MessagingConversationListRequestSource(StrEnum):
    ALERT = "ALERT"
    ALL = "ALL"
    BIRTHDAY = "BIRTHDAY"
    MASS = "MASS"
    RFM = "RFM"
    RULE = "RULE"
    TEST = "TEST"
    WORKFLOW = "WORKFLOW"

    def __str__(self) -> str:
        return str(self.value)
