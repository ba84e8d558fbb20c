from enum import StrEnum


class ApiVersion(StrEnum):
    VALUE_0 = "3"

    def __str__(self) -> str:
        return str(self.value)
