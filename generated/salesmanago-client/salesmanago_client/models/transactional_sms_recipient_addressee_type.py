from enum import StrEnum


class TransactionalSmsRecipientAddresseeType(StrEnum):
    CONTACT_ID = "CONTACT_ID"
    EMAIL = "EMAIL"
    USER_ID = "USER_ID"

    def __str__(self) -> str:
        return str(self.value)
