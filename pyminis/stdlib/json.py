"""json for games (save data, request bodies): staged as the game's `json` when it imports it.

`dumps` writes what CPython's writes (separators, indent, sort_keys, ensure_ascii, floats as
repr gives them, tuples as lists, int keys as strings, its TypeError and ValueError); `loads`
reads with CPython's scanner (runtime_js/python/pmrt/jsontext.js), its JSONDecodeError
messages and positions, and makes dicts, ints and floats as the rest of the game does.
Games have no files: `dump`/`load` are refused (write `dumps` to pyminis.tt storage).
"""

from typing import Any

from _pmrt import _pm_json_loads, _pm_json_raw_decode, _pm_json_str, _pm_memo  # type: ignore[import-not-found]

__all__ = ["dumps", "loads", "JSONDecodeError", "JSONEncoder", "JSONDecoder"]


class JSONDecodeError(ValueError):
    """What loads raises: `msg`, `doc`, `pos`, `lineno`, `colno` as in CPython."""

    def __init__(self, msg: str, doc: str, pos: int) -> None:
        before = doc[:pos]
        lineno = before.count("\n") + 1
        colno = pos - before.rfind("\n")
        ValueError.__init__(self, f"{msg}: line {lineno} column {colno} (char {pos})")
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


def _float_constant(name: str) -> float:
    if name == "NaN":
        return float("nan")
    return float("-inf") if name == "-Infinity" else float("inf")


class _Hooks:
    """How the scanner makes values (pmrt/jsontext.js calls these)."""

    def __init__(self, doc: str, object_hook: Any, parse_float: Any, parse_int: Any,
                 parse_constant: Any, object_pairs_hook: Any) -> None:
        self.doc = doc
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.object_pairs_hook = object_pairs_hook

    def make_object(self, pairs: list[Any]) -> Any:
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(result)
        return result

    def make_float(self, text: str) -> Any:
        return float(text) if self.parse_float is None else self.parse_float(text)

    def make_int(self, text: str) -> Any:
        return int(text) if self.parse_int is None else self.parse_int(text)

    def make_constant(self, name: str) -> Any:
        return _float_constant(name) if self.parse_constant is None else self.parse_constant(name)

    def error(self, message: str, pos: int) -> None:
        raise JSONDecodeError(message, self.doc, pos)


class JSONDecoder:
    def __init__(self, *, object_hook: Any = None, parse_float: Any = None, parse_int: Any = None,
                 parse_constant: Any = None, strict: bool = True, object_pairs_hook: Any = None) -> None:
        if not strict:
            raise ValueError("JSONDecoder(strict=False) is not supported in games")
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def _hooks(self, s: str) -> _Hooks:
        return _Hooks(s, self.object_hook, self.parse_float, self.parse_int, self.parse_constant,
                      self.object_pairs_hook)

    def decode(self, s: str) -> Any:
        return _pm_json_loads(s, self._hooks(s))

    def raw_decode(self, s: str, idx: int = 0) -> Any:
        value, end = _pm_json_raw_decode(s, idx, self._hooks(s))
        return (value, end)


def loads(s: Any, *, cls: Any = None, object_hook: Any = None, parse_float: Any = None,
          parse_int: Any = None, parse_constant: Any = None, object_pairs_hook: Any = None) -> Any:
    if type(s).__name__ in ("bytes", "bytearray"):  # (not named: a game without bytes ships none)
        s = s.decode()
    if not isinstance(s, str):
        raise TypeError(f"the JSON object must be str, bytes or bytearray, not {type(s).__name__}")
    if cls is not None:
        return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
                   parse_constant=parse_constant, object_pairs_hook=object_pairs_hook).decode(s)
    return _pm_json_loads(s, _Hooks(s, object_hook, parse_float, parse_int, parse_constant,
                                    object_pairs_hook))


def _float_text(value: float, allow_nan: bool) -> str:
    if value != value:
        text = "NaN"
    elif value == float("inf"):
        text = "Infinity"
    elif value == float("-inf"):
        text = "-Infinity"
    else:
        return repr(float(value))  # a `(float, Enum)` member writes its value
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class JSONEncoder:
    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys: bool = False, ensure_ascii: bool = True, check_circular: bool = True,
                 allow_nan: bool = True, sort_keys: bool = False, indent: Any = None,
                 separators: Any = None, default: Any = None) -> None:
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o: Any) -> Any:
        raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")

    def encode(self, o: Any) -> str:
        if isinstance(o, str):
            return _pm_json_str(o, self.ensure_ascii)
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        parts: list[str] = []
        _Writer(self, indent, parts).write(o, 0)
        return "".join(parts)

    def iterencode(self, o: Any) -> Any:
        return iter([self.encode(o)])


