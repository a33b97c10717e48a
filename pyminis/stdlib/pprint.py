"""pprint for games: staged as the game's `pprint` when it imports it.

Lays values out as CPython 3.11's pprint does: a value whose repr fits in what is left of the
width is written as one repr; a dict, list, tuple, set, str, OrderedDict, defaultdict, Counter,
deque, UserDict, SimpleNamespace, mappingproxy or dataclass (with its generated repr) that does
not fit is broken over lines. Which layout applies is chosen, as CPython chooses it, by the
`__repr__` the value's class has: a subclass keeping its base's repr is laid out as its base.
"""

from typing import Any

from collections import Counter, OrderedDict, UserDict, defaultdict, deque
from dataclasses import fields, is_dataclass
from types import MappingProxyType, SimpleNamespace

from _pmrt import _pm_vars  # type: ignore[import-not-found]

__all__ = ["pprint", "pformat", "pp", "saferepr", "isreadable", "isrecursive", "PrettyPrinter"]


def pprint(object: Any, stream: Any = None, indent: int = 1, width: int = 80, depth: Any = None, *,
           compact: bool = False, sort_dicts: bool = True, underscore_numbers: bool = False) -> None:
    printer = PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                            sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object: Any, indent: int = 1, width: int = 80, depth: Any = None, *, compact: bool = False,
            sort_dicts: bool = True, underscore_numbers: bool = False) -> str:
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object: Any, *args: Any, sort_dicts: bool = False, **kwargs: Any) -> None:
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object: Any) -> str:
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object: Any) -> bool:
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object: Any) -> bool:
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SafeKey:
    """Sorts values of any types: by `<` where they have it, else by type name then id (as
    CPython's pprint, so ints and strs in one dict come out ints first)."""

    def __init__(self, obj: Any) -> None:
        self.obj = obj

    def __lt__(self, other: Any) -> bool:
        try:
            return self.obj < other.obj
        except TypeError:
            mine = str(type(self.obj))
            theirs = str(type(other.obj))
            if mine != theirs:
                return mine < theirs
            return id(self.obj) < id(other.obj)


def _pair_key(pair: Any) -> Any:
    # CPython sorts (key, value) pairs as tuples of _SafeKeys: their keys never compare equal
    # (no __eq__), so only the keys decide.
    return _SafeKey(pair[0])


def _container_id(object: Any) -> Any:
    """id() of a value that may hold others, -1 for str, numbers and None: they are never in the
    context of values being written (and compiled id() remembers every such value it is given)."""
    if object is None or isinstance(object, (str, int, float)):
        return -1
    return id(object)


def _recursion(object: Any) -> str:
    return f"<Recursion on {type(object).__name__} with id={id(object)}>"


class _Text:
    """A stream collecting what is written (pformat's StringIO)."""

    def __init__(self) -> None:
        self.parts: list = []

    def write(self, text: str) -> None:
        self.parts.append(text)

    def getvalue(self) -> str:
        return "".join(self.parts)


def _words(line: str) -> list:
    """The line cut after each run of whitespace: runs of non-space then space."""
    parts = []
    i = 0
    n = len(line)
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        parts.append(line[i:j])
        i = j
    return parts


def _keeps_repr(typ: Any, base: Any) -> bool:
    """Is `typ` the class `base` or a subclass keeping its repr? (Compiled, list, tuple and str
    share one __repr__ function: the subclass test tells them apart.)"""
    return issubclass(typ, base) and typ.__repr__ is base.__repr__


def _layout(typ: Any) -> Any:
    """The name of the method laying out values of class `typ` over lines, or None (one repr)."""
    for base, name in _LAYOUTS:
        if _keeps_repr(typ, base):
            return name
    return None


_LAYOUTS = [(Counter, "_pprint_counter"), (OrderedDict, "_pprint_ordered_dict"),
            (defaultdict, "_pprint_default_dict"), (dict, "_pprint_dict"), (list, "_pprint_list"),
            (tuple, "_pprint_tuple"), (str, "_pprint_str"), (set, "_pprint_set"),
            (frozenset, "_pprint_set"), (deque, "_pprint_deque"), (UserDict, "_pprint_user_dict"),
            (SimpleNamespace, "_pprint_simplenamespace"), (MappingProxyType, "_pprint_mappingproxy")]


def _generated_dataclass_repr(object: Any) -> bool:
    """A dataclass instance whose repr is the one @dataclass wrote."""
    if isinstance(object, type) or not is_dataclass(object):
        return False
    r = type(object).__repr__
    if getattr(r, "__pm_generated", False):  # pmrt/dataclasses.js marks what it defines
        return True
    wrapped = getattr(r, "__wrapped__", None)  # CPython's reprlib.recursive_repr wrapper
    return wrapped is not None and "__create_fn__" in wrapped.__qualname__


