"""datetime for games: staged as the game's `datetime` when it imports it.

`date`, `time`, `datetime` (naive: in the device's local time, as CPython's naive datetimes are
in the machine's) and `timedelta` as CPython 3.11's C implementation: arithmetic, comparisons,
reprs and messages, `isoformat`/`fromisoformat`, `strftime` as glibc writes it in the C locale,
`strptime` as CPython's _strptime. Time zones (`timezone`, `tzinfo`, aware datetimes) are not
offered: the lint refuses those names at their line.
"""

import math
from typing import Any

from _pmrt import _pm_clock_epoch, _pm_clock_local, _pm_clock_now  # type: ignore[import-not-found]
from datetime._calendar import (EPOCH_ORDINAL, MAX_ORDINAL, check_date, check_int,  # type: ignore[import-not-found]
                                check_time, from_ordinal, iso_calendar, iso_week1_monday, ordinal)
from datetime._calendar import MAXYEAR, MINYEAR  # type: ignore[import-not-found]
from datetime._calendar import weekday as _weekday  # type: ignore[import-not-found]
from datetime._text import parse_iso_date, parse_iso_time  # type: ignore[import-not-found]
from datetime._text import strftime as _strftime  # type: ignore[import-not-found]
from datetime._text import strptime as _strptime  # type: ignore[import-not-found]

__all__ = ["MAXYEAR", "MINYEAR", "date", "datetime", "time", "timedelta"]

_US_PER_DAY = 86400000000
_MAX_DAYS = 999999999


def _divide_nearest(a: int, b: int) -> int:
    """a / b rounded half to even (b > 0)."""
    q, r = divmod(a, b)
    r2 = r * 2
    if r2 > b or (r2 == b and q % 2 == 1):
        q += 1
    return q


def _round_half_away(x: float) -> float:
    """C's round(): halves away from zero."""
    whole = float(math.trunc(x))
    if abs(x - whole) >= 0.5:
        whole += 1.0 if x > 0 else -1.0
    return whole