class _Writer:
    """One encode: CPython's _make_iterencode, appending to `parts`."""

    def __init__(self, encoder: JSONEncoder, indent: Any, parts: list[str]) -> None:
        self.encoder = encoder
        self.indent = indent
        self.parts = parts
        self.markers = _pm_memo() if encoder.check_circular else None

    def enter(self, o: Any) -> None:
        if self.markers is not None:
            if self.markers.has(o):
                raise ValueError("Circular reference detected")
            self.markers.set(o, o)

    def leave(self, o: Any) -> None:
        if self.markers is not None:
            self.markers.delete(o)

    def scalar(self, o: Any) -> Any:
        """The text of a str, None, bool, int or float; None for anything else."""
        if isinstance(o, str):
            return _pm_json_str(o, self.encoder.ensure_ascii)
        if o is None:
            return "null"
        if o is True:
            return "true"
        if o is False:
            return "false"
        if isinstance(o, int):
            return repr(int(o))  # an IntEnum member writes its value
        if isinstance(o, float):
            return _float_text(o, self.encoder.allow_nan)
        return None

    def write(self, o: Any, level: int) -> None:
        text = self.scalar(o)
        if text is not None:
            self.parts.append(text)
        elif isinstance(o, (list, tuple)):
            self.write_list(o, level)
        elif isinstance(o, dict):
            self.write_dict(o, level)
        else:
            self.enter(o)
            self.write(self.encoder.default(o), level)
            self.leave(o)

    def write_list(self, items: Any, level: int) -> None:
        if not items:
            self.parts.append("[]")
            return
        self.enter(items)
        separator = self.encoder.item_separator
        newline = None
        if self.indent is not None:
            level += 1
            newline = "\n" + self.indent * level
            separator += newline
        self.parts.append("[" if newline is None else "[" + newline)
        first = True
        for value in items:
            if not first:
                self.parts.append(separator)
            first = False
            self.write(value, level)
        if newline is not None:
            self.parts.append("\n" + self.indent * (level - 1))
        self.parts.append("]")
        self.leave(items)

    def key_text(self, key: Any) -> Any:
        if isinstance(key, str):
            return _pm_json_str(key, self.encoder.ensure_ascii)
        if isinstance(key, float):
            return '"' + _float_text(key, self.encoder.allow_nan) + '"'
        if key is True:
            return '"true"'
        if key is False:
            return '"false"'
        if key is None:
            return '"null"'
        if isinstance(key, int):
            return '"' + repr(int(key)) + '"'
        if self.encoder.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")

    def write_dict(self, mapping: Any, level: int) -> None:
        if not mapping:
            self.parts.append("{}")
            return
        self.enter(mapping)
        separator = self.encoder.item_separator
        newline = None
        if self.indent is not None:
            level += 1
            newline = "\n" + self.indent * level
            separator += newline
        self.parts.append("{" if newline is None else "{" + newline)
        items = list(mapping.items())
        if self.encoder.sort_keys:
            items = sorted(items, key=_first)  # keys are unique: CPython's sorted(items) order
        first = True
        for key, value in items:
            text = self.key_text(key)
            if text is None:
                continue
            if not first:
                self.parts.append(separator)
            first = False
            self.parts.append(text)
            self.parts.append(self.encoder.key_separator)
            self.write(value, level)
        if newline is not None:
            self.parts.append("\n" + self.indent * (level - 1))
        self.parts.append("}")
        self.leave(mapping)


def _first(pair: Any) -> Any:
    return pair[0]


def dumps(obj: Any, *, skipkeys: bool = False, ensure_ascii: bool = True, check_circular: bool = True,
          allow_nan: bool = True, cls: Any = None, indent: Any = None, separators: Any = None,
          default: Any = None, sort_keys: bool = False) -> str:
    encoder = (cls or JSONEncoder)(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                                   check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                                   separators=separators, default=default, sort_keys=sort_keys)
    return encoder.encode(obj)
