"""logging for games: staged as the game's `logging` when it imports it.

CPython's model, in the part a game uses: loggers by dotted name (`getLogger("game.net")`)
under the root, levels, handlers and formatters, `basicConfig`, and the module-level
`logging.info(…)` that configures the root on first use. Records go where CPython sends them:
standard error by default (the console's error log in a game), or the stream a StreamHandler
is given (`sys.stdout`). What a game cannot have is refused at its line: files
(`FileHandler`, `basicConfig(filename=…)`) and the record fields that name the caller's source
line (`%(lineno)d`, `%(funcName)s`…) and tracebacks (`exception()`, `exc_info=`,
`stack_info=`), which compiled code does not have (pyminis/guard/logging_records.py).
"""

import sys
import time
from typing import Any

from _pmrt import _pm_vars  # type: ignore[import-not-found]

__all__ = ["BASIC_FORMAT", "CRITICAL", "DEBUG", "ERROR", "FATAL", "Filter", "Formatter", "Handler", "INFO",
           "LogRecord", "Logger", "LoggerAdapter", "NOTSET", "NullHandler", "StreamHandler", "WARN", "WARNING",
           "basicConfig", "critical", "debug", "disable", "error", "fatal", "getLevelName",
           "getLogger", "info", "lastResort", "log", "root", "warn", "warning"]

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"
_level_names: dict[Any, Any] = {CRITICAL: "CRITICAL", ERROR: "ERROR", WARNING: "WARNING", INFO: "INFO",
                                DEBUG: "DEBUG", NOTSET: "NOTSET", "CRITICAL": CRITICAL, "FATAL": FATAL,
                                "ERROR": ERROR, "WARN": WARNING, "WARNING": WARNING, "INFO": INFO,
                                "DEBUG": DEBUG, "NOTSET": NOTSET}
_start = time.time()
_disabled = [NOTSET]  # logging.disable(level): records at or below it are dropped


def getLevelName(level: Any) -> Any:
    """The name of a level, the level of a name, or CPython's 'Level %s' for the rest."""
    name = _level_names.get(level)
    return name if name is not None else "Level " + str(level)


def _check_level(level: Any) -> int:
    if isinstance(level, int):
        return level
    if isinstance(level, str):
        if level not in _level_names:
            raise ValueError("Unknown level: " + repr(level))
        return _level_names[level]
    raise TypeError("Level not an integer or a valid string: " + repr(level))


class LogRecord:
    """A record as CPython's; the ones a logger makes have no pathname, lineno or funcName (the
    caller's source, which compiled code does not know: reading them raises AttributeError)."""

    def __init__(self, name: str, level: int, pathname: Any, lineno: Any, msg: Any, args: Any, exc_info: Any,
                 func: Any = None, sinfo: Any = None) -> None:
        if pathname is not None:
            self.pathname = pathname
            self.lineno = lineno
            self.funcName = func
        self.name = name
        self.msg = msg
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]  # `log.info("%(a)s", {"a": 1})`, as CPython's
        self.args = args
        self.levelno = level
        self.levelname = getLevelName(level)
        self.exc_info = exc_info
        self.created = time.time()
        self.msecs = int((self.created - int(self.created)) * 1000)
        self.relativeCreated = (self.created - _start) * 1000
        self.message = ""
        self.asctime = ""

    def getMessage(self) -> str:
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg

    def __repr__(self) -> str:
        return "<LogRecord: " + self.name + ", " + str(self.levelno) + ', "' + str(self.msg) + '">'


class Formatter:
    default_time_format = "%Y-%m-%d %H:%M:%S"
    default_msec_format = "%s,%03d"

    def __init__(self, fmt: Any = None, datefmt: Any = None, style: str = "%") -> None:
        if style != "%":
            raise ValueError("games format log records with %-style only: write the format as '%(message)s'")
        self._fmt = fmt if fmt is not None else "%(message)s"
        self.datefmt = datefmt

    def usesTime(self) -> bool:
        return "%(asctime)" in self._fmt

    def formatTime(self, record: LogRecord, datefmt: Any = None) -> str:
        from datetime import datetime  # type: ignore[import-not-found]
        when = datetime.fromtimestamp(record.created)
        if datefmt:
            return when.strftime(datefmt)
        return self.default_msec_format % (when.strftime(self.default_time_format), record.msecs)

    def formatMessage(self, record: LogRecord) -> str:
        return self._fmt % _pm_vars(record)

    def format(self, record: LogRecord) -> str:
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        return self.formatMessage(record)


_default_formatter = Formatter()


class Filter:
    def __init__(self, name: str = "") -> None:
        self.name = name

    def filter(self, record: LogRecord) -> bool:
        name = self.name
        return (not name or record.name == name
                or (record.name.startswith(name) and record.name[len(name)] == "."))


class _Filterer:
    def __init__(self) -> None:
        self.filters: list = []

    def addFilter(self, filter: Any) -> None:
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter: Any) -> None:
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record: LogRecord) -> bool:
        for f in self.filters:
            result = f.filter(record) if hasattr(f, "filter") else f(record)
            if not result:
                return False
        return True


