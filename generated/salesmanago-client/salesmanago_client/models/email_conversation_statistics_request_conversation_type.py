from enum import StrEnum


class EmailConversationStatisticsRequestConversationType(StrEnum):
    BIRTHDAY = "BIRTHDAY"
    CYCLIC = "CYCLIC"
    FINAL_TEST_AB = "FINAL_TEST_AB"
    MAILING = "MAILING"
    TEST_AB = "TEST_AB"

    def __str__(self) -> str:
        return str(self.value)
