"""calendar for games: staged as the game's `calendar` when it imports it.

CPython 3.11's calendar in the C locale: month and day names, `monthrange`, `weekday`,
`isleap`, `leapdays`, `monthcalendar`, `timegm`, `Calendar` (its month and year iterators) and
`TextCalendar` with `month()`/`prmonth()`/`calendar()`/`prcal()` laid out as CPython lays them
out. HTML and locale calendars are not offered.
"""

from datetime import date
from typing import Any

__all__ = ["Calendar", "EPOCH", "FRIDAY", "February", "IllegalMonthError", "IllegalWeekdayError", "January",
           "MONDAY", "SATURDAY", "SUNDAY", "THURSDAY", "TUESDAY", "TextCalendar", "WEDNESDAY", "calendar",
           "day_abbr", "day_name", "error", "firstweekday", "format", "formatstring", "isleap", "leapdays",
           "mdays", "month", "month_abbr", "month_name", "monthcalendar", "monthrange", "prcal", "prmonth",
           "prweek", "setfirstweekday", "timegm", "week", "weekday", "weekheader"]

error = ValueError
MONDAY = 0
TUESDAY = 1
WEDNESDAY = 2
THURSDAY = 3
FRIDAY = 4
SATURDAY = 5
SUNDAY = 6
January = 1
February = 2
EPOCH = 1970
_EPOCH_ORDINAL = 719163
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class IllegalMonthError(ValueError):
    def __init__(self, month: Any) -> None:
        super().__init__(month)
        self.month = month

    def __str__(self) -> str:
        return f"bad month number {self.month}; must be 1-12"


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday: Any) -> None:
        super().__init__(weekday)
        self.weekday = weekday

    def __str__(self) -> str:
        return f"bad weekday number {self.weekday}; must be 0 (Monday) to 6 (Sunday)"


class _Names:
    """month_name, day_abbr…: indexable like a list (slices give lists), read as strftime writes."""

    def __init__(self, names: list) -> None:
        self._names = names

    def __getitem__(self, i: Any) -> Any:
        return self._names[i]

    def __len__(self) -> int:
        return len(self._names)

    def __iter__(self) -> Any:
        return iter(self._names)

    def __contains__(self, item: Any) -> bool:
        return item in self._names


month_name = _Names([""] + [date(2001, m, 1).strftime("%B") for m in range(1, 13)])
month_abbr = _Names([""] + [date(2001, m, 1).strftime("%b") for m in range(1, 13)])
day_name = _Names([date(2001, 1, d).strftime("%A") for d in range(1, 8)])  # 2001-01-01 is a Monday
day_abbr = _Names([date(2001, 1, d).strftime("%a") for d in range(1, 8)])