class Handler(_Filterer):
    def __init__(self, level: Any = NOTSET) -> None:
        _Filterer.__init__(self)
        self.level = _check_level(level)
        self.formatter: Any = None
        self.name: Any = None

    def setLevel(self, level: Any) -> None:
        self.level = _check_level(level)

    def setFormatter(self, fmt: Any) -> None:
        self.formatter = fmt

    def format(self, record: LogRecord) -> str:
        return (self.formatter or _default_formatter).format(record)

    def handle(self, record: LogRecord) -> bool:
        if not self.filter(record):
            return False
        self.emit(record)
        return True

    def emit(self, record: LogRecord) -> None:
        raise NotImplementedError("emit must be implemented by Handler subclasses")

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass

    def __repr__(self) -> str:
        return "<" + type(self).__name__ + " (" + getLevelName(self.level) + ")>"


class StreamHandler(Handler):
    terminator = "\n"

    def __init__(self, stream: Any = None) -> None:
        Handler.__init__(self)
        self.stream = stream if stream is not None else sys.stderr

    def emit(self, record: LogRecord) -> None:
        self.stream.write(self.format(record) + self.terminator)
        self.flush()

    def flush(self) -> None:
        if hasattr(self.stream, "flush"):
            self.stream.flush()

    def setStream(self, stream: Any) -> Any:
        if stream is self.stream:
            return None
        old = self.stream
        self.stream = stream
        return old

    def __repr__(self) -> str:
        name = "<stderr>" if self.stream is sys.stderr else "<stdout>" if self.stream is sys.stdout else repr(self.stream)
        return "<" + type(self).__name__ + " " + name + " (" + getLevelName(self.level) + ")>"


class NullHandler(Handler):
    def handle(self, record: LogRecord) -> bool:
        return False

    def emit(self, record: LogRecord) -> None:
        pass


class _StderrHandler(StreamHandler):
    """CPython's last resort: a logger with no handler anywhere up its chain writes the bare
    message of a WARNING or worse to standard error (sys.stderr when it writes)."""

    def __init__(self, level: int) -> None:
        StreamHandler.__init__(self, None)
        self.level = level

    def emit(self, record: LogRecord) -> None:
        sys.stderr.write(self.format(record) + self.terminator)


lastResort = _StderrHandler(WARNING)


class Logger(_Filterer):
    def __init__(self, name: str, level: Any = NOTSET) -> None:
        _Filterer.__init__(self)
        self.name = name
        self.level = _check_level(level)
        self.parent: Any = None
        self.propagate = True
        self.handlers: list = []
        self.disabled = False

    def setLevel(self, level: Any) -> None:
        self.level = _check_level(level)

    def getEffectiveLevel(self) -> int:
        logger: Any = self
        while logger is not None:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level: int) -> bool:
        if self.disabled or _disabled[0] >= level:
            return False
        return level >= self.getEffectiveLevel()

    def getChild(self, suffix: str) -> "Logger":
        return getLogger(suffix if self is root else self.name + "." + suffix)

    def addHandler(self, handler: Handler) -> None:
        if handler not in self.handlers:
            self.handlers.append(handler)

    def removeHandler(self, handler: Handler) -> None:
        if handler in self.handlers:
            self.handlers.remove(handler)

    def hasHandlers(self) -> bool:
        logger: Any = self
        while logger is not None:
            if logger.handlers:
                return True
            if not logger.propagate:
                return False
            logger = logger.parent
        return False

    def _log(self, level: int, msg: Any, args: Any, exc_info: Any = None, extra: Any = None,
             stack_info: bool = False, stacklevel: int = 1) -> None:
        """(exc_info and stack_info are refused at their line unless False or None.)"""
        record = LogRecord(self.name, level, None, None, msg, args, None)
        if extra is not None:
            for key in extra:
                if key in ("message", "asctime") or key in _pm_vars(record):
                    raise KeyError("Attempt to overwrite " + repr(key) + " in LogRecord")
                setattr(record, key, extra[key])
        self.handle(record)

    def handle(self, record: LogRecord) -> None:
        if self.disabled or not self.filter(record):
            return
        found = 0
        logger: Any = self
        while logger is not None:
            for handler in logger.handlers:
                found = found + 1
                if record.levelno >= handler.level:
                    handler.handle(record)
            logger = logger.parent if logger.propagate else None
        if found == 0 and record.levelno >= lastResort.level:
            lastResort.handle(record)

    def debug(self, msg: Any, *args: Any, **kwargs: Any) -> None:
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg: Any, *args: Any, **kwargs: Any) -> None:
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg: Any, *args: Any, **kwargs: Any) -> None:
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg: Any, *args: Any, **kwargs: Any) -> None:
        self.warning(msg, *args, **kwargs)

    def error(self, msg: Any, *args: Any, **kwargs: Any) -> None:
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def critical(self, msg: Any, *args: Any, **kwargs: Any) -> None:
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    def fatal(self, msg: Any, *args: Any, **kwargs: Any) -> None:
        self.critical(msg, *args, **kwargs)

    def log(self, level: int, msg: Any, *args: Any, **kwargs: Any) -> None:
        if not isinstance(level, int):
            raise TypeError("level must be an integer")
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def __repr__(self) -> str:
        return "<" + type(self).__name__ + " " + self.name + " (" + getLevelName(self.getEffectiveLevel()) + ")>"


