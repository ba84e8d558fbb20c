from enum import StrEnum


class ContactTaskInputReminder(StrEnum):
    VALUE_0 = "15_MIN"
    VALUE_1 = "30_MIN"
    VALUE_2 = "1_HOUR"
    VALUE_3 = "12_HOUR"
    VALUE_4 = "1_DAY"
    VALUE_5 = "1_WEEK"

    def __str__(self) -> str:
        return str(self.value)