def isleap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1: int, y2: int) -> int:
    """Leap years in [y1, y2)."""
    y1 -= 1
    y2 -= 1
    return (y2 // 4 - y1 // 4) - (y2 // 100 - y1 // 100) + (y2 // 400 - y1 // 400)


def weekday(year: int, month: int, day: int) -> int:
    if not 1 <= year <= 9999:
        year = 2000 + year % 400
    return date(year, month, day).weekday()


def _monthlen(year: int, month: int) -> int:
    return mdays[month] + (month == 2 and isleap(year))


def monthrange(year: int, month: int) -> tuple:
    """(weekday of the 1st, days in the month)."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return (weekday(year, month, 1), _monthlen(year, month))


def _prevmonth(year: int, month: int) -> tuple:
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _nextmonth(year: int, month: int) -> tuple:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _rows(items: list, size: int) -> list:
    return [items[i:i + size] for i in range(0, len(items), size)]


class Calendar:
    """Weeks starting on `firstweekday` (0 Monday … 6 Sunday)."""

    def __init__(self, firstweekday: int = 0) -> None:
        self._firstweekday = firstweekday

    def getfirstweekday(self) -> int:
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday: int) -> None:
        self._firstweekday = firstweekday

    @property
    def firstweekday(self) -> int:
        return self._firstweekday % 7

    @firstweekday.setter
    def firstweekday(self, value: int) -> None:
        self._firstweekday = value

    def iterweekdays(self) -> Any:
        first = self.getfirstweekday()
        for i in range(first, first + 7):
            yield i % 7

    def itermonthdays3(self, year: int, month: int) -> Any:
        day1, ndays = monthrange(year, month)
        before = (day1 - self.getfirstweekday()) % 7
        after = (self.getfirstweekday() - day1 - ndays) % 7
        y, m = _prevmonth(year, month)
        end = _monthlen(y, m) + 1
        for d in range(end - before, end):
            yield (y, m, d)
        for d in range(1, ndays + 1):
            yield (year, month, d)
        y, m = _nextmonth(year, month)
        for d in range(1, after + 1):
            yield (y, m, d)

    def itermonthdates(self, year: int, month: int) -> Any:
        for y, m, d in self.itermonthdays3(year, month):
            yield date(y, m, d)

    def itermonthdays(self, year: int, month: int) -> Any:
        day1, ndays = monthrange(year, month)
        before = (day1 - self.getfirstweekday()) % 7
        for _ in range(before):
            yield 0
        for d in range(1, ndays + 1):
            yield d
        for _ in range((self.getfirstweekday() - day1 - ndays) % 7):
            yield 0

    def itermonthdays2(self, year: int, month: int) -> Any:
        i = self.getfirstweekday()
        for d in self.itermonthdays(year, month):
            yield (d, i % 7)
            i += 1

    def itermonthdays4(self, year: int, month: int) -> Any:
        i = 0
        for y, m, d in self.itermonthdays3(year, month):
            yield (y, m, d, (self.getfirstweekday() + i) % 7)
            i += 1

    def monthdatescalendar(self, year: int, month: int) -> list:
        return _rows(list(self.itermonthdates(year, month)), 7)

    def monthdays2calendar(self, year: int, month: int) -> list:
        return _rows(list(self.itermonthdays2(year, month)), 7)

    def monthdayscalendar(self, year: int, month: int) -> list:
        return _rows(list(self.itermonthdays(year, month)), 7)

    def yeardatescalendar(self, year: int, width: int = 3) -> list:
        return _rows([self.monthdatescalendar(year, m) for m in range(1, 13)], width)

    def yeardays2calendar(self, year: int, width: int = 3) -> list:
        return _rows([self.monthdays2calendar(year, m) for m in range(1, 13)], width)

    def yeardayscalendar(self, year: int, width: int = 3) -> list:
        return _rows([self.monthdayscalendar(year, m) for m in range(1, 13)], width)


class TextCalendar(Calendar):
    """Months and years as text, as CPython's `cal`-like layout."""

    def prweek(self, theweek: list, width: int) -> None:
        print(self.formatweek(theweek, width), end="")

    def formatday(self, day: int, weekday: int, width: int) -> str:
        text = "" if day == 0 else f"{day:2d}"
        return text.center(width)

    def formatweek(self, theweek: list, width: int) -> str:
        return " ".join([self.formatday(d, wd, width) for (d, wd) in theweek])

    def formatweekday(self, day: int, width: int) -> str:
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width: int) -> str:
        return " ".join([self.formatweekday(i, width) for i in self.iterweekdays()])

    def formatmonthname(self, theyear: int, themonth: int, width: int, withyear: bool = True) -> str:
        text = month_name[themonth]
        if withyear:
            text = f"{text} {theyear!r}"
        return text.center(width)

    def prmonth(self, theyear: int, themonth: int, w: int = 0, l: int = 0) -> None:  # noqa: E741
        print(self.formatmonth(theyear, themonth, w, l), end="")

    def formatmonth(self, theyear: int, themonth: int, w: int = 0, l: int = 0) -> str:  # noqa: E741
        w = max(2, w)
        l = max(1, l)  # noqa: E741
        text = self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip() + "\n" * l
        text += self.formatweekheader(w).rstrip() + "\n" * l
        for week in self.monthdays2calendar(theyear, themonth):
            text += self.formatweek(week, w).rstrip() + "\n" * l
        return text

    def formatyear(self, theyear: int, w: int = 2, l: int = 1, c: int = 6, m: int = 3) -> str:  # noqa: E741
        w = max(2, w)
        l = max(1, l)  # noqa: E741
        c = max(2, c)
        colwidth = (w + 1) * 7 - 1
        parts = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), "\n" * l]
        header = self.formatweekheader(w)
        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            parts.append("\n" * l)
            parts.append(formatstring([self.formatmonthname(theyear, k, colwidth, False) for k in months],
                                      colwidth, c).rstrip())
            parts.append("\n" * l)
            parts.append(formatstring([header for k in months], colwidth, c).rstrip())
            parts.append("\n" * l)
            height = max([len(cal) for cal in row])
            for j in range(height):
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else "" for cal in row]
                parts.append(formatstring(weeks, colwidth, c).rstrip())
                parts.append("\n" * l)
        return "".join(parts)

    def pryear(self, theyear: int, w: int = 0, l: int = 0, c: int = 6, m: int = 3) -> None:  # noqa: E741
        print(self.formatyear(theyear, w, l, c, m), end="")


def formatstring(cols: Any, colwidth: int = 20, spacing: int = 6) -> str:
    return (" " * spacing).join([col.center(colwidth) for col in cols])


def format(cols: Any, colwidth: int = 20, spacing: int = 6) -> None:
    print(formatstring(cols, colwidth, spacing))


_text_calendar = TextCalendar()


def firstweekday() -> int:
    return _text_calendar.getfirstweekday()


def setfirstweekday(firstweekday: int) -> None:
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    _text_calendar.firstweekday = firstweekday


def monthcalendar(year: int, month: int) -> list:
    return _text_calendar.monthdayscalendar(year, month)


def prweek(theweek: list, width: int) -> None:
    _text_calendar.prweek(theweek, width)


def week(theweek: list, width: int) -> str:
    return _text_calendar.formatweek(theweek, width)


def weekheader(width: int) -> str:
    return _text_calendar.formatweekheader(width)


def prmonth(theyear: int, themonth: int, w: int = 0, l: int = 0) -> None:  # noqa: E741
    _text_calendar.prmonth(theyear, themonth, w, l)


def month(theyear: int, themonth: int, w: int = 0, l: int = 0) -> str:  # noqa: E741
    return _text_calendar.formatmonth(theyear, themonth, w, l)


def calendar(theyear: int, w: int = 2, l: int = 1, c: int = 6, m: int = 3) -> str:  # noqa: E741
    return _text_calendar.formatyear(theyear, w, l, c, m)


def prcal(theyear: int, w: int = 0, l: int = 0, c: int = 6, m: int = 3) -> None:  # noqa: E741
    _text_calendar.pryear(theyear, w, l, c, m)


def timegm(parts: Any) -> int:
    """Seconds since the epoch of a UTC (year, month, day, hour, minute, second, …) tuple."""
    year, month, day, hour, minute, second = parts[:6]
    days = date(year, month, 1).toordinal() - _EPOCH_ORDINAL + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second
