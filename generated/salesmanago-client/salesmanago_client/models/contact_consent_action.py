from enum import StrEnum


class ContactConsentAction(StrEnum):
    A = "A"
    D = "D"
    R = "R"

    def __str__(self) -> str:
        return str(self.value)
