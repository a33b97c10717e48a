"""The proleptic Gregorian calendar of datetime: day ordinals (1 = 0001-01-01) and ISO weeks."""

from typing import Any

__all__ = ["DAY_NAMES", "EPOCH_ORDINAL", "MAXYEAR", "MAX_ORDINAL", "MINYEAR", "MONTH_NAMES", "check_date", "check_int",
           "check_time", "days_before_month", "days_in_month", "from_ordinal", "is_leap", "iso_calendar",
           "iso_week1_monday", "ordinal", "weekday"]

MINYEAR = 1
MAXYEAR = 9999
MAX_ORDINAL = 3652059  # 9999-12-31
EPOCH_ORDINAL = 719163  # 1970-01-01

_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    return 29 if month == 2 and is_leap(year) else _DAYS_IN_MONTH[month]


def days_before_month(year: int, month: int) -> int:
    days = 0
    for m in range(1, month):
        days += _DAYS_IN_MONTH[m]
    return days + 1 if month > 2 and is_leap(year) else days


def ordinal(year: int, month: int, day: int) -> int:
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400 + days_before_month(year, month) + day


def from_ordinal(n: int) -> tuple:
    """(year, month, day) of ordinal n >= 1."""
    n -= 1
    cycles, n = divmod(n, 146097)  # 400 years
    year = cycles * 400 + 1
    centuries = min(n // 36524, 3)
    n -= centuries * 36524
    quads, n = divmod(n, 1461)
    years = min(n // 365, 3)
    n -= years * 365
    year += centuries * 100 + quads * 4 + years
    month = 1
    while n >= days_in_month(year, month):
        n -= days_in_month(year, month)
        month += 1
    return (year, month, n + 1)


def weekday(n: int) -> int:
    """Monday 0 … Sunday 6 of ordinal n."""
    return (n + 6) % 7


def iso_week1_monday(year: int) -> int:
    jan4 = ordinal(year, 1, 4)
    return jan4 - weekday(jan4)


def iso_calendar(n: int) -> tuple:
    """(ISO year, week, weekday 1-7) of ordinal n."""
    year = from_ordinal(n)[0]
    start = iso_week1_monday(year)
    if n < start:
        year -= 1
        start = iso_week1_monday(year)
    elif n >= iso_week1_monday(year + 1):
        year += 1
        start = iso_week1_monday(year)
    week, day = divmod(n - start, 7)
    return (year, week + 1, day + 1)


def check_int(value: Any) -> int:
    if isinstance(value, int):
        return int(value)
    if hasattr(value, "__index__"):
        return value.__index__()
    raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")


def check_date(year: Any, month: Any, day: Any) -> tuple:
    year, month, day = check_int(year), check_int(month), check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return (year, month, day)


def check_time(hour: Any, minute: Any, second: Any, microsecond: Any, fold: Any) -> tuple:
    hour, minute, second = check_int(hour), check_int(minute), check_int(second)
    microsecond, fold = check_int(microsecond), check_int(fold)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return (hour, minute, second, microsecond, fold)