class timedelta:
    """A duration: days, seconds (0…86399) and microseconds (0…999999)."""

    def __init__(self, days: Any = 0, seconds: Any = 0, microseconds: Any = 0, milliseconds: Any = 0,
                 minutes: Any = 0, hours: Any = 0, weeks: Any = 0) -> None:
        # Summed as CPython's C code sums them: whole parts exactly, the float fractions of
        # microseconds left over and rounded once at the end, half to even.
        total = 0
        leftover = 0.0
        for tag, value, factor in (("microseconds", microseconds, 1), ("milliseconds", milliseconds, 1000),
                                   ("seconds", seconds, 1000000), ("minutes", minutes, 60000000),
                                   ("hours", hours, 3600000000), ("days", days, _US_PER_DAY),
                                   ("weeks", weeks, 7 * _US_PER_DAY)):
            if isinstance(value, int):
                total += int(value) * factor
            elif isinstance(value, float):
                if value != 0.0:
                    whole = math.trunc(value)
                    total += whole * factor
                    fraction = value - whole
                    if fraction != 0.0:
                        scaled = fraction * float(factor)
                        scaled_whole = math.trunc(scaled)
                        total += scaled_whole
                        leftover += scaled - scaled_whole
            else:
                raise TypeError(f"unsupported type for timedelta {tag} component: {type(value).__name__}")
        if leftover != 0.0:
            rounded = _round_half_away(leftover)
            if abs(rounded - leftover) == 0.5:
                odd = total % 2
                rounded = 2.0 * _round_half_away((leftover + odd) * 0.5) - odd
            total += int(rounded)
        self._days, self._seconds, self._microseconds = _split(total)

    @property
    def days(self) -> int:
        return self._days

    @property
    def seconds(self) -> int:
        return self._seconds

    @property
    def microseconds(self) -> int:
        return self._microseconds

    def _total(self) -> int:
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self) -> float:
        return self._total() / 1000000

    def __repr__(self) -> str:
        parts = []
        if self._days:
            parts.append(f"days={self._days}")
        if self._seconds:
            parts.append(f"seconds={self._seconds}")
        if self._microseconds:
            parts.append(f"microseconds={self._microseconds}")
        name = "datetime.timedelta" if type(self) is timedelta else type(self).__name__
        return name + "(" + (", ".join(parts) if parts else "0") + ")"

    def __str__(self) -> str:
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = f"{hours}:{minutes:02d}:{seconds:02d}"
        if self._days:
            text = f"{self._days} day{'s' if abs(self._days) != 1 else ''}, " + text
        if self._microseconds:
            text += f".{self._microseconds:06d}"
        return text

    def __format__(self, spec: Any) -> str:
        if spec:
            raise TypeError(f"unsupported format string passed to {type(self).__name__}.__format__")
        return str(self)

    def __add__(self, other: Any) -> Any:
        if isinstance(other, timedelta):
            return _delta(self._total() + other._total())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other: Any) -> Any:
        if isinstance(other, timedelta):
            return _delta(self._total() - other._total())
        return NotImplemented

    def __rsub__(self, other: Any) -> Any:
        if isinstance(other, timedelta):
            return _delta(other._total() - self._total())
        return NotImplemented

    def __neg__(self) -> "timedelta":
        return _delta(-self._total())

    def __pos__(self) -> "timedelta":
        return _delta(self._total())

    def __abs__(self) -> "timedelta":
        return _delta(abs(self._total()))

    def __mul__(self, other: Any) -> Any:
        if isinstance(other, int):
            return _delta(self._total() * int(other))
        if isinstance(other, float):
            n, d = _ratio(other)
            return _delta(_divide_nearest(self._total() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other: Any) -> Any:
        if isinstance(other, timedelta):
            if other._total() == 0:
                raise ZeroDivisionError("division by zero")
            return self._total() / other._total()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta(_divide_nearest(self._total() * (1 if other > 0 else -1), abs(int(other))))
        if isinstance(other, float):
            n, d = _ratio(other)
            if n == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            if n < 0:
                n, d = -n, -d
            return _delta(_divide_nearest(self._total() * d, n))
        return NotImplemented

    def __floordiv__(self, other: Any) -> Any:
        if isinstance(other, timedelta):
            if other._total() == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._total() // other._total()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta(self._total() // int(other))
        return NotImplemented

    def __mod__(self, other: Any) -> Any:
        if isinstance(other, timedelta):
            if other._total() == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return _delta(self._total() % other._total())
        return NotImplemented

    def __divmod__(self, other: Any) -> Any:
        if isinstance(other, timedelta):
            if other._total() == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._total(), other._total())
            return (q, _delta(r))
        return NotImplemented

    def __eq__(self, other: Any) -> Any:
        if isinstance(other, timedelta):
            return self._total() == other._total()
        return NotImplemented

    def __ne__(self, other: Any) -> Any:
        if isinstance(other, timedelta):
            return self._total() != other._total()
        return NotImplemented

    def __lt__(self, other: Any) -> Any:
        return self._total() < other._total() if isinstance(other, timedelta) else NotImplemented

    def __le__(self, other: Any) -> Any:
        return self._total() <= other._total() if isinstance(other, timedelta) else NotImplemented

    def __gt__(self, other: Any) -> Any:
        return self._total() > other._total() if isinstance(other, timedelta) else NotImplemented

    def __ge__(self, other: Any) -> Any:
        return self._total() >= other._total() if isinstance(other, timedelta) else NotImplemented

    def __hash__(self) -> int:
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self) -> bool:
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0


def _ratio(x: float) -> tuple:
    """The exact (numerator, denominator) of a float (ValueError/OverflowError for nan/inf)."""
    if math.isnan(x):
        raise ValueError("cannot convert NaN to integer ratio")
    if math.isinf(x):
        raise OverflowError("cannot convert Infinity to integer ratio")
    mantissa, exponent = math.frexp(x)
    n = int(mantissa * 9007199254740992)  # 2**53: exact
    exponent -= 53
    if exponent >= 0:
        return (n * 2 ** exponent, 1)
    d = 2 ** -exponent
    while n % 2 == 0 and d > 1:
        n //= 2
        d //= 2
    return (n, d)


def _split(total: int) -> tuple:
    days, rest = divmod(total, _US_PER_DAY)
    if not -2147483648 <= days <= 2147483647:  # CPython holds days in a C int first
        raise OverflowError("Python int too large to convert to C int")
    if abs(days) > _MAX_DAYS:
        raise OverflowError(f"days={days}; must have magnitude <= {_MAX_DAYS}")
    seconds, microseconds = divmod(rest, 1000000)
    return (days, seconds, microseconds)


def _delta(total: int) -> timedelta:
    result = object.__new__(timedelta)
    result._days, result._seconds, result._microseconds = _split(total)
    return result


timedelta.min = _delta(-_MAX_DAYS * _US_PER_DAY)
timedelta.max = _delta((_MAX_DAYS + 1) * _US_PER_DAY - 1)
timedelta.resolution = _delta(1)