class RootLogger(Logger):
    def __init__(self, level: int) -> None:
        Logger.__init__(self, "root", level)


root = RootLogger(WARNING)
_loggers: dict = {}


def getLogger(name: Any = None) -> Logger:
    """The logger of a dotted name, made on first use under its nearest existing ancestor."""
    if not name or name == "root":
        return root
    if not isinstance(name, str):
        raise TypeError("A logger name must be a string")
    logger = _loggers.get(name)
    if logger is None:
        logger = Logger(name)
        _loggers[name] = logger
        _fix_parents(logger)
        prefix = name + "."
        for other in _loggers.values():  # loggers made earlier below it now hang from it
            if other is not logger and other.name.startswith(prefix) \
                    and (other.parent is root or len(other.parent.name) < len(name)):
                other.parent = logger
    return logger


def _fix_parents(logger: Logger) -> None:
    name = logger.name
    i = name.rfind(".")
    while i > 0:
        parent = _loggers.get(name[:i])
        if parent is not None:
            logger.parent = parent
            return
        i = name.rfind(".", 0, i)
    logger.parent = root


class LoggerAdapter:
    def __init__(self, logger: Logger, extra: Any = None) -> None:
        self.logger = logger
        self.extra = extra

    def process(self, msg: Any, kwargs: Any) -> Any:
        kwargs["extra"] = self.extra
        return msg, kwargs

    def log(self, level: int, msg: Any, *args: Any, **kwargs: Any) -> None:
        if self.logger.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger._log(level, msg, args, **kwargs)

    def debug(self, msg: Any, *args: Any, **kwargs: Any) -> None:
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg: Any, *args: Any, **kwargs: Any) -> None:
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg: Any, *args: Any, **kwargs: Any) -> None:
        self.log(WARNING, msg, *args, **kwargs)

    def error(self, msg: Any, *args: Any, **kwargs: Any) -> None:
        self.log(ERROR, msg, *args, **kwargs)

    def critical(self, msg: Any, *args: Any, **kwargs: Any) -> None:
        self.log(CRITICAL, msg, *args, **kwargs)

    def isEnabledFor(self, level: int) -> bool:
        return self.logger.isEnabledFor(level)


def basicConfig(**kwargs: Any) -> None:
    """Give the root logger a handler (standard error, or `stream=`) with `format=`/`datefmt=`,
    and `level=`; does nothing once it has one, unless `force=True`."""
    if kwargs.pop("force", False):
        for handler in root.handlers[:]:
            root.removeHandler(handler)
    if "filename" in kwargs or "filemode" in kwargs:
        raise ValueError("games have no files: log to a stream (the default, standard error)")
    if not root.handlers:
        handlers = kwargs.pop("handlers", None)
        stream = kwargs.pop("stream", None)
        if handlers is not None and stream is not None:
            raise ValueError("'stream' and 'handlers' should not be specified together")
        if handlers is None:
            handlers = [StreamHandler(stream)]
        formatter = Formatter(kwargs.pop("format", BASIC_FORMAT), kwargs.pop("datefmt", None),
                              kwargs.pop("style", "%"))
        for handler in handlers:
            if handler.formatter is None:
                handler.setFormatter(formatter)
            root.addHandler(handler)
        level = kwargs.pop("level", None)
        if level is not None:
            root.setLevel(level)
        if kwargs:
            raise ValueError("Unrecognised argument(s): " + ", ".join(kwargs.keys()))


def disable(level: int = CRITICAL) -> None:
    _disabled[0] = level


def _root_ready() -> None:
    if not root.handlers:
        basicConfig()


def debug(msg: Any, *args: Any, **kwargs: Any) -> None:
    _root_ready()
    root.debug(msg, *args, **kwargs)


def info(msg: Any, *args: Any, **kwargs: Any) -> None:
    _root_ready()
    root.info(msg, *args, **kwargs)


def warning(msg: Any, *args: Any, **kwargs: Any) -> None:
    _root_ready()
    root.warning(msg, *args, **kwargs)


def warn(msg: Any, *args: Any, **kwargs: Any) -> None:
    warning(msg, *args, **kwargs)


def error(msg: Any, *args: Any, **kwargs: Any) -> None:
    _root_ready()
    root.error(msg, *args, **kwargs)


def critical(msg: Any, *args: Any, **kwargs: Any) -> None:
    _root_ready()
    root.critical(msg, *args, **kwargs)


def fatal(msg: Any, *args: Any, **kwargs: Any) -> None:
    critical(msg, *args, **kwargs)


def log(level: int, msg: Any, *args: Any, **kwargs: Any) -> None:
    _root_ready()
    root.log(level, msg, *args, **kwargs)
