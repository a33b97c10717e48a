"""Drop members of Transcrypt's runtime (and pyminis' helpers) that nothing in a bundle can reach.

esbuild tree-shakes unused functions, but Transcrypt's runtime also installs some sixty methods
on `String.prototype` and `Array.prototype` (`rsplit`, `isalnum`, `symmetric_difference`…),
statements a bundler must keep, and defines its exception classes through a call it cannot
prove pure. This pass reads one unminified, scope-hoisted bundle (esbuild's ESM or IIFE) and
blanks such statements of the runtime module when nothing else in the bundle names them:

- `Builtin.prototype.NAME = <function or plain reference>;`
- `__setproperty__ (Builtin.prototype, 'NAME', {…});`
- `var NAME = __class__ ('NAME', [Base, …], {methods and plain values});`
- `fn.__name__ = …;` / `fn.__bases__ = […];` for a runtime function nothing else names;
- `function NAME (…) {…}` and `var NAME = <function or plain reference>;` nothing else names.

"Names" is deliberately loose, so every way compiled code reaches a member still finds it: a
member is named by a property read anywhere outside the candidates (`s.rsplit(…)`, `{rsplit} =
s`, an object key), or by any substring of a string, template or regular expression
(`getattr(s, "rsplit")`, `"a rsplit-ish"`) outside the runtime (inside, by a string that is the
name itself: its messages name nothing); for a name Transcrypt renamed (`py_split`) also by
the Python name (`split`), since `getattr` tries `'py_' + name`. A variable of the same name
(`var index`) does not name a member: no property is read through it. A function or variable
is named by an identifier. A kept statement's own names count too, until nothing changes (a
mark phase over the runtime, so what only removed members used goes with them). Removed
statements become blank lines, so the bundle's source map stays true line for line
(`pyminis/compile/bundle.py` bundles it again). The same pass covers pyminis' helpers
(runtime_js/python/pmrt/): its str methods (strings.js) are prototype members like Transcrypt's.

A program that builds a method name at run time from pieces that spell it nowhere (`getattr(s,
"rs" + "plit")`) is the one thing this cannot see.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from dataclasses import dataclass

import tree_sitter_javascript
from tree_sitter import Language, Node, Parser, Query
from tree_sitter import QueryCursor as _QueryCursor

_LANGUAGE = Language(tree_sitter_javascript.language())
_PARSER = Parser(_LANGUAGE)

RUNTIME_FILE = "org.transcrypt.__runtime__.js"
# pyminis' helpers (runtime_js/python/pmrt/, copied into `_pmrt_impl/`): their removable
# statements are pruned like the runtime's (the str methods of pmrt/strings.js, classes).
PMRT_FOLDER = "/_pmrt_impl/"
# Text a program can turn into a property name at run time.
# (Comments name nothing: no program reaches a member through one.)
_TEXT_QUERY = Query(_LANGUAGE, "[(string_fragment) (template_string) (regex_pattern)] @text")
_IDENT_QUERY = Query(_LANGUAGE, "[(identifier) (shorthand_property_identifier)] @name")
# Where a property is read by name: `o.name`, `{name} = o`, `{name: x} = o` (and object keys).
_PROP_QUERY = Query(_LANGUAGE, "[(property_identifier) (shorthand_property_identifier_pattern)] @prop")
# Values that run no code when evaluated.
_PLAIN = frozenset({"function_expression", "arrow_function", "identifier", "string", "number",
                    "true", "false", "null", "undefined"})


@dataclass(frozen=True)
class Spot:
    """A removable statement: kept if `name` (None: no name of its own) and `owner` are used."""

    node: Node
    name: str | None
    owner: str  # the object the statement writes to (`String`, `__PyIterator__`, the class)
    own: frozenset[int]  # where its own name and owner stand (not uses)
    instance_of: str | None = None  # `var owner = C ()`: removable only if C's are pure
    pure_instances: bool = False  # a class whose instances are made without running code


@dataclass
class Candidate:
    spot: Spot
    idents: set[str] = dataclasses.field(default_factory=set)  # the variables it names
    names: set[str] = dataclasses.field(default_factory=set)  # strings that are a name alone
    props: set[str] = dataclasses.field(default_factory=set)  # the properties it reads by name


@dataclass(frozen=True)
class Pruned:
    code: str  # same number of lines as the input
    removed: tuple[str, ...]  # `owner.name` (or `owner`) of each statement removed


def _plain(node: Node) -> bool:
    if node.type in _PLAIN:
        return True
    if node.type == "array":  # `fn.__bases__ = [object]`
        return all(_plain(item) for item in node.named_children if item.type != "comment")
    if node.type == "member_expression":
        obj, prop = node.child_by_field_name("object"), node.child_by_field_name("property")
        return obj is not None and prop is not None and prop.type == "property_identifier" \
            and _plain(obj)
    return False


def _text(node: Node | None) -> str:
    return node.text.decode() if node is not None and node.text is not None else ""


def _prototype_of(node: Node | None) -> Node | None:
    """`X` of `X.prototype`, for a plain name X."""
    if node is None or node.type != "member_expression":
        return None
    obj = node.child_by_field_name("object")
    if _text(node.child_by_field_name("property")) != "prototype" or obj is None \
            or obj.type != "identifier":
        return None
    return obj


def _spot(statement: Node) -> Spot | None:
    if statement.type == "variable_declaration" and len(statement.named_children) == 1:
        declarator = statement.named_children[0]
        name, value = declarator.child_by_field_name("name"), declarator.child_by_field_name("value")
        if name is not None and name.type == "identifier" and value is not None:
            own = frozenset({name.start_byte})
            if _plain(value):
                return Spot(statement, None, _text(name), own)
            made = _instance_of(value)
            if made is not None:
                return Spot(statement, None, _text(name), own, instance_of=made)
            attribs = _class_attribs(value)
            if attribs is not None:
                return Spot(statement, None, _text(name), own, pure_instances=_pure_instances(value, attribs))
            if _pure_class(value):
                return Spot(statement, None, _text(name), own)
        return None
    found = _candidate(statement)
    return None if found is None else Spot(statement, found[0], found[1], frozenset(found[2]))


def _instance_of(value: Node) -> str | None:
    """`C` of `C ()`, a call with no arguments of a plain name."""
    if value.type != "call_expression":
        return None
    function, args = value.child_by_field_name("function"), value.child_by_field_name("arguments")
    if function is None or function.type != "identifier" or args is None or args.named_children:
        return None
    return _text(function)


def _pure_instances(value: Node, attribs: Node) -> bool:
    """Whether `C ()` of this class runs no code but its own `__init__` storing plain values on
    `self`: based on `object` alone, no `__new__`, no `__getattr__`/`__setattr__` (a Proxy)."""
    args = value.child_by_field_name("arguments")
    bases = args.named_children[1] if args is not None else None
    if bases is None or [_text(base) for base in bases.named_children] != ["object"]:
        return False
    for member in attribs.named_children:
        key = _text(member.child_by_field_name("key" if member.type == "pair" else "name"))
        if key in ("__new__", "__getattr__", "__setattr__", "__call__"):
            return False
        if key == "__init__" and not _stores_only(member):
            return False
    return True


def _stores_only(init: Node) -> bool:
    """`get __init__ () {return __get__ (this, function (self) {self.a = <plain>; …});}`"""
    body = init.child_by_field_name("body") if init.type == "method_definition" else None
    statements = body.named_children if body is not None else []
    if len(statements) != 1 or statements[0].type != "return_statement" \
            or not statements[0].named_children:
        return False
    call = statements[0].named_children[0]
    args = call.child_by_field_name("arguments") if call.type == "call_expression" else None
    values = args.named_children if args is not None else []
    if _text(call.child_by_field_name("function")) != "__get__" or len(values) != 2 \
            or values[1].type != "function_expression":
        return False
    params = values[1].child_by_field_name("parameters")
    own_body = values[1].child_by_field_name("body")
    if params is None or own_body is None or not params.named_children:
        return False
    self_name = _text(params.named_children[0])
    for statement in own_body.named_children:
        expr = statement.named_children[0] if statement.type == "expression_statement" \
            and statement.named_children else None
        left = expr.child_by_field_name("left") if expr is not None \
            and expr.type == "assignment_expression" else None
        right = expr.child_by_field_name("right") if left is not None and expr is not None else None
        if left is None or right is None or left.type != "member_expression" \
                or _text(left.child_by_field_name("object")) != self_name or not _plain(right):
            return False
    return True


def _candidate(statement: Node) -> tuple[str | None, str, set[int]] | None:
    """(name, owner, start bytes of the words that are the statement's own) or None."""
    if statement.type == "expression_statement" and statement.named_children:
        expr = statement.named_children[0]
        if expr.type == "assignment_expression":
            return _assignment(expr)
        if expr.type == "call_expression" and _text(expr.child_by_field_name("function")) == "__setproperty__":
            args = expr.child_by_field_name("arguments")
            values = args.named_children if args is not None else []
            owner = _prototype_of(values[0]) if len(values) == 3 else None
            if owner is not None and values[1].type == "string" and _plain_object(values[2]):
                own = {values[1].start_byte + 1, owner.start_byte}  # the callee is a use
                return _text(values[1])[1:-1], _text(owner), own
    if statement.type in ("function_declaration", "generator_function_declaration"):
        name = statement.child_by_field_name("name")
        return (None, _text(name), {name.start_byte}) if name is not None else None
    return None


def _assignment(expr: Node) -> tuple[str | None, str, set[int]] | None:
    left, right = expr.child_by_field_name("left"), expr.child_by_field_name("right")
    if left is None or right is None or left.type != "member_expression" or not _plain(right):
        return None
    obj, prop = left.child_by_field_name("object"), left.child_by_field_name("property")
    if prop is None:
        return None
    owner = _prototype_of(obj)
    if owner is not None:
        return _text(prop), _text(owner), {prop.start_byte, owner.start_byte}
    if obj is not None and obj.type == "identifier" and _text(prop) in ("__name__", "__bases__"):
        return None, _text(obj), {obj.start_byte, prop.start_byte}
    return None


def _class_attribs(value: Node) -> Node | None:
    """The attributes of `__class__ ('X', [bases], {…})` if defining it runs no code."""
    if value.type != "call_expression" or _text(value.child_by_field_name("function")) != "__class__":
        return None
    args = value.child_by_field_name("arguments")
    values = args.named_children if args is not None else []
    if len(values) != 3 or values[0].type != "string" or values[1].type != "array":
        return None  # a fourth argument is a metaclass, whose __new__ may do anything
    if not all(base.type == "identifier" for base in values[1].named_children):
        return None
    return values[2] if _plain_object(values[2]) else None


def _pure_class(value: Node) -> bool:
    """`class [Name] [extends Base] {…}` (esbuild writes a module's class declarations as
    `var X = class {…}`) whose definition runs no code: methods, and fields of plain values."""
    if value.type != "class":
        return False
    for part in value.named_children:
        if part.type == "class_heritage" and not all(_plain(base) for base in part.named_children):
            return False
        if part.type != "class_body":
            continue
        for member in part.named_children:
            if member.type == "comment":
                continue
            key = member.named_children[0] if member.named_children else None
            if key is not None and key.type == "computed_property_name" \
                    and not all(_plain(k) for k in key.named_children):
                return False
            if member.type == "field_definition":
                if not all(_plain(v) for v in member.named_children[1:] if v.type != "comment"):
                    return False
            elif member.type != "method_definition":
                return False  # a static block
    return True


def _plain_object(node: Node) -> bool:
    """An object literal of methods (getters included) and plain values: defining it runs no
    code."""
    if node.type != "object":
        return False
    for member in node.named_children:
        if member.type == "comment":
            continue
        if member.type not in ("pair", "method_definition"):
            return False  # a spread
        key = member.child_by_field_name("key" if member.type == "pair" else "name")
        if key is None or key.type == "computed_property_name":
            return False
        value = member.child_by_field_name("value")
        if member.type == "pair" and not (value is not None and _plain(value)):
            return False
    return True


def _captures(root: Node, query: Query) -> list[Node]:
    return [node for nodes in _QueryCursor(query).captures(root).values() for node in nodes]


def _top_level(root: Node) -> list[Node]:
    """The bundle's top-level statements: the program's, or, in an IIFE bundle, those of the
    function it calls (`"use strict"; (() => { … })();`)."""
    code = [s for s in root.named_children if s.type != "comment"
            and not (s.type == "expression_statement" and s.named_children
                     and s.named_children[0].type == "string")]
    if len(code) == 1 and code[0].type == "expression_statement" and code[0].named_children:
        call = code[0].named_children[0]
        function = call.child_by_field_name("function") if call.type == "call_expression" else None
        while function is not None and function.type == "parenthesized_expression" \
                and function.named_children:
            function = function.named_children[0]
        body = function.child_by_field_name("body") if function is not None \
            and function.type in ("arrow_function", "function_expression") else None
        if body is not None and body.type == "statement_block":
            return list(body.named_children)
    return list(root.named_children)


def _runtime_statements(statements: list[Node]) -> list[Node]:
    """The statements of the runtime module and pyminis' helpers (PMRT_FOLDER), found by
    esbuild's `// path` comment that opens each module of an unminified bundle."""
    runtime: list[Node] = []
    inside = False
    for statement in statements:
        if statement.type == "comment" and _text(statement).startswith("// "):
            path = _text(statement)
            inside = path.endswith(RUNTIME_FILE) or PMRT_FOLDER in path
        elif inside:
            runtime.append(statement)
    return runtime


def _declared_names(statements: list[Node]) -> tuple[set[str], set[int]]:
    """Top-level declared names, and where each declaring word stands (not a use)."""
    names: set[str] = set()
    where: set[int] = set()
    for statement in statements:
        declared: list[Node | None] = []
        if statement.type in ("function_declaration", "generator_function_declaration",
                              "class_declaration"):
            declared.append(statement.child_by_field_name("name"))
        elif statement.type in ("variable_declaration", "lexical_declaration"):
            declared += [d.child_by_field_name("name") for d in statement.named_children
                         if d.type == "variable_declarator"]
        for name in declared:
            if name is not None and name.type == "identifier":
                names.add(_text(name))
                where.add(name.start_byte)
    return names, where


def _used(name: str, props: set[str], texts: str) -> bool:
    if name in props or name in texts:
        return True
    return name.startswith("py_") and name[3:] in texts  # getattr tries 'py_' + name


_NAME = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")


def prune(code: str) -> Pruned:
    """`code` (an unminified esbuild bundle) without the runtime statements nothing reaches."""
    source = code.encode()
    root = _PARSER.parse(source).root_node
    statements = _top_level(root)
    declared, declaring = _declared_names(statements)
    spots = [spot for spot in map(_spot, _runtime_statements(statements)) if spot is not None]
    pure = {spot.owner for spot in spots if spot.pure_instances}
    spots = [spot for spot in spots if spot.instance_of is None or spot.instance_of in pure]
    candidates = [Candidate(spot) for spot in spots]
    # Variables are named by identifiers only (`self.input` is not `input`), members by property
    # reads and texts. Each leaf goes to the candidate holding it, or to the rest.
    starts = [spot.node.start_byte for spot in spots]
    idents: set[str] = set()
    props: set[str] = set()
    texts: list[str] = []
    for node in _captures(root, _TEXT_QUERY) + _captures(root, _IDENT_QUERY) + _captures(root, _PROP_QUERY):
        at = bisect_right(starts, node.start_byte) - 1
        inside = at >= 0 and node.end_byte <= spots[at].node.end_byte
        if inside and node.start_byte in spots[at].own:
            continue
        owner = candidates[at] if inside else None
        if node.type in ("property_identifier", "shorthand_property_identifier_pattern"):
            (owner.props if owner else props).add(_text(node))
        elif node.type not in ("identifier", "shorthand_property_identifier"):
            if owner is None:
                texts.append(_text(node))
            elif _NAME.fullmatch(_text(node)):
                # The runtime's own code names a member by a string that is the name itself
                # (`'__iter__'`); its messages ("unsupported format string") name none.
                owner.names.add(_text(node))
        elif node.start_byte not in declaring:  # a declaration's own name is no use of it
            (owner.idents if owner else idents).add(_text(node))
    text = "\n".join(texts)
    kept: set[int] = set()
    changed = True
    while changed:  # a kept statement's words make others used: until nothing changes
        changed = False
        for index, candidate in enumerate(candidates):
            spot = candidate.spot
            if index in kept or (spot.owner in declared and spot.owner not in idents):
                continue
            # A member is read as a property (or through a name in a string: getattr), never
            # through a variable of the same name.
            if spot.name is None or _used(spot.name, props, text):
                kept.add(index)
                changed = True
                idents |= candidate.idents
                props |= candidate.props | candidate.names
    out = bytearray(source)
    removed: list[str] = []
    for index in reversed(range(len(spots))):
        if index in kept:
            continue
        spot = spots[index]
        start, end = spot.node.start_byte, spot.node.end_byte
        out[start:end] = b"\n" * source.count(b"\n", start, end)  # lines keep their numbers
        removed.append(spot.owner + ("." + spot.name if spot.name else ""))
    return Pruned(out.decode(), tuple(reversed(removed)))