def _local_fields(timestamp: Any) -> tuple:
    """(y, m, d, H, M, S, us) in local time of a POSIX timestamp (CPython's rounding: half even)."""
    if isinstance(timestamp, int):
        whole, microsecond = int(timestamp), 0
    elif isinstance(timestamp, float):
        whole = math.trunc(timestamp)
        microsecond = round((timestamp - whole) * 1e6)
        if microsecond >= 1000000:
            whole += 1
            microsecond -= 1000000
        elif microsecond < 0:
            whole -= 1
            microsecond += 1000000
    else:
        raise TypeError(f"'{type(timestamp).__name__}' object cannot be interpreted as an integer")
    return (whole, microsecond)


def _now_timestamp() -> float:
    return _pm_clock_now() / 1000


class date:
    """A day of the proleptic Gregorian calendar."""

    def __init__(self, year: Any, month: Any, day: Any) -> None:
        self._year, self._month, self._day = check_date(year, month, day)

    @property
    def year(self) -> int:
        return self._year

    @property
    def month(self) -> int:
        return self._month

    @property
    def day(self) -> int:
        return self._day

    @classmethod
    def fromordinal(cls, n: Any) -> Any:
        n = check_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > MAX_ORDINAL:
            raise ValueError(f"year {from_ordinal(n)[0]} is out of range")
        y, m, d = from_ordinal(n)
        return cls(y, m, d)

    @classmethod
    def fromtimestamp(cls, timestamp: Any) -> Any:
        whole, _ = _local_fields(timestamp)
        fields = _pm_clock_local(whole)
        if fields is None:
            raise OverflowError("timestamp out of range for platform time_t")
        return cls(fields[0], fields[1], fields[2])

    @classmethod
    def today(cls) -> Any:
        return cls.fromtimestamp(_now_timestamp())

    @classmethod
    def fromisoformat(cls, text: Any) -> Any:
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            parsed = parse_iso_date(text)
        except ValueError:
            raise ValueError(f"Invalid isoformat string: {text!r}") from None
        if parsed[0] == "W":
            return cls.fromisocalendar(parsed[1], parsed[2], parsed[3])
        return cls(parsed[0], parsed[1], parsed[2])

    @classmethod
    def fromisocalendar(cls, year: Any, week: Any, day: Any) -> Any:
        year, week, day = check_int(year), check_int(week), check_int(day)
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError(f"Year is out of range: {year}")
        if not 0 < week < 53:
            long_year = week == 53 and iso_calendar(ordinal(year, 12, 28))[1] == 53
            if not long_year:
                raise ValueError(f"Invalid week: {week}")
        if not 0 < day < 8:
            raise ValueError(f"Invalid day: {day} (range is [1, 7])")
        y, m, d = from_ordinal(iso_week1_monday(year) + (week - 1) * 7 + day - 1)
        return cls(y, m, d)

    def toordinal(self) -> int:
        return ordinal(self._year, self._month, self._day)

    def weekday(self) -> int:
        return _weekday(self.toordinal())

    def isoweekday(self) -> int:
        return _weekday(self.toordinal()) + 1

    def isocalendar(self) -> Any:
        y, w, d = iso_calendar(self.toordinal())
        return IsoCalendarDate(y, w, d)

    def isoformat(self) -> str:
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    def _fields(self) -> tuple:
        return (self._year, self._month, self._day, 0, 0, 0, 0)

    def strftime(self, fmt: Any) -> str:
        return _strftime(fmt, self._fields())

    def __format__(self, spec: Any) -> str:
        if spec is None:  # format(x) without a spec
            spec = ""
        if not isinstance(spec, str):
            raise TypeError(f"must be str, not {type(spec).__name__}")
        return self.strftime(spec) if spec else str(self)

    def ctime(self) -> str:
        return _strftime("%a %b %e %H:%M:%S %Y", self._fields())

    def replace(self, year: Any = None, month: Any = None, day: Any = None) -> Any:
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def __repr__(self) -> str:
        name = "datetime.date" if type(self) is date else type(self).__name__
        return f"{name}({self._year}, {self._month}, {self._day})"

    def __str__(self) -> str:
        return self.isoformat()

    def __add__(self, other: Any) -> Any:
        if isinstance(other, timedelta):
            n = self.toordinal() + other._days
            if not 0 < n <= MAX_ORDINAL:
                raise OverflowError("date value out of range")
            y, m, d = from_ordinal(n)
            return type(self)(y, m, d)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other: Any) -> Any:
        if isinstance(other, timedelta):
            return self + _delta(-other._days * _US_PER_DAY)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _delta((self.toordinal() - other.toordinal()) * _US_PER_DAY)
        return NotImplemented

    def _key(self, other: Any) -> Any:
        """The two dates' keys to compare, or None (NotImplemented)."""
        if isinstance(other, datetime):
            return None
        if isinstance(other, date):
            return ((self._year, self._month, self._day), (other._year, other._month, other._day))
        return None

    def __eq__(self, other: Any) -> Any:
        keys = self._key(other)
        return NotImplemented if keys is None else keys[0] == keys[1]

    def __ne__(self, other: Any) -> Any:
        keys = self._key(other)
        return NotImplemented if keys is None else keys[0] != keys[1]

    def _ordered(self, other: Any) -> Any:
        if isinstance(other, datetime):
            raise TypeError(f"can't compare {_tpname(other)} to {_tpname(self)}")
        return self._key(other)

    def __lt__(self, other: Any) -> Any:
        keys = self._ordered(other)
        return NotImplemented if keys is None else keys[0] < keys[1]

    def __le__(self, other: Any) -> Any:
        keys = self._ordered(other)
        return NotImplemented if keys is None else keys[0] <= keys[1]

    def __gt__(self, other: Any) -> Any:
        keys = self._ordered(other)
        return NotImplemented if keys is None else keys[0] > keys[1]

    def __ge__(self, other: Any) -> Any:
        keys = self._ordered(other)
        return NotImplemented if keys is None else keys[0] >= keys[1]

    def __hash__(self) -> int:
        return hash((self._year, self._month, self._day))


