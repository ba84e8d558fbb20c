from enum import StrEnum


class WebPushStatsSourceType(StrEnum):
    MASS = "MASS"
    RULE = "RULE"
    WORKFLOW = "WORKFLOW"

    def __str__(self) -> str:
        return str(self.value)
