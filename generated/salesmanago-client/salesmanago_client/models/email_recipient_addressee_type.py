from enum import StrEnum


class EmailRecipientAddresseeType(StrEnum):
    CONTACT_ID = "CONTACT_ID"
    EMAIL = "EMAIL"
    FUNNEL = "FUNNEL"
    STAGE = "STAGE"
    TAG = "TAG"

    def __str__(self) -> str:
        return str(self.value)
