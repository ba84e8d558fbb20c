from enum import StrEnum
from typing import Any


class ContactState(StrEnum):
    """ContactState: the documented values are members; any other string is kept as an unlisted member.

    A vendor adding a value does not break parsing: ``ContactState("new")`` gives an
    instance equal to ``"new"`` (its ``.value``), sent back unchanged, absent from iteration.
    """

    CUSTOMER = "CUSTOMER"
    OTHER = "OTHER"
    PARTNER = "PARTNER"
    PROSPECT = "PROSPECT"
    UNKNOWN = "UNKNOWN"

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