def _tpname(x: Any) -> str:
    cls = type(x)
    if cls is datetime or cls is date or cls is time or cls is timedelta:
        return "datetime." + cls.__name__
    return cls.__name__


class time:
    """A time of day."""

    def __init__(self, hour: Any = 0, minute: Any = 0, second: Any = 0, microsecond: Any = 0,
                 tzinfo: Any = None, *, fold: Any = 0) -> None:
        _no_tzinfo(tzinfo)
        self._hour, self._minute, self._second, self._microsecond, self._fold = \
            check_time(hour, minute, second, microsecond, fold)

    @property
    def hour(self) -> int:
        return self._hour

    @property
    def minute(self) -> int:
        return self._minute

    @property
    def second(self) -> int:
        return self._second

    @property
    def microsecond(self) -> int:
        return self._microsecond

    @property
    def tzinfo(self) -> Any:
        return None

    @property
    def fold(self) -> int:
        return self._fold

    @classmethod
    def fromisoformat(cls, text: Any) -> Any:
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            h, m, s, us = parse_iso_time(text[1:] if text[:1] == "T" else text)
        except ValueError:
            raise ValueError(f"Invalid isoformat string: {text!r}") from None
        return cls(h, m, s, us)

    def utcoffset(self) -> Any:
        return None  # naive

    def tzname(self) -> Any:
        return None

    def dst(self) -> Any:
        return None

    def _clock(self) -> tuple:
        return (self._hour, self._minute, self._second, self._microsecond)

    def isoformat(self, timespec: str = "auto") -> str:
        return _iso_time(self._clock(), timespec)

    def strftime(self, fmt: Any) -> str:
        return _strftime(fmt, (1900, 1, 1) + self._clock())

    def __format__(self, spec: Any) -> str:
        if spec is None:  # format(x) without a spec
            spec = ""
        if not isinstance(spec, str):
            raise TypeError(f"must be str, not {type(spec).__name__}")
        return self.strftime(spec) if spec else str(self)

    def replace(self, hour: Any = None, minute: Any = None, second: Any = None, microsecond: Any = None,
                tzinfo: Any = None, *, fold: Any = None) -> Any:
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond, tzinfo,
                          fold=self._fold if fold is None else fold)

    def __repr__(self) -> str:
        name = "datetime.time" if type(self) is time else type(self).__name__
        return name + "(" + _clock_args(self._clock()) + ")"

    def __str__(self) -> str:
        return self.isoformat()

    def _key(self, other: Any) -> Any:
        return (self._clock(), other._clock()) if isinstance(other, time) else None

    def __eq__(self, other: Any) -> Any:
        keys = self._key(other)
        return NotImplemented if keys is None else keys[0] == keys[1]

    def __ne__(self, other: Any) -> Any:
        keys = self._key(other)
        return NotImplemented if keys is None else keys[0] != keys[1]

    def __lt__(self, other: Any) -> Any:
        keys = self._key(other)
        return NotImplemented if keys is None else keys[0] < keys[1]

    def __le__(self, other: Any) -> Any:
        keys = self._key(other)
        return NotImplemented if keys is None else keys[0] <= keys[1]

    def __gt__(self, other: Any) -> Any:
        keys = self._key(other)
        return NotImplemented if keys is None else keys[0] > keys[1]

    def __ge__(self, other: Any) -> Any:
        keys = self._key(other)
        return NotImplemented if keys is None else keys[0] >= keys[1]

    def __hash__(self) -> int:
        return hash(self._clock())

    def __bool__(self) -> bool:
        return True


