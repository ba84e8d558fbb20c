from enum import StrEnum
from typing import Any


class MessagingConversationListRequestSource(StrEnum):
    """MessagingConversationListRequestSource: the documented values are members; any other string is kept as an unlisted member.

    A vendor adding a value does not break parsing: ``MessagingConversationListRequestSource("new")`` gives an
    instance equal to ``"new"`` (its ``.value``), sent back unchanged, absent from iteration.
    """

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

    @classmethod
    def _missing_(cls, value: object) -> Any:
        # unknown values are kept, not refused (Enum._missing_, as in fingerprintjs/python-sdk#200)
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
