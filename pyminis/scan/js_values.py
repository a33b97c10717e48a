"""What a JavaScript expression denotes, as far as can be known without running it.

`name(node)` gives the global a reference reaches ("eval", "navigator.clipboard",
"document.createElement"), seeing through `window.`/`globalThis.`/`self.`, computed members
whose key folds to a constant, parentheses and commas (`(0, eval)`), aliases and `.constructor`
chains. `string(node)` folds constant strings; `fragments(node)` keeps the constant parts of a
string built at run time (enough to see `<iframe` in `"<iframe src=" + url`).
"""

from __future__ import annotations

import base64
import binascii
import re

from tree_sitter import Node

from pyminis.scan.js_scope import Binding, Scopes, name_text

# Names of the global object: `window.eval` is `eval`.
GLOBAL_OBJECTS = frozenset({"window", "globalThis", "self", "top", "parent", "frames"})
# Members that lead back to a window whatever they are read from (`x.ownerDocument.defaultView`),
# and members of a window that are windows too (`window.opener`).
ANY_WINDOW = frozenset({"defaultView", "contentWindow", "parentWindow"})
ANY_DOCUMENT = frozenset({"ownerDocument", "contentDocument"})
WINDOW_MEMBERS = GLOBAL_OBJECTS | {"opener"}
# Global namespaces and constructors: their lower-case members are functions (`Math.max`).
_NAMESPACES = frozenset({"Math", "JSON", "Reflect", "Object", "Array", "String", "Number",
                         "console", "Promise", "Date", "Intl", "Atomics", "Symbol", "document",
                         "navigator", "performance", "crypto", "Function"})
# Literals that are values and never functions (for timers: a value is turned into code).
_VALUE_LITERALS = frozenset({"string", "template_string", "number", "array", "object", "regex",
                             "true", "false", "binary_expression", "unary_expression",
                             "update_expression", "augmented_assignment_expression"})
# Constructors whose `new` makes an object that is not a function.
_VALUE_CONSTRUCTORS = frozenset({"String", "Number", "Boolean", "Object", "Array", "Date",
                                 "RegExp", "Error", "Map", "Set", "URL", "Blob"})
# Globals that are functions: their `.constructor` is `Function`.
GLOBAL_FUNCTIONS = frozenset({
    "Function", "Object", "Array", "String", "Number", "Boolean", "Symbol", "BigInt", "Date",
    "RegExp", "Promise", "Error", "Map", "Set", "WeakMap", "WeakSet", "Proxy", "eval",
    "setTimeout", "setInterval", "parseInt", "parseFloat", "isNaN", "isFinite", "fetch", "alert",
    "requestAnimationFrame", "encodeURIComponent", "decodeURIComponent", "escape", "unescape",
})
# Forbidden globals that a helper call can reach by name (`getattr(window, "eval")`).
NAMED_MEMBERS = frozenset({"eval", "Function", "location", "document.location", "setTimeout",
                           "setInterval", "navigator.clipboard", "navigator.vibrate"})
_LITERAL_CONSTRUCTORS = {"array": "Array", "object": "Object", "string": "String",
                         "template_string": "String", "number": "Number", "true": "Boolean",
                         "false": "Boolean", "regex": "RegExp"}
FUNCTION_VALUES = frozenset({"function_expression", "function", "arrow_function",
                             "generator_function", "function_declaration",
                             "generator_function_declaration", "class", "class_declaration"})
# Methods of a string that return a string.
_STRING_METHODS = frozenset({"format", "concat", "replace", "replaceAll", "slice", "substring",
                             "substr", "toLowerCase", "toUpperCase", "trim", "repeat", "padStart",
                             "padEnd"})
_MAX_DEPTH = 24  # aliases of aliases; deeper chains are not followed
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}
_ESCAPE = re.compile(r"\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[\s\S])")


def text(node: Node) -> str:
    return (node.text or b"").decode("utf-8", "replace")


def unescape(raw: str) -> str:
    """JavaScript string escapes (`\\x65`, `\\u0065`, `\\u{65}`, `\\n`, line continuations)."""

    def one(match: re.Match[str]) -> str:
        body = match.group(1)
        if body.startswith("u{"):
            return chr(int(body[2:-1], 16))
        if body[0] in "ux" and len(body) > 1:
            return chr(int(body[1:], 16))
        if body in ("\n", "\r\n", "\r", "\u2028", "\u2029"):
            return ""
        return _SIMPLE_ESCAPES.get(body, body)

    return _ESCAPE.sub(one, raw)


