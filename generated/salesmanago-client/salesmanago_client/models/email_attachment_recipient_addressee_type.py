from enum import StrEnum


class EmailAttachmentRecipientAddresseeType(StrEnum):
    CONTACT_ID = "CONTACT_ID"
    EMAIL = "EMAIL"
    TAG = "TAG"
    TAGS = "TAGS"

    def __str__(self) -> str:
        return str(self.value)
