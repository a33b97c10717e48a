"""io for games: staged as the game's `io` when it imports it.

StringIO as CPython 3.11's: text kept in memory, read and written at a position (a new
StringIO starts at 0, so a write overwrites its initial value), `newline` translated as
CPython's, iteration by lines, `with`, and `print(..., file=buf)` (print calls its write).
Games have no files: open() and the binary and file classes do not exist here.
"""

from typing import Any

from _pmrt import _pm_abc_register, _pm_stream  # type: ignore[import-not-found]

__all__ = ["IOBase", "TextIOBase", "StringIO", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR",
           "SEEK_END"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    """The base of io's streams (isinstance, annotations); abstract as CPython's: register()
    makes virtual subclasses (pmrt/virtual_subclasses.js)."""

    __pm_abstract__ = True

    @classmethod
    def register(cls, subclass: Any) -> Any:
        return _pm_abc_register(cls, subclass)


class TextIOBase(IOBase):
    """The base of text streams (isinstance, annotations)."""


_pm_abc_register(TextIOBase, type(_pm_stream("stdout")))  # sys.stdout and sys.stderr are text streams


def _index(value: Any) -> int:
    if value is None:
        return -1
    if not isinstance(value, int):
        raise TypeError(f"argument should be integer or None, not '{type(value).__name__}'")
    return value


class StringIO(TextIOBase):
    def __init__(self, initial_value: Any = "", newline: Any = "\n") -> None:
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        self._text = ""  # what is written, as one string…
        self._tail: list = []  # …followed by what was appended at its end since (joined on demand)
        self._size = 0  # len(self._value())
        self._pos = 0
        self._closed = False
        if initial_value:
            self._write(initial_value)
            self._pos = 0

    # The text: appends at the end are kept in a list, so print(..., file=buf) in a loop does
    # not copy the whole text on every write.
    def _value(self) -> str:
        if self._tail:
            self._text = self._text + "".join(self._tail)
            self._tail = []
        return self._text

    def _check(self) -> None:
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def _check_base(self) -> None:
        """The check of the methods CPython's StringIO takes from IOBase (worded with a period)."""
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def _translate(self, s: str) -> str:
        if self._newline is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if self._newline in ("\r", "\r\n"):
            return s.replace("\n", self._newline)
        return s

    def _write(self, s: str) -> int:
        n = len(s)
        s = self._translate(s)
        if self._pos == self._size:
            self._tail.append(s)
        else:
            text = self._value()
            if self._pos > self._size:
                text = text + "\0" * (self._pos - self._size)
            self._text = text[:self._pos] + s + text[self._pos + len(s):]
        self._pos += len(s)
        self._size = max(self._size, self._pos)
        return n

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def newlines(self) -> Any:
        return None

    @property
    def line_buffering(self) -> bool:
        return False

    def write(self, s: Any) -> int:
        self._check()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        return self._write(s)

    def writelines(self, lines: Any) -> None:
        self._check_base()
        for line in lines:
            self.write(line)

    def getvalue(self) -> str:
        self._check()
        return self._value()

    def read(self, size: Any = -1) -> str:
        self._check()
        n = _index(size)
        text = self._value()
        start = min(self._pos, len(text))
        end = len(text) if n < 0 else min(len(text), start + n)
        self._pos = max(self._pos, end)
        return text[start:end]

    def _line_end(self, text: str, start: int) -> int:
        """Where the line starting at `start` ends (after its terminator), or len(text)."""
        if self._newline == "":
            for i in range(start, len(text)):
                c = text[i]
                if c == "\n":
                    return i + 1
                if c == "\r":
                    return i + 2 if text[i + 1:i + 2] == "\n" else i + 1
            return len(text)
        end = self._newline if self._newline else "\n"
        found = text.find(end, start)
        return len(text) if found < 0 else found + len(end)

    def readline(self, size: Any = -1) -> str:
        self._check()
        n = _index(size)
        text = self._value()
        start = min(self._pos, len(text))
        end = self._line_end(text, start)
        if n >= 0:
            end = min(end, start + n)
        self._pos = max(self._pos, end)
        return text[start:end]

    def readlines(self, hint: Any = -1) -> list:
        self._check_base()
        n = _index(hint)
        lines: list = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < n <= total:
                return lines

    def seek(self, pos: Any, whence: int = 0) -> int:
        self._check()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence not in (0, 1, 2):
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        if whence == 0 and pos < 0:
            raise ValueError(f"Negative seek position {pos}")
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")  # CPython's words for both
        if whence == 0:
            self._pos = pos
        elif whence == 2:
            self._pos = self._size
        return self._pos

    def tell(self) -> int:
        self._check()
        return self._pos

    def truncate(self, size: Any = None) -> int:
        self._check()
        n = self._pos if size is None else _index(size)
        if n < 0:
            raise ValueError(f"Negative size value {n}")
        text = self._value()
        if n < len(text):
            self._text = text[:n]
            self._size = n
        return n

    def close(self) -> None:
        self._closed = True

    def flush(self) -> None:
        pass

    def readable(self) -> bool:
        self._check()
        return True

    def writable(self) -> bool:
        self._check()
        return True

    def seekable(self) -> bool:
        self._check()
        return True

    def isatty(self) -> bool:
        self._check_base()
        return False

    def fileno(self) -> int:
        raise UnsupportedOperation("fileno")

    def detach(self) -> Any:
        raise UnsupportedOperation("detach")

    def __iter__(self) -> Any:
        self._check_base()
        return self

    def __next__(self) -> str:
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self) -> Any:
        self._check_base()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