def _no_tzinfo(tzinfo: Any) -> None:
    # Games have no tzinfo classes (timezone is not offered): anything given is not one.
    if tzinfo is not None:
        raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{type(tzinfo).__name__}'")


def _clock_args(clock: tuple) -> str:
    h, m, s, us = clock
    text = f"{h}, {m}"
    if s or us:
        text += f", {s}"
    if us:
        text += f", {us}"
    return text


def _iso_time(clock: tuple, timespec: str) -> str:
    h, m, s, us = clock
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return f"{h:02d}"
    if timespec == "minutes":
        return f"{h:02d}:{m:02d}"
    if timespec == "seconds":
        return f"{h:02d}:{m:02d}:{s:02d}"
    if timespec == "milliseconds":
        return f"{h:02d}:{m:02d}:{s:02d}.{us // 1000:03d}"
    if timespec == "microseconds":
        return f"{h:02d}:{m:02d}:{s:02d}.{us:06d}"
    raise ValueError("Unknown timespec value")


def _iso_calendar_date() -> Any:
    """(year, week, weekday) with names, printed `datetime.IsoCalendarDate(year=…, …)`."""
    from collections import namedtuple

    class IsoCalendarDate(namedtuple("IsoCalendarDate", ["year", "week", "weekday"])):
        def __repr__(self) -> str:
            return f"datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})"

    return IsoCalendarDate


IsoCalendarDate = _iso_calendar_date()


