from enum import StrEnum


class LoyaltyProgramModifyPointsRequestModificationType(StrEnum):
    ADD = "ADD"
    SUBTRACT = "SUBTRACT"

    def __str__(self) -> str:
        return str(self.value)
