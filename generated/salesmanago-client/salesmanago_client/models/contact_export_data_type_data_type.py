from enum import StrEnum


class ContactExportDataTypeDataType(StrEnum):
    CONSENTS = "CONSENTS"
    CONTACT = "CONTACT"
    COUPONS = "COUPONS"
    DICTIONARY_PROPERTIES = "DICTIONARY_PROPERTIES"
    EMAILS = "EMAILS"
    EXT_EVENT = "EXT_EVENT"
    FUNNELS = "FUNNELS"
    NOTES = "NOTES"
    PROPERTIES = "PROPERTIES"
    SMS = "SMS"
    TAG = "TAG"
    TASKS = "TASKS"
    VISITS = "VISITS"

    def __str__(self) -> str:
        return str(self.value)
