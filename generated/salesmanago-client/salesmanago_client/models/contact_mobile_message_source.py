from enum import StrEnum


class ContactMobileMessageSource(StrEnum):
    AUTOMATION_RULE = "AUTOMATION_RULE"
    MASS = "MASS"
    WORKFLOW = "WORKFLOW"

    def __str__(self) -> str:
        return str(self.value)
