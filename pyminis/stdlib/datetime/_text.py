"""datetime's text: strftime as CPython on glibc in the C locale (with `%f` and glibc's `-` flag),
strptime as CPython's _strptime (the same patterns, through pyminis' re), ISO 8601 parsing."""

from typing import Any

from datetime._calendar import (DAY_NAMES, MONTH_NAMES, from_ordinal, is_leap, iso_calendar,  # type: ignore[import-not-found]
                                iso_week1_monday, ordinal, weekday)

__all__ = ["parse_iso_date", "parse_iso_time", "strftime", "strptime"]

# Codes glibc writes in terms of others (C locale).
_COMPOSITE = {"c": "%a %b %e %H:%M:%S %Y", "D": "%m/%d/%y", "F": "%Y-%m-%d", "r": "%I:%M:%S %p",
              "R": "%H:%M", "T": "%H:%M:%S", "x": "%m/%d/%y", "X": "%H:%M:%S", "h": "%b"}


def _number(value: int, width: int, pad: str, flag: str) -> str:
    if flag == "-":
        return str(value)
    text = str(value)
    return pad * (width - len(text)) + text if len(text) < width else text


def strftime(fmt: str, fields: tuple) -> str:
    """`fields`: (year, month, day, hour, minute, second, microsecond)."""
    if not isinstance(fmt, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(fmt).__name__}")
    year, month, day, hour, minute, second, microsecond = fields
    n = ordinal(year, month, day)
    wday = weekday(n)  # Monday 0
    yday = n - ordinal(year, 1, 1)  # 0-based
    out: list = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c != "%" or i + 1 >= len(fmt):
            out.append(c)
            i += 1
            continue
        flag = ""
        code = fmt[i + 1]
        if code == "-" and i + 2 < len(fmt):
            flag = "-"
            code = fmt[i + 2]
            i += 1
        i += 2
        if code in _COMPOSITE:
            out.append(strftime(_COMPOSITE[code], fields))
        elif code == "a":
            out.append(DAY_NAMES[wday][:3])
        elif code == "A":
            out.append(DAY_NAMES[wday])
        elif code == "b":
            out.append(MONTH_NAMES[month - 1][:3])
        elif code == "B":
            out.append(MONTH_NAMES[month - 1])
        elif code == "C":
            out.append(str(year // 100))
        elif code == "d":
            out.append(_number(day, 2, "0", flag))
        elif code == "e":
            out.append(_number(day, 2, " ", flag))
        elif code == "f":
            out.append(_number(microsecond, 6, "0", flag))
        elif code == "g":
            out.append(_number(iso_calendar(n)[0] % 100, 2, "0", flag))
        elif code == "G":
            out.append(str(iso_calendar(n)[0]))
        elif code == "H":
            out.append(_number(hour, 2, "0", flag))
        elif code == "I":
            out.append(_number((hour + 11) % 12 + 1, 2, "0", flag))
        elif code == "j":
            out.append(_number(yday + 1, 3, "0", flag))
        elif code == "k":
            out.append(_number(hour, 2, " ", flag))
        elif code == "l":
            out.append(_number((hour + 11) % 12 + 1, 2, " ", flag))
        elif code == "m":
            out.append(_number(month, 2, "0", flag))
        elif code == "M":
            out.append(_number(minute, 2, "0", flag))
        elif code == "n":
            out.append("\n")
        elif code == "p":
            out.append("AM" if hour < 12 else "PM")
        elif code == "P":
            out.append("am" if hour < 12 else "pm")
        elif code == "S":
            out.append(_number(second, 2, "0", flag))
        elif code == "t":
            out.append("\t")
        elif code == "u":
            out.append(str(wday + 1))
        elif code == "U":
            out.append(_number((yday + 7 - (wday + 1) % 7) // 7, 2, "0", flag))
        elif code == "V":
            out.append(_number(iso_calendar(n)[1], 2, "0", flag))
        elif code == "w":
            out.append(str((wday + 1) % 7))
        elif code == "W":
            out.append(_number((yday + 7 - wday) // 7, 2, "0", flag))
        elif code == "y":
            out.append(_number(year % 100, 2, "0", flag))
        elif code == "Y":
            out.append(str(year))
        elif code in ("z", "Z"):
            pass  # naive: no offset, no zone name
        elif code == "%":
            out.append("%")
        else:
            out.append("%" + flag + code)  # glibc keeps what it does not know
    return "".join(out)


# strptime: CPython's patterns per directive (C locale).
_PATTERNS = {
    "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "W": r"(?P<W>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "%": "%",
}
_STRPTIME_COMPOSITE = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}


def _names(group: str, names: list) -> str:
    ordered = sorted([n.lower() for n in names], key=len, reverse=True)
    return "(?P<" + group + ">" + "|".join(ordered) + ")"


def _pattern(fmt: str, original: str) -> str:
    import re
    out: list = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c != "%":
            if c.isspace():
                while i + 1 < len(fmt) and fmt[i + 1].isspace():
                    i += 1
                out.append(r"\s+")
            else:
                out.append(re.escape(c) if c in "\\.^$*+?(){}[]|" else c)
            i += 1
            continue
        if i + 1 >= len(fmt):
            raise ValueError(f"stray % in format '{original}'")
        code = fmt[i + 1]
        i += 2
        if code in _PATTERNS:
            out.append(_PATTERNS[code])
        elif code in _STRPTIME_COMPOSITE:
            out.append(_pattern(_STRPTIME_COMPOSITE[code], original))
        elif code == "A":
            out.append(_names("A", DAY_NAMES))
        elif code == "a":
            out.append(_names("a", [d[:3] for d in DAY_NAMES]))
        elif code == "B":
            out.append(_names("B", MONTH_NAMES))
        elif code == "b":
            out.append(_names("b", [m[:3] for m in MONTH_NAMES]))
        elif code == "p":
            out.append("(?P<p>am|pm)")
        else:
            raise ValueError(f"'{code}' is a bad directive in format '{original}'")
    return "".join(out)


def strptime(text: Any, fmt: Any) -> tuple:
    """(year, month, day, hour, minute, second, microsecond) read from `text`."""
    import re
    for value in (text, fmt):
        if not isinstance(value, str):
            raise TypeError(f"strptime() argument 1 must be str, not {type(value).__name__}")
    found = re.match(_pattern(fmt, fmt), text, re.IGNORECASE)
    if found is None:
        raise ValueError(f"time data {text!r} does not match format {fmt!r}")
    if found.end() != len(text):
        raise ValueError("unconverted data remains: " + text[found.end():])
    got = found.groupdict()
    year = None
    month = day = 1
    hour = minute = second = microsecond = 0
    day_of_week = week = julian = iso_year = iso_week = None
    if "y" in got:
        year = int(got["y"])
        year += 2000 if year <= 68 else 1900
    if "Y" in got:
        year = int(got["Y"])
    if "G" in got:
        iso_year = int(got["G"])
    if "m" in got:
        month = int(got["m"])
    for key, width in (("B", 0), ("b", 3)):
        if key in got:
            month = [(m[:width] if width else m).lower() for m in MONTH_NAMES].index(got[key].lower()) + 1
    if "d" in got:
        day = int(got["d"])
    if "H" in got:
        hour = int(got["H"])
    if "I" in got:
        hour = int(got["I"])
        ampm = got.get("p", "").lower()
        if ampm in ("", "am"):
            if hour == 12:
                hour = 0
        elif hour != 12:
            hour += 12
    if "M" in got:
        minute = int(got["M"])
    if "S" in got:
        second = int(got["S"])
    if "f" in got:
        microsecond = int(got["f"] + "0" * (6 - len(got["f"])))
    for key, width in (("A", 0), ("a", 3)):
        if key in got:
            day_of_week = [(d[:width] if width else d).lower() for d in DAY_NAMES].index(got[key].lower())
    if "w" in got:
        day_of_week = (int(got["w"]) - 1) % 7
    if "u" in got:
        day_of_week = int(got["u"]) - 1
    if "j" in got:
        julian = int(got["j"])
    starts_monday = "W" in got
    if "U" in got or "W" in got:
        week = int(got["W" if starts_monday else "U"])
    if "V" in got:
        iso_week = int(got["V"])
    if iso_year is not None and (julian is not None or iso_week is None or day_of_week is None):
        raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' "
                         "and a weekday directive ('%A', '%a', '%w', or '%u').")
    if iso_week is not None and iso_year is None:
        if year is not None and day_of_week is not None:
            raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                             "Use the ISO year '%G' instead.")
        raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' "
                         "and a weekday directive ('%A', '%a', '%w', or '%u').")
    leap_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904  # a leap year, so that 29 February parses; the result's year is 1900 again
        leap_fix = True
    elif year is None:
        year = 1900
    if julian is None and day_of_week is not None:
        if week is not None:
            first = weekday(ordinal(year, 1, 1))
            dow = day_of_week
            if not starts_monday:
                first = (first + 1) % 7
                dow = (dow + 1) % 7
            week0 = (7 - first) % 7
            julian = 1 + dow - first if week == 0 else 1 + week0 + 7 * (week - 1) + dow
        elif iso_year is not None and iso_week is not None:
            n = iso_week1_monday(iso_year) + 7 * (iso_week - 1) + day_of_week
            year, month, day = from_ordinal(n)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if is_leap(year) else 365
    if julian is not None:
        year, month, day = from_ordinal(julian - 1 + ordinal(year, 1, 1))
    if leap_fix:
        year = 1900
    return (year, month, day, hour, minute, second, microsecond)


def _digits(text: str, start: int, count: int) -> int:
    part = text[start:start + count]
    if len(part) != count or not all("0" <= c <= "9" for c in part):
        raise ValueError
    return int(part)


def parse_iso_date(text: str) -> tuple:
    """(year, month, day) of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]."""
    year = _digits(text, 0, 4)
    rest = text[4:]
    dashed = rest[:1] == "-"
    if dashed:
        rest = rest[1:]
    if rest[:1] == "W":
        week = _digits(rest, 1, 2)
        rest = rest[3:]
        day = 1
        if rest:
            if dashed:
                if rest[0] != "-":
                    raise ValueError
                rest = rest[1:]
            if len(rest) != 1:
                raise ValueError
            day = _digits(rest, 0, 1)
        return ("W", year, week, day)
    if dashed:
        if len(rest) != 5 or rest[2] != "-":
            raise ValueError
        return (year, _digits(rest, 0, 2), _digits(rest, 3, 2))
    if len(rest) != 4:
        raise ValueError
    return (year, _digits(rest, 0, 2), _digits(rest, 2, 2))


def parse_iso_time(text: str) -> tuple:
    """(hour, minute, second, microsecond) of HH[:MM[:SS[.f…]]] or HH[MM[SS[.f…]]]."""
    colons = ":" in text
    fields = [_digits(text, 0, 2)]
    i = 2
    while i < len(text) and len(fields) < 3 and text[i] not in ".,":
        if colons:
            if text[i] != ":":
                raise ValueError
            i += 1
        fields.append(_digits(text, i, 2))
        i += 2
    microsecond = 0
    if i < len(text):
        if text[i] not in ".," or len(fields) < 3:
            raise ValueError
        digits = text[i + 1:]
        if not digits or not all("0" <= c <= "9" for c in digits):
            raise ValueError
        microsecond = int((digits + "00000")[:6])
    while len(fields) < 3:
        fields.append(0)
    return (fields[0], fields[1], fields[2], microsecond)