def arguments(call: Node) -> list[Node]:
    """A call's arguments; for a tagged template (f`…`) the template, which stands for its
    array of strings (what a timer or document.write turn into text)."""
    args = call.child_by_field_name("arguments")
    if args is None:
        return []
    if args.type == "template_string":
        return [args]
    if args.type != "arguments":
        return []
    return [child for child in args.named_children if child.type != "comment"]


def is_tagged(call: Node) -> bool:
    args = call.child_by_field_name("arguments")
    return args is not None and args.type == "template_string"


def strip(node: Node) -> Node:
    """The expression inside parentheses and the last of a comma sequence: `(0, eval)` → eval."""
    while True:
        if node.type in ("parenthesized_expression", "sequence_expression") \
                and node.named_children:
            node = node.named_children[-1]
        else:
            return node


class Values:
    """Evaluates expressions of one tree; memoised per node."""

    def __init__(self, scopes: Scopes) -> None:
        self.scopes = scopes
        self._names: dict[int, str | None] = {}
        self._readers: dict[int, bool] = {}

    # -- references to globals ------------------------------------------------------------

    def name(self, node: Node, depth: int = 0) -> str | None:
        """The global path `node` denotes ("eval", "location.href"), or None if unknown."""
        if depth > _MAX_DEPTH:
            return None
        cached = self._names.get(node.id, "")
        if cached != "":
            return cached
        self._names[node.id] = None  # a cycle through aliases resolves to "unknown"
        found = self._name(strip(node), depth + 1)
        self._names[node.id] = found
        return found

    def _name(self, node: Node, depth: int) -> str | None:
        kind = node.type
        if kind in ("identifier", "shorthand_property_identifier"):
            binding = self.scopes.binding(node)
            if binding is None:
                name = name_text(node)
                return "window" if name in GLOBAL_OBJECTS else name
            return self._alias(binding, depth)
        if kind == "new_expression":  # `new Proxy(window, h)` reaches what window reaches
            constructor = node.child_by_field_name("constructor")
            args = arguments(node)
            if constructor is not None and args and self.name(constructor, depth) == "Proxy":
                return self.name(args[0], depth)
            return None
        if kind == "this" and _top_level(node):
            return "window"  # a classic script's top-level `this`
        if kind in ("member_expression", "subscript_expression"):
            return self._member(node, depth)
        if kind == "call_expression":
            return self._call(node, depth)
        if kind == "assignment_expression":
            right = node.child_by_field_name("right")
            return self.name(right, depth) if right is not None else None
        if kind == "binary_expression" and _operator(node) in ("||", "??", "&&"):
            for side in ("right", "left"):
                part = node.child_by_field_name(side)
                found = self.name(part, depth) if part is not None else None
                if found is not None:
                    return found
        if kind == "ternary_expression":
            for side in ("consequence", "alternative"):
                part = node.child_by_field_name(side)
                found = self.name(part, depth) if part is not None else None
                if found is not None:
                    return found
        return None

    def _alias(self, binding: Binding, depth: int) -> str | None:
        for value in binding.values:
            found = self.name(value, depth)
            if found is not None:
                return found
        for source, key in binding.members:
            found = self.member_of(self.name(source, depth), key)
            if found is not None:
                return found
        return None

    @staticmethod
    def member_of(obj: str | None, key: str) -> str | None:
        """The global path of `obj[key]`: members of the global object are globals."""
        if obj is None:
            return None
        if obj == "window":
            return "window" if key in WINDOW_MEMBERS or key.isdigit() else key
        return f"{obj}.{key}"

    def property_name(self, node: Node) -> str | None:
        """The key of a member access: `o.key`, `o["k" + "ey"]`, `o?.key`."""
        if node.type == "member_expression":
            prop = node.child_by_field_name("property")
            return name_text(prop) if prop is not None else None
        index = node.child_by_field_name("index")
        return self.string(index) if index is not None else None

    def _member(self, node: Node, depth: int) -> str | None:
        obj_node = node.child_by_field_name("object")
        prop = self.property_name(node)
        if obj_node is None or prop is None:
            return None
        if prop in ANY_WINDOW:
            return "window"
        if prop in ANY_DOCUMENT:
            return "document"
        inner = strip(obj_node)
        if inner.type == "array" and prop.isdigit():  # `[eval][0]`
            items = [c for c in inner.named_children if c.type != "comment"]
            return self.name(items[int(prop)], depth) if int(prop) < len(items) else None
        obj = self.name(obj_node, depth)
        if prop == "constructor":
            return self._constructor_of(obj_node, obj, depth)
        return self.member_of(obj, prop)

    def _constructor_of(self, obj_node: Node, obj: str | None, depth: int) -> str:
        """`x.constructor`: of a function it is Function; of a literal, its class."""
        if obj is not None:
            if obj in GLOBAL_FUNCTIONS or obj.endswith("constructor"):
                return "Function"  # every constructor's constructor is Function
            if obj.endswith(".prototype"):
                return obj[: -len(".prototype")]
            root, _, last = obj.rpartition(".")
            if root.split(".")[0] in _NAMESPACES and last[:1].islower():
                return "Function"  # `Math.max.constructor`: a built-in function's
            return f"{obj}.constructor"
        inner = strip(obj_node)
        if self.is_function(inner, depth):
            return "Function"
        if inner.type == "member_expression":
            prop = self.property_name(inner)
            base = inner.child_by_field_name("object")
            if prop == "constructor":
                return "Function"  # `x.constructor.constructor`: a constructor's constructor
            if base is not None and strip(base).type in _LITERAL_CONSTRUCTORS \
                    and prop is not None and prop[:1].islower():
                return "Function"  # `[].filter.constructor`: a method of a literal
        literal = _LITERAL_CONSTRUCTORS.get(inner.type)
        return literal if literal is not None else "*.constructor"

    def is_function(self, node: Node, depth: int = 0) -> bool:
        node = strip(node)
        if node.type in FUNCTION_VALUES:
            return True
        if node.type == "identifier":
            binding = self.scopes.binding(node)
            if binding is not None:
                return any(v.type in FUNCTION_VALUES for v in binding.values)
        return self.name(node, depth) in GLOBAL_FUNCTIONS

    def _call(self, node: Node, depth: int) -> str | None:
        callee_node = node.child_by_field_name("function")
        if callee_node is None:
            return None
        callee = self.name(callee_node, depth)
        args = arguments(node)
        if callee in ("Object.getPrototypeOf", "Reflect.getPrototypeOf") and args \
                and self.is_function(args[0], depth):
            return "Function.prototype"
        if callee in ("document.createElement", "document.createElementNS") and args:
            tag = self.string(args[-1] if callee.endswith("NS") else args[0])
            return f"<{tag.lower()}>" if tag is not None else None
        if callee is not None and callee.endswith(".bind"):
            return callee[: -len(".bind")]  # a bound eval is still eval
        return self._by_name(args, depth)

    def _by_name(self, args: list[Node], depth: int) -> str | None:
        """`f(window, "eval")`: a forbidden global read by name through a helper — Python's
        getattr/subscripts compile to such calls (`_pm_getattr(window, "eval")`), as does
        `Reflect.get`. Only forbidden names count, so other helpers stay unknown."""
        if len(args) < 2:
            return None
        obj = self.name(args[0], depth)
        key = self.string(args[1], depth) if obj is not None else None
        if obj is None or key is None:
            return None
        member = self.member_of(obj, key)
        return member if member in NAMED_MEMBERS else None

    # -- constant strings -----------------------------------------------------------------

    def string(self, node: Node, depth: int = 0) -> str | None:
        """The constant string `node` evaluates to, or None when it depends on run time."""
        if depth > _MAX_DEPTH:
            return None
        node = strip(node)
        kind = node.type
        if kind == "string":
            return unescape(text(node)[1:-1])
        if kind == "template_string":
            parts = []
            for child in node.named_children:
                if child.type == "template_substitution":
                    inner = child.named_children[0] if child.named_children else None
                    value = self.string(inner, depth + 1) if inner is not None else None
                    if value is None:
                        return None
                    parts.append(value)
                elif child.type in ("string_fragment", "escape_sequence"):
                    parts.append(unescape(text(child)))
            return "".join(parts)
        if kind == "number":
            number = text(node)
            return number if number.isdigit() else None
        if kind == "binary_expression" and _operator(node) == "+":
            left = node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            if left is None or right is None:
                return None
            a, b = self.string(left, depth + 1), self.string(right, depth + 1)
            return a + b if a is not None and b is not None else None
        if kind == "identifier":
            binding = self.scopes.binding(node)
            if binding is not None and len(binding.values) == 1 and not binding.opaque:
                return self.string(binding.values[0], depth + 1)
            return None
        if kind == "call_expression":
            return self._string_call(node, depth + 1)
        return None

    # -- what a value is --------------------------------------------------------------------

    def not_a_function(self, node: Node, depth: int = 0) -> bool:
        """True when `node` certainly is not a function (a string, a number, an array, an
        object literal, `new String(…)`…): a timer turns such a value into code."""
        node = strip(node)
        if depth > _MAX_DEPTH:
            return False
        if node.type in _VALUE_LITERALS or self.stringish(node, depth + 1):
            return True
        if node.type == "new_expression":
            constructor = node.child_by_field_name("constructor")
            return constructor is not None and self.name(constructor, depth) in _VALUE_CONSTRUCTORS
        if node.type == "call_expression":
            callee = node.child_by_field_name("function")
            return callee is not None and self.name(callee, depth) in ("String.raw", "String")
        if node.type == "identifier":
            binding = self.scopes.binding(node)
            return binding is not None and not binding.opaque and bool(binding.values) and all(
                self.not_a_function(value, depth + 1) for value in binding.values)
        return False

    def keyed_reader(self, callee: Node, depth: int = 0) -> bool:
        """Is `callee` a function of the program that reads its first parameter by its second
        (`function get(o, k) { … o[k] … }`, or passes both on to such a function)? Python's
        subscripts and getattr compile to such helpers, whatever the bundler renames them."""
        callee = strip(callee)
        if depth > 4 or callee.type != "identifier":
            return False
        binding = self.scopes.binding(callee)
        if binding is None or binding.opaque or len(binding.values) != 1 \
                or binding.values[0].type not in FUNCTION_VALUES:
            return False
        function = binding.values[0]
        if function.id in self._readers:
            return self._readers[function.id]
        self._readers[function.id] = False  # recursion ends here
        parameters = function.child_by_field_name("parameters")
        names = [c for c in parameters.named_children if c.type == "identifier"] \
            if parameters is not None else []
        found = False
        if len(names) >= 2:
            obj = self.scopes.declared(function, name_text(names[0]))
            key = self.scopes.declared(function, name_text(names[1]))
            found = self._reads_by_key(function, obj, key, depth)
        self._readers[function.id] = found
        return found

    def _reads_by_key(self, function: Node, obj: Binding | None, key: Binding | None,
                      depth: int) -> bool:
        def bound(node: Node | None, binding: Binding | None) -> bool:
            node = strip(node) if node is not None else None
            return node is not None and node.type == "identifier" and binding is not None \
                and self.scopes.binding(node) is binding

        body = function.child_by_field_name("body")
        stack = [body] if body is not None else []
        while stack:
            node = stack.pop()
            if node.type == "subscript_expression" and bound(
                    node.child_by_field_name("object"), obj) and bound(
                    node.child_by_field_name("index"), key):
                return True
            if node.type == "call_expression":
                args = arguments(node)
                callee = node.child_by_field_name("function")
                if len(args) >= 2 and bound(args[0], obj) and bound(args[1], key) \
                        and callee is not None and self.keyed_reader(callee, depth + 1):
                    return True
            stack.extend(node.named_children)
        return False

    def is_object_url(self, node: Node, depth: int = 0) -> bool:
        """`URL.createObjectURL(…)` (or a name only ever given one): a blob: URL made at run
        time from data the program holds."""
        node = strip(node)
        if depth > _MAX_DEPTH:
            return False
        if node.type == "call_expression":
            callee = node.child_by_field_name("function")
            return callee is not None and self.name(callee, depth) in (
                "URL.createObjectURL", "webkitURL.createObjectURL")
        if node.type == "identifier":
            binding = self.scopes.binding(node)
            return binding is not None and any(self.is_object_url(v, depth + 1)
                                               for v in binding.values)
        return False

    def _string_call(self, node: Node, depth: int) -> str | None:
        callee_node = node.child_by_field_name("function")
        if callee_node is None:
            return None
        args = arguments(node)
        if callee_node.type == "member_expression":
            method = self.property_name(callee_node)
            receiver = callee_node.child_by_field_name("object")
            if receiver is None:
                return None
            if method == "join" and strip(receiver).type == "array":
                items = [self.string(i, depth) for i in strip(receiver).named_children]
                sep = self.string(args[0], depth) if args else ","
                if sep is not None and all(i is not None for i in items):
                    return sep.join(i for i in items if i is not None)
                return None
            if method in ("toLowerCase", "toUpperCase", "trim", "concat"):
                base = self.string(receiver, depth)
                if base is None:
                    return None
                if method == "concat":
                    rest = [self.string(a, depth) for a in args]
                    return None if None in rest else base + "".join(r or "" for r in rest)
                return base.lower() if method == "toLowerCase" else (
                    base.upper() if method == "toUpperCase" else base.strip())
        callee = self.name(callee_node, depth)
        if callee == "String.fromCharCode":
            codes = [text(strip(a)) for a in args]
            if codes and all(c.isdigit() for c in codes):
                return "".join(chr(int(c)) for c in codes)
        if callee == "atob" and len(args) == 1:
            encoded = self.string(args[0], depth)
            try:
                return base64.b64decode(encoded or "", validate=True).decode("latin-1") \
                    if encoded is not None else None
            except (binascii.Error, ValueError):
                return None
        return None

    def fragments(self, node: Node, depth: int = 0) -> str:
        """The constant parts of a string built at run time, joined (unknown parts dropped)."""
        if depth > _MAX_DEPTH:
            return ""
        node = strip(node)
        constant = self.string(node, depth)
        if constant is not None:
            return constant
        if node.type == "binary_expression" and _operator(node) == "+":
            return "".join(self.fragments(part, depth + 1) for part in
                           (node.child_by_field_name("left"), node.child_by_field_name("right"))
                           if part is not None)
        if node.type == "template_string":
            return "".join(unescape(text(c)) for c in node.named_children
                           if c.type in ("string_fragment", "escape_sequence"))
        return ""

    def stringish(self, node: Node, depth: int = 0) -> bool:
        """True when `node` is certainly a string (literal, template, concatenation with one,
        a string method's result, a variable only ever given such values)."""
        node = strip(node)
        if depth > _MAX_DEPTH:
            return False
        if node.type in ("string", "template_string"):
            return True
        if node.type == "binary_expression" and _operator(node) == "+":
            return any(self.stringish(part, depth + 1) for part in
                       (node.child_by_field_name("left"), node.child_by_field_name("right"))
                       if part is not None)
        if node.type == "identifier":
            binding = self.scopes.binding(node)
            return binding is not None and bool(binding.values) and all(
                self.stringish(value, depth + 1) for value in binding.values)
        if node.type == "call_expression":
            # Python's f-strings and str.format reach JavaScript as "…".format(…)
            callee = node.child_by_field_name("function")
            if callee is not None and strip(callee).type == "member_expression":
                method = self.property_name(strip(callee))
                receiver = strip(callee).child_by_field_name("object")
                if method in ("join", "toString", "toFixed"):
                    return True  # these always return a string
                if method in _STRING_METHODS and receiver is not None \
                        and self.stringish(receiver, depth + 1):
                    return True
            elif callee is not None and self.name(callee) == "String":
                return True
        return self.string(node) is not None


def _top_level(node: Node) -> bool:
    """Outside every function (where `this` is the global object in a classic script)."""
    parent = node.parent
    while parent is not None:
        if parent.type in ("function_expression", "function", "function_declaration",
                           "generator_function", "generator_function_declaration",
                           "method_definition", "class_body", "class_static_block"):
            return False
        parent = parent.parent
    return True


def _operator(node: Node) -> str:
    op = node.child_by_field_name("operator")
    return text(op) if op is not None else ""
