from enum import StrEnum


class SmsRecipientAddresseeType(StrEnum):
    CONTACT_ID = "CONTACT_ID"
    EMAIL = "EMAIL"
    FUNNEL = "FUNNEL"
    ID = "ID"
    INVALID = "INVALID"
    MONITORED = "MONITORED"
    NOT_MONITORED = "NOT_MONITORED"
    OPTED_IN = "OPTED_IN"
    OPTED_OUT = "OPTED_OUT"
    PHONE_OPTED_IN = "PHONE_OPTED_IN"
    PHONE_OPTED_OUT = "PHONE_OPTED_OUT"
    STAGE = "STAGE"
    TAG = "TAG"

    def __str__(self) -> str:
        return str(self.value)