class PrettyPrinter:
    def __init__(self, indent: int = 1, width: int = 80, depth: Any = None, stream: Any = None, *,
                 compact: bool = False, sort_dicts: bool = True, underscore_numbers: bool = False) -> None:
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream  # None: the console, as print() writes
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object: Any) -> None:
        if self._stream is None:
            print(self.pformat(object))
            return
        self._format(object, self._stream, 0, 0, {}, 0)
        self._stream.write("\n")

    def pformat(self, object: Any) -> str:
        text = _Text()
        self._format(object, text, 0, 0, {}, 0)
        return text.getvalue()

    def isrecursive(self, object: Any) -> bool:
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object: Any) -> bool:
        result = self.format(object, {}, 0, 0)
        return result[1] and not result[2]

    def format(self, object: Any, context: Any, maxlevels: Any, level: int) -> Any:
        """(repr, readable, recursive) of the object: a subclass may override it."""
        return self._safe_repr(object, context, maxlevels, level)

    def _format(self, object: Any, stream: Any, indent: int, allowance: int, context: Any, level: int) -> None:
        objid = _container_id(object)
        if objid in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        max_width = self._width - indent - allowance
        if len(rep) > max_width:
            name = _layout(type(object))
            if name is not None:
                context[objid] = 1
                getattr(self, name)(object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
            if _generated_dataclass_repr(object):
                context[objid] = 1
                self._pprint_dataclass(object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
        stream.write(rep)

    def _pprint_dataclass(self, object: Any, stream: Any, indent: int, allowance: int, context: Any,
                          level: int) -> None:
        cls_name = type(object).__name__
        indent += len(cls_name) + 1
        items = [(f.name, getattr(object, f.name)) for f in fields(object) if f.repr]
        stream.write(cls_name + "(")
        self._format_namespace_items(items, stream, indent, allowance, context, level)
        stream.write(")")

    def _pprint_dict(self, object: Any, stream: Any, indent: int, allowance: int, context: Any,
                     level: int) -> None:
        stream.write("{")
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        if len(object):
            items = list(object.items())
            if self._sort_dicts:
                items = sorted(items, key=_pair_key)
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        stream.write("}")

    def _pprint_ordered_dict(self, object: Any, stream: Any, indent: int, allowance: int, context: Any,
                             level: int) -> None:
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + "(")
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1, context, level)
        stream.write(")")

    def _pprint_list(self, object: Any, stream: Any, indent: int, allowance: int, context: Any,
                     level: int) -> None:
        stream.write("[")
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write("]")

    def _pprint_tuple(self, object: Any, stream: Any, indent: int, allowance: int, context: Any,
                      level: int) -> None:
        stream.write("(")
        end = ",)" if len(object) == 1 else ")"
        self._format_items(object, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    def _pprint_set(self, object: Any, stream: Any, indent: int, allowance: int, context: Any,
                    level: int) -> None:
        if not len(object):
            stream.write(repr(object))
            return
        typ = type(object)
        if typ is set:
            stream.write("{")
            end = "}"
        else:
            stream.write(typ.__name__ + "({")
            end = "})"
            indent += len(typ.__name__) + 1
        items = sorted(object, key=_SafeKey)
        self._format_items(items, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    def _pprint_str(self, object: Any, stream: Any, indent: int, allowance: int, context: Any,
                    level: int) -> None:
        if not len(object):
            stream.write(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        max_width1 = max_width = self._width - indent
        rep = ""
        for i, line in enumerate(lines):
            rep = repr(line)
            last_line = i == len(lines) - 1
            if last_line:
                max_width1 -= allowance
            if len(rep) <= max_width1:
                chunks.append(rep)
                continue
            parts = _words(line)
            max_width2 = max_width
            current = ""
            for j, part in enumerate(parts):
                candidate = current + part
                if j == len(parts) - 1 and last_line:
                    max_width2 -= allowance
                if len(repr(candidate)) > max_width2:
                    if current:
                        chunks.append(repr(current))
                    current = part
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            stream.write(rep)
            return
        if level == 1:
            stream.write("(")
        for i, chunk in enumerate(chunks):
            if i > 0:
                stream.write("\n" + " " * indent)
            stream.write(chunk)
        if level == 1:
            stream.write(")")

    def _pprint_mappingproxy(self, object: Any, stream: Any, indent: int, allowance: int, context: Any,
                             level: int) -> None:
        stream.write("mappingproxy(")
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(")")

    def _pprint_simplenamespace(self, object: Any, stream: Any, indent: int, allowance: int, context: Any,
                                level: int) -> None:
        # SimpleNamespace itself is written `namespace(...)`; a subclass by its own name.
        name = "namespace" if type(object) is SimpleNamespace else type(object).__name__
        indent += len(name) + 1
        items = list(_pm_vars(object).items())
        stream.write(name + "(")
        self._format_namespace_items(items, stream, indent, allowance, context, level)
        stream.write(")")

    def _format_dict_items(self, items: Any, stream: Any, indent: int, allowance: int, context: Any,
                           level: int) -> None:
        indent += self._indent_per_level
        delimnl = ",\n" + " " * indent
        last_index = len(items) - 1
        for i, pair in enumerate(items):
            key, ent = pair
            last = i == last_index
            rep = self._repr(key, context, level)
            stream.write(rep)
            stream.write(": ")
            self._format(ent, stream, indent + len(rep) + 2, allowance if last else 1, context, level)
            if not last:
                stream.write(delimnl)

    def _format_namespace_items(self, items: Any, stream: Any, indent: int, allowance: int, context: Any,
                                level: int) -> None:
        delimnl = ",\n" + " " * indent
        last_index = len(items) - 1
        for i, pair in enumerate(items):
            key, ent = pair
            last = i == last_index
            stream.write(key)
            stream.write("=")
            if _container_id(ent) in context:
                stream.write("...")  # as the dataclass's and namespace's own reprs show a cycle
            else:
                self._format(ent, stream, indent + len(key) + 1, allowance if last else 1, context, level)
            if not last:
                stream.write(delimnl)

    def _format_items(self, items: Any, stream: Any, indent: int, allowance: int, context: Any,
                      level: int) -> None:
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        delimnl = ",\n" + " " * indent
        delim = ""
        width = max_width = self._width - indent + 1
        entries = list(items)
        for index, ent in enumerate(entries):
            last = index == len(entries) - 1
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(ent, context, level)
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if delim:
                        delim = delimnl
                if width >= w:
                    width -= w
                    stream.write(delim)
                    delim = ", "
                    stream.write(rep)
                    continue
            stream.write(delim)
            delim = delimnl
            self._format(ent, stream, indent, allowance if last else 1, context, level)

    def _repr(self, object: Any, context: Any, level: int) -> str:
        result = self.format(object, context.copy(), self._depth, level)
        if not result[1]:
            self._readable = False
        if result[2]:
            self._recursive = True
        return result[0]

    def _pprint_default_dict(self, object: Any, stream: Any, indent: int, allowance: int, context: Any,
                             level: int) -> None:
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = type(object).__name__
        indent += len(name) + 1
        stream.write(name + "(" + factory + ",\n" + " " * indent)
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(")")

    def _pprint_counter(self, object: Any, stream: Any, indent: int, allowance: int, context: Any,
                        level: int) -> None:
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + "({")
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1, allowance + 2,
                                context, level)
        stream.write("})")

    def _pprint_deque(self, object: Any, stream: Any, indent: int, allowance: int, context: Any,
                      level: int) -> None:
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + "(")
        indent += len(name) + 1
        stream.write("[")
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write("])")
        else:
            self._format_items(object, stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write("],\n" + " " * indent + "maxlen=" + maxlen + ")")

    def _pprint_user_dict(self, object: Any, stream: Any, indent: int, allowance: int, context: Any,
                          level: int) -> None:
        self._format(object.data, stream, indent, allowance, context, level - 1)

    def _safe_repr(self, object: Any, context: Any, maxlevels: Any, level: int) -> Any:
        """(repr, readable, recursive), with dicts, lists and tuples written item by item (sorted
        dicts, `...` past the depth, recursion named)."""
        typ = type(object)
        if typ is str or typ is float or typ is bool or object is None:
            return (repr(object), True, False)
        if _keeps_repr(typ, int):
            if self._underscore_numbers:
                return (f"{object:_d}", True, False)
            return (repr(object), True, False)
        if _keeps_repr(typ, dict):
            return self._safe_dict_repr(object, context, maxlevels, level)
        is_list = _keeps_repr(typ, list)
        if is_list or _keeps_repr(typ, tuple):
            if is_list:
                if not object:
                    return ("[]", True, False)
                left, right = "[", "]"
            elif len(object) == 1:
                left, right = "(", ",)"
            else:
                if not object:
                    return ("()", True, False)
                left, right = "(", ")"
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return (left + "..." + right, False, objid in context)
            if objid in context:
                return (_recursion(object), False, True)
            context[objid] = 1
            readable = True
            recursive = False
            components = []
            for item in object:
                result = self.format(item, context, maxlevels, level + 1)
                components.append(result[0])
                if not result[1]:
                    readable = False
                if result[2]:
                    recursive = True
            del context[objid]
            return (left + ", ".join(components) + right, readable, recursive)
        rep = repr(object)
        return (rep, bool(rep) and not rep.startswith("<"), False)

    def _safe_dict_repr(self, object: Any, context: Any, maxlevels: Any, level: int) -> Any:
        if not object:
            return ("{}", True, False)
        objid = id(object)
        if maxlevels and level >= maxlevels:
            return ("{...}", False, objid in context)
        if objid in context:
            return (_recursion(object), False, True)
        context[objid] = 1
        readable = True
        recursive = False
        components = []
        items = list(object.items())
        if self._sort_dicts:
            items = sorted(items, key=_pair_key)
        for pair in items:
            key = self.format(pair[0], context, maxlevels, level + 1)
            value = self.format(pair[1], context, maxlevels, level + 1)
            components.append(key[0] + ": " + value[0])
            readable = readable and key[1] and value[1]
            if key[2] or value[2]:
                recursive = True
        del context[objid]
        return ("{" + ", ".join(components) + "}", readable, recursive)
