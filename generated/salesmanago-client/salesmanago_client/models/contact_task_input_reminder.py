from enum import StrEnum
from typing import Any


class ContactTaskInputReminder(StrEnum):
    """ContactTaskInputReminder: the documented values are members; any other string is kept as an unlisted member.

    A vendor adding a value does not break parsing: ``ContactTaskInputReminder("new")`` gives an
    instance equal to ``"new"`` (its ``.value``), sent back unchanged, absent from iteration.
    """

    VALUE_0 = "15_MIN"
    VALUE_1 = "30_MIN"
    VALUE_2 = "1_HOUR"
    VALUE_3 = "12_HOUR"
    VALUE_4 = "1_DAY"
    VALUE_5 = "1_WEEK"

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
