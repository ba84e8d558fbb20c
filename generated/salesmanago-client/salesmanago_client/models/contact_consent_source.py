from enum import StrEnum


class ContactConsentSource(StrEnum):
    API = "API"
    C = "C"
    CC = "CC"
    F = "F"

    def __str__(self) -> str:
        return str(self.value)
