from enum import StrEnum


class ContactRelationType(StrEnum):
    CHILD = "CHILD"
    PARENT = "PARENT"

    def __str__(self) -> str:
        return str(self.value)