class datetime(date):
    """A date and a time of day (naive: local time)."""

    def __init__(self, year: Any, month: Any, day: Any, hour: Any = 0, minute: Any = 0, second: Any = 0,
                 microsecond: Any = 0, tzinfo: Any = None, *, fold: Any = 0) -> None:
        self._year, self._month, self._day = check_date(year, month, day)
        _no_tzinfo(tzinfo)
        self._hour, self._minute, self._second, self._microsecond, self._fold = \
            check_time(hour, minute, second, microsecond, fold)

    @property
    def hour(self) -> int:
        return self._hour

    @property
    def minute(self) -> int:
        return self._minute

    @property
    def second(self) -> int:
        return self._second

    @property
    def microsecond(self) -> int:
        return self._microsecond

    @property
    def tzinfo(self) -> Any:
        return None

    @property
    def fold(self) -> int:
        return self._fold

    @classmethod
    def fromordinal(cls, n: Any) -> Any:
        d = date.fromordinal(n)
        return cls(d.year, d.month, d.day)

    @classmethod
    def fromtimestamp(cls, timestamp: Any, tz: Any = None) -> Any:
        if tz is not None:
            raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{type(tz).__name__}'")
        whole, microsecond = _local_fields(timestamp)
        fields = _pm_clock_local(whole)
        if fields is None:
            raise OverflowError("timestamp out of range for platform time_t")
        return cls(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], microsecond)

    @classmethod
    def utcfromtimestamp(cls, timestamp: Any) -> Any:
        whole, microsecond = _local_fields(timestamp)
        days, seconds = divmod(whole, 86400)
        y, m, d = from_ordinal(EPOCH_ORDINAL + days)
        return cls(y, m, d, seconds // 3600, seconds // 60 % 60, seconds % 60, microsecond)

    @classmethod
    def now(cls, tz: Any = None) -> Any:
        return cls.fromtimestamp(_now_timestamp(), tz)

    @classmethod
    def today(cls) -> Any:
        return cls.fromtimestamp(_now_timestamp())

    @classmethod
    def utcnow(cls) -> Any:
        return cls.utcfromtimestamp(_now_timestamp())

    @classmethod
    def combine(cls, day: Any, clock: Any, tzinfo: Any = None) -> Any:
        if not isinstance(day, date):
            raise TypeError(f"combine() argument 1 must be datetime.date, not {type(day).__name__}")
        if not isinstance(clock, time):
            raise TypeError(f"combine() argument 2 must be datetime.time, not {type(clock).__name__}")
        return cls(day.year, day.month, day.day, clock.hour, clock.minute, clock.second, clock.microsecond,
                   tzinfo, fold=clock.fold)

    @classmethod
    def fromisoformat(cls, text: Any) -> Any:
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            cut = 10 if text[4:5] == "-" else 8
            if text[4:5] == "W" or text[5:6] == "W":
                cut = len(text) if len(text) <= 10 else (10 if text[4:5] == "-" else 8)
            parsed = parse_iso_date(text[:cut])
            clock = (0, 0, 0, 0)
            if len(text) > cut:
                clock = parse_iso_time(text[cut + 1:])
        except ValueError:
            raise ValueError(f"Invalid isoformat string: {text!r}") from None
        if parsed[0] == "W":
            day = date.fromisocalendar(parsed[1], parsed[2], parsed[3])
            parsed = (day.year, day.month, day.day)
        return cls(parsed[0], parsed[1], parsed[2], clock[0], clock[1], clock[2], clock[3])

    @classmethod
    def strptime(cls, text: Any, fmt: Any) -> Any:
        y, m, d, hh, mm, ss, us = _strptime(text, fmt)
        return cls(y, m, d, hh, mm, ss, us)

    def date(self) -> date:
        return date(self._year, self._month, self._day)

    def time(self) -> time:
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def utcoffset(self) -> Any:
        return None  # naive

    def tzname(self) -> Any:
        return None

    def dst(self) -> Any:
        return None

    def _clock(self) -> tuple:
        return (self._hour, self._minute, self._second, self._microsecond)

    def _fields(self) -> tuple:
        return (self._year, self._month, self._day) + self._clock()

    def _total(self) -> int:
        """Microseconds since 0001-01-01 00:00."""
        seconds = self._hour * 3600 + self._minute * 60 + self._second
        return (self.toordinal() * 86400 + seconds) * 1000000 + self._microsecond

    def timestamp(self) -> float:
        return _pm_clock_epoch(self._year, self._month, self._day, self._hour, self._minute,
                               self._second) + self._microsecond / 1e6

    def isoformat(self, sep: str = "T", timespec: str = "auto") -> str:
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not " + type(sep).__name__)
        return date.isoformat(self) + sep + _iso_time(self._clock(), timespec)

    def ctime(self) -> str:
        return _strftime("%a %b %e %H:%M:%S %Y", self._fields())

    def replace(self, year: Any = None, month: Any = None, day: Any = None, hour: Any = None,
                minute: Any = None, second: Any = None, microsecond: Any = None, tzinfo: Any = None, *,
                fold: Any = None) -> Any:
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond, tzinfo,
                          fold=self._fold if fold is None else fold)

    def __repr__(self) -> str:
        name = "datetime.datetime" if type(self) is datetime else type(self).__name__
        return f"{name}({self._year}, {self._month}, {self._day}, " + _clock_args(self._clock()) + ")"

    def __str__(self) -> str:
        return self.isoformat(" ")

    def __add__(self, other: Any) -> Any:
        if isinstance(other, timedelta):
            total = self._total() + other._total()
            days, rest = divmod(total, _US_PER_DAY)
            if not 0 < days <= MAX_ORDINAL:
                raise OverflowError("date value out of range")
            y, m, d = from_ordinal(days)
            seconds, us = divmod(rest, 1000000)
            return type(self)(y, m, d, seconds // 3600, seconds // 60 % 60, seconds % 60, us)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other: Any) -> Any:
        if isinstance(other, timedelta):
            return self + (-other)
        if isinstance(other, datetime):
            return _delta(self._total() - other._total())
        return NotImplemented

    def _key(self, other: Any) -> Any:
        if isinstance(other, datetime):
            return (self._total(), other._total())
        return None

    def _ordered(self, other: Any) -> Any:
        if isinstance(other, date) and not isinstance(other, datetime):
            raise TypeError(f"can't compare {_tpname(self)} to {_tpname(other)}")
        return self._key(other)

    def __hash__(self) -> int:
        return hash(self._fields())


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = _delta(_US_PER_DAY)
time.min = time(0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = _delta(1)
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = _delta(1)

# CPython's names of these types in its messages ('datetime.date' and 'int').
timedelta._pm_tpname = "datetime.timedelta"
date._pm_tpname = "datetime.date"
time._pm_tpname = "datetime.time"
datetime._pm_tpname = "datetime.datetime"
