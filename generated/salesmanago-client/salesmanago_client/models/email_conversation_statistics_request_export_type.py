from enum import StrEnum


class EmailConversationStatisticsRequestExportType(StrEnum):
    BASIC = "BASIC"
    FULL = "FULL"
    SHORT = "SHORT"

    def __str__(self) -> str:
        return str(self.value)
