from enum import StrEnum


class ExtEventContactExtEventType(StrEnum):
    ACTIVATION = "ACTIVATION"
    CANCELLED = "CANCELLED"
    CART = "CART"
    DOWNLOAD = "DOWNLOAD"
    LOGIN = "LOGIN"
    MEETING = "MEETING"
    OFFER = "OFFER"
    OTHER = "OTHER"
    PHONE_CALL = "PHONE_CALL"
    PURCHASE = "PURCHASE"
    RESERVATION = "RESERVATION"
    TRANSACTION = "TRANSACTION"
    VISIT = "VISIT"

    def __str__(self) -> str:
        return str(self.value)
