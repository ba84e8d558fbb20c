from enum import StrEnum


class EmailGlobalConversationStatisticsRequestConversationType(StrEnum):
    AD_HOC = "AD_HOC"
    API = "API"
    BIRTHDAY = "BIRTHDAY"
    BIRTHDAY_YR = "BIRTHDAY_YR"
    CYCLIC = "CYCLIC"
    FINAL_TEST_AB = "FINAL_TEST_AB"
    MAILING = "MAILING"
    RULE = "RULE"
    SCHEDULED = "SCHEDULED"
    SMTP = "SMTP"
    TEST = "TEST"
    TEST_AB = "TEST_AB"
    W = "W"

    def __str__(self) -> str:
        return str(self.value)
