from enum import StrEnum


class PaginatedContactItemState(StrEnum):
    CUSTOMER = "CUSTOMER"
    OTHER = "OTHER"
    PARTNER = "PARTNER"
    PROSPECT = "PROSPECT"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
