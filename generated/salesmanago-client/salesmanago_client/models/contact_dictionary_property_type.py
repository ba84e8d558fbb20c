from enum import StrEnum


class ContactDictionaryPropertyType(StrEnum):
    DATE = "DATE"
    NUMBER = "NUMBER"

    def __str__(self) -> str:
        return str(self.value)
