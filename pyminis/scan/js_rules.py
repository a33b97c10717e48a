"""The restriction rules over one JavaScript source, parsed with tree-sitter-javascript.

A real parser, so `eval` in a string, a comment, a regular expression or as a property key is
never mistaken for a call. Each rule looks at what a node *denotes* (js_values.Values), so
`window["ev" + "al"]`, `(0, eval)`, aliases and `[].constructor.constructor` are all seen.
"""

from __future__ import annotations

import tree_sitter_javascript
from tree_sitter import Language, Node, Parser

from pyminis.scan.css import scan_css
from pyminis.scan.findings import Hit, Policy
from pyminis.scan.js_scope import Scopes, destructured_keys
from pyminis.scan.js_values import Values, arguments, is_tagged, strip, text
from pyminis.scan.markup import parse_markup
from pyminis.scan.urls import is_code_url, is_font_host, is_foreign, is_trusted

_PARSER = Parser(Language(tree_sitter_javascript.language()))

_TIMERS = frozenset({"setTimeout", "setInterval", "setImmediate", "execScript"})
_CLIPBOARD_COMMANDS = frozenset({"copy", "cut", "paste"})
_HTTP_METHODS = frozenset({"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"})
# The SDK's network calls (native runtime and H5 SDK): `{url: …}` is the address.
_SDK_NETWORK = frozenset({"request", "connectSocket", "downloadFile", "uploadFile"})
_URL_CONSTRUCTORS = frozenset({"WebSocket", "EventSource"})
_HTML_SINK_PROPERTIES = frozenset({"innerHTML", "outerHTML"})
# The objects whose members a computed key must not reach, and what only reads them by key.
_SENSITIVE_OBJECTS = frozenset({"window", "document"})
_KEYED_READERS = frozenset({"Reflect.get", "Reflect.getOwnPropertyDescriptor",
                            "Object.getOwnPropertyDescriptor", "getattr", "_pm_getattr",
                            "_pm_gi", "_pm_gi2", "Reflect.has"})
_KEY_LISTERS = frozenset({"Object.keys", "Object.values", "Object.entries",
                          "Object.getOwnPropertyNames", "Object.getOwnPropertyDescriptors",
                          "Reflect.ownKeys", "Object.getOwnPropertySymbols"})
# A script element's code, set as text.
_SCRIPT_TEXT_PROPERTIES = frozenset({"text", "textContent", "innerHTML", "innerText",
                                     "outerHTML"})
_SCRIPT_TEXT_METHODS = frozenset({"appendChild", "append", "prepend", "insertBefore",
                                  "replaceChildren", "insertAdjacentText", "insertAdjacentHTML"})
# Properties and attributes holding a URL a click or a load follows.
_URL_PROPERTIES = frozenset({"href", "src", "action", "formAction", "formaction", "data",
                             "xlink:href"})
# Tags whose creation alone is a finding.
_TAG_RULES = {"iframe": "iframe", "frame": "iframe", "base": "base-element",
              "object": "object-embed", "embed": "object-embed", "applet": "object-embed",
              "frameset": "iframe", "portal": "iframe"}
# What a local variable may hold and still be the forbidden API itself (`var e = eval`).
_API_OBJECTS = frozenset({"eval", "location", "document.location", "navigator.clipboard",
                          "navigator.vibrate", "ClipboardItem", "clipboardData"})


def _reference_rule(name: str, target: str) -> str | None:
    """The rule a mere reference to global `name` breaks, whatever is done with it."""
    root = name.split(".", 1)[0]
    if name == "eval":
        return "eval"
    if root == "location" or name == "document.location" or name.startswith("document.location."):
        return "location"
    if name.startswith("navigator.clipboard") or root in ("ClipboardItem", "clipboardData"):
        return "clipboard"
    if target != "native" and name in ("navigator.vibrate", "navigator.webkitVibrate",
                                       "navigator.mozVibrate"):
        return "vibrate"
    return None


# The nodes the rules look at, collected by the one walk over the tree (js_scope.Scopes).
_RULE_NODES = frozenset({"identifier", "shorthand_property_identifier", "member_expression",
                         "subscript_expression", "call_expression", "new_expression",
                         "assignment_expression", "augmented_assignment_expression",
                         "variable_declarator", "with_statement", "for_in_statement"})


class _Checker:
    def __init__(self, source: bytes, policy: Policy) -> None:
        self.source = source
        self.policy = policy
        self.tree = _PARSER.parse(source)
        self.values = Values(Scopes(self.tree.root_node, _RULE_NODES))
        self.hits: list[Hit] = []
        self._reported: set[tuple[int, str]] = set()

    def hit(self, node: Node, rule: str, detail: str) -> None:
        if (node.start_byte, rule) in self._reported:
            return
        self._reported.add((node.start_byte, rule))
        row, byte_col = node.start_point
        prefix = self.source[node.start_byte - byte_col:node.start_byte].decode("utf-8", "replace")
        utf16 = len(prefix.encode("utf-16-le")) // 2
        self.hits.append(Hit(row + 1, len(prefix) + 1, rule, detail, utf16))

    def snippet(self, node: Node, limit: int = 60) -> str:
        code = " ".join(text(node).split())
        return code if len(code) <= limit else code[: limit - 1] + "…"

    def run(self) -> list[Hit]:
        for node in self.values.scopes.collected:
            kind = node.type
            if kind in ("identifier", "shorthand_property_identifier", "member_expression",
                        "subscript_expression"):
                self.reference(node)
            elif kind == "call_expression":
                self.reference(node)  # `getattr(window, "eval")` reads eval by name
                self.call(node)
            elif kind == "new_expression":
                self.new(node)
            elif kind in ("assignment_expression", "augmented_assignment_expression"):
                self.assignment(node)
            elif kind == "variable_declarator":
                self.destructuring(node)
            elif kind == "with_statement":
                self.hit(node, "with-statement", self.snippet(node, 40))
            elif kind == "for_in_statement":
                self.key_walk(node)
        return sorted(self.hits, key=lambda h: (h.line, h.column, h.rule))

    def key_walk(self, node: Node) -> None:
        """`for (k in window)`: the global object searched by its keys."""
        operator = node.child_by_field_name("operator")
        right = node.child_by_field_name("right")
        if operator is not None and text(operator) == "in" and right is not None \
                and self.values.name(right) in _SENSITIVE_OBJECTS:
            self.hit(node, "global-computed", self.snippet(node, 40))

    # -- references -----------------------------------------------------------------------

    def reference(self, node: Node) -> None:
        if node.type == "subscript_expression":
            self.computed(node)
        scopes = self.values.scopes
        if node.type in ("identifier", "shorthand_property_identifier"):
            if scopes.is_declaration(node):
                return
            if _is_assignment_target(node) and scopes.binding(node) is not None:
                return  # `e = eval` is reported at `eval`; a local's write is no new use
        name = self.values.name(node)
        if name is None:
            return
        rule = _reference_rule(name, self.policy.target)
        if rule is None:
            return
        obj = node.child_by_field_name("object")
        if obj is not None:
            inner = self.values.name(obj)
            if inner is not None and _reference_rule(inner, self.policy.target) == rule:
                return  # reported at the inner reference (`location` of `location.href`)
        shown = self.snippet(node)
        if node.type == "identifier" and self.values.scopes.binding(node) is not None:
            if name not in _API_OBJECTS:
                return  # `h = location.href` holds a string; `location` was reported there
            shown += f" (an alias of {name})"
        self.hit(node, rule, shown)

    def computed(self, node: Node) -> None:
        """`window[k]` with a key the scan cannot fold to a constant."""
        obj = node.child_by_field_name("object")
        if obj is not None and self.values.property_name(node) is None \
                and self.values.name(obj) in _SENSITIVE_OBJECTS:
            self.hit(node, "global-computed", self.snippet(node))

    def destructuring(self, node: Node) -> None:
        """`const {location} = window`: taking a forbidden member out by its key."""
        pattern = node.child_by_field_name("name")
        value = node.child_by_field_name("value")
        if pattern is None or value is None or pattern.type != "object_pattern":
            return
        base = self.values.name(value)
        for key, _ in destructured_keys(pattern):
            member = self.values.member_of(base, key)
            rule = _reference_rule(member, self.policy.target) if member is not None else None
            if rule is not None and (base is None or _reference_rule(base, self.policy.target) != rule):
                self.hit(node, rule, f"{self.snippet(node)} (takes {member})")

    # -- calls ----------------------------------------------------------------------------

    def call(self, node: Node) -> None:
        callee_node = node.child_by_field_name("function")
        if callee_node is None:
            return
        args = arguments(node)
        if callee_node.type == "import":
            self.dynamic_import(node, args)
            return
        callee = self.values.name(callee_node)
        if callee == "Reflect.apply" and args:  # Reflect.apply(f, this, [args])
            spread = strip(args[2]) if len(args) > 2 else None
            callee = self.values.name(args[0])
            args = spread.named_children if spread is not None and spread.type == "array" else []
        elif callee is not None and callee.endswith((".call", ".apply")):
            callee, args = self._unwrap_call_apply(callee, args)
        if callee is not None:
            self.global_call(node, callee, args)
        self.keyed(node, callee_node, callee, args)
        if strip(callee_node).type in ("member_expression", "subscript_expression"):
            method = self.values.property_name(strip(callee_node))
            if method is not None:
                self.method_call(node, strip(callee_node), method, args)

    def _unwrap_call_apply(self, callee: str, args: list[Node]) -> tuple[str, list[Node]]:
        base, _, how = callee.rpartition(".")
        if how == "call":
            return base, args[1:]
        spread = strip(args[1]) if len(args) > 1 else None
        return base, spread.named_children if spread is not None and spread.type == "array" else []

    def keyed(self, node: Node, callee_node: Node, callee: str | None, args: list[Node]) -> None:
        """`Reflect.get(window, k)`, `Object.keys(window)`, a helper `get(window, k)`: the
        global object read by a key known only at run time, or searched by its keys."""
        if not args or self.values.name(args[0]) not in _SENSITIVE_OBJECTS:
            return
        if callee in _KEY_LISTERS:
            self.hit(node, "global-computed", self.snippet(node))
        elif len(args) > 1 and self.values.string(args[1]) is None and (
                callee in _KEYED_READERS or self.values.keyed_reader(callee_node)):
            self.hit(node, "global-computed", self.snippet(node))

    def global_call(self, node: Node, callee: str, args: list[Node]) -> None:
        if callee in _TIMERS and args and self.values.not_a_function(args[0]):
            self.hit(node, "string-timer", self.snippet(node))
        elif callee == "Function" or (callee == "Reflect.construct" and args
                                      and self.values.name(args[0]) == "Function"):
            self.hit(node, "function-constructor", self.snippet(node))
        elif callee == "document.execCommand" and args:
            command = self.values.string(args[0])
            if command is not None and command.strip().lower() in _CLIPBOARD_COMMANDS:
                self.hit(node, "clipboard", self.snippet(node))
        elif callee in ("document.createElement", "document.createElementNS") and args:
            tag = self.values.string(args[-1] if callee.endswith("NS") else args[0])
            rule = _TAG_RULES.get(tag.strip().lower()) if tag is not None else "dynamic-element"
            if rule is not None:
                self.hit(node, rule, self.snippet(node))
        elif callee in ("document.write", "document.writeln"):
            for arg in args:
                self.html_sink(node, arg, dynamic=True)
        elif callee in ("fetch", "navigator.sendBeacon") and args:
            self.request(node, args[0])
        elif callee == "importScripts":
            for arg in args:
                self.script_url(node, arg)

    def method_call(self, node: Node, callee: Node, method: str, args: list[Node]) -> None:
        receiver_node = callee.child_by_field_name("object")
        receiver = self.values.name(receiver_node) if receiver_node is not None else None
        if receiver == "<script>" and method in _SCRIPT_TEXT_METHODS:
            self.hit(node, "script-text", self.snippet(node))
        elif method == "insertAdjacentHTML" and len(args) > 1:
            self.html_sink(node, args[1])
        elif method == "createContextualFragment" and args:  # its scripts run
            self.html_sink(node, args[0], dynamic=True)
        elif method == "assign" and receiver == "Object" and len(args) > 1:
            self.assign_properties(node, args[0], args[1:])
        elif method == "insertRule" and args:  # CSSStyleSheet.insertRule("@import …")
            self.css_sink(node, args[0])
        elif method == "open" and len(args) > 1:
            verb = self.values.string(args[0])
            if verb is not None and verb.strip().upper() in _HTTP_METHODS:
                self.request(node, args[1])  # XMLHttpRequest.open(method, url)
        elif method in _SDK_NETWORK and args:
            self.sdk_request(node, args)
        elif method == "setAttribute" and len(args) > 1 and receiver is not None:
            attribute = self.values.string(args[0])
            if attribute is not None:
                self.element_property(node, receiver, attribute.strip().lower(), args[1])

    def sdk_request(self, node: Node, args: list[Node]) -> None:
        first = strip(args[0])
        if first.type == "call_expression":  # Transcrypt's keyword arguments: f(__kwargtrans__({…}))
            inner = arguments(first)
            first = strip(inner[0]) if inner else first
        if first.type == "object":
            for pair in first.named_children:
                key = pair.child_by_field_name("key") if pair.type == "pair" else None
                if key is not None and text(key).strip("'\"") == "url":
                    value = pair.child_by_field_name("value")
                    if value is not None:
                        self.request(node, value)
        else:
            url = self.values.string(first)
            if url is not None and is_foreign(url):
                self.request(node, first)

    def assign_properties(self, node: Node, target: Node, sources: list[Node]) -> None:
        """`Object.assign(script, {text: code})`: each key set as by `script.text = …`."""
        element = self.values.name(target)
        if element is None:
            return
        for source in sources:
            source = strip(source)
            if source.type != "object":
                continue
            for pair in source.named_children:
                key = pair.child_by_field_name("key") if pair.type == "pair" else None
                value = pair.child_by_field_name("value") if pair.type == "pair" else None
                if key is not None and value is not None:
                    self.element_property(node, element, text(key).strip("'\""), value)

    def dynamic_import(self, node: Node, args: list[Node]) -> None:
        if not args:
            return
        if self.code_url(node, args[0]):
            return
        url = self.values.string(args[0])
        if url is None:
            if self.policy.target == "native":
                self.hit(node, "dynamic-script", self.snippet(node))
        elif is_foreign(url):
            self.hit(node, "foreign-script", self.snippet(node))

    def new(self, node: Node) -> None:
        constructor = node.child_by_field_name("constructor")
        if constructor is None:
            return
        name = self.values.name(constructor)
        args = arguments(node)
        if name == "Function":
            self.hit(node, "function-constructor", self.snippet(node))
        elif name in _URL_CONSTRUCTORS and args:
            self.request(node, args[0])
        elif name in ("Worker", "SharedWorker") and args:
            self.script_url(node, args[0])
            if not self.code_url(node, args[0]) and self.values.string(args[0]) is None:
                self.hit(node, "dynamic-script", self.snippet(node))

    # -- assignments ----------------------------------------------------------------------

    def assignment(self, node: Node) -> None:
        left = node.child_by_field_name("left")
        right = node.child_by_field_name("right")
        if left is None or right is None or left.type not in ("member_expression",
                                                               "subscript_expression"):
            return
        prop = self.values.property_name(left)
        obj = left.child_by_field_name("object")
        element = self.values.name(obj) if obj is not None else None
        if element == "<style>" and prop in ("textContent", "innerHTML", "innerText"):
            self.css_sink(node, right)
        elif element == "<script>" and prop in _SCRIPT_TEXT_PROPERTIES:
            self.hit(node, "script-text", self.snippet(node))
        elif prop in _HTML_SINK_PROPERTIES:
            self.html_sink(node, right)
        elif prop in _URL_PROPERTIES and self.javascript_url(right):
            self.hit(node, "code-url", self.snippet(node))
        elif element is not None and prop is not None:
            self.element_property(node, element, prop, right)

    def element_property(self, node: Node, element: str, prop: str, value: Node) -> None:
        """`script.src = url`, `link.href = url` on elements made by createElement."""
        if prop in _URL_PROPERTIES and self.javascript_url(value):
            self.hit(node, "code-url", self.snippet(node))
        elif element == "<script>" and prop in _SCRIPT_TEXT_PROPERTIES:
            self.hit(node, "script-text", self.snippet(node))
        elif element == "<script>" and prop in ("src", "href", "xlink:href"):
            if not self.code_url(node, value):
                self.script_url(node, value)
        elif element == "<link>" and prop == "href":
            url = self.values.string(value)
            if url is not None and is_foreign(url) and not is_font_host(url):
                self.hit(node, "foreign-stylesheet", self.snippet(node))
        elif element in ("<iframe>", "<frame>") and prop in ("src", "srcdoc"):
            self.hit(node, "iframe", self.snippet(node))

    # -- shared checks --------------------------------------------------------------------

    def script_url(self, node: Node, value: Node) -> None:
        if self.code_url(node, value):
            return
        url = self.values.string(value)
        if url is not None and is_foreign(url):
            self.hit(node, "foreign-script", self.snippet(node))

    def code_url(self, node: Node, value: Node) -> bool:
        """A script or worker loaded from a blob: or data: URL (code from a string)."""
        start = self.values.fragments(value) if self.values.string(value) is None \
            else self.values.string(value)
        if self.values.is_object_url(value) or (start and is_code_url(start)):
            self.hit(node, "code-url", self.snippet(node))
            return True
        return False

    def javascript_url(self, value: Node) -> bool:
        known = self.values.string(value)
        start = known if known is not None else self.values.fragments(value)
        return bool(start) and start.strip().lower().startswith(("javascript:", "vbscript:"))

    def request(self, node: Node, value: Node) -> None:
        url = self.values.string(value)
        if url is not None and not is_trusted(url, self.policy.trusted_domains):
            self.hit(node, "untrusted-domain", self.snippet(node))

    def css_sink(self, node: Node, value: Node) -> None:
        """CSS written by script: `style.textContent = "@import url(…)"`."""
        css = self.values.fragments(value)
        if "@" in css:
            for found in scan_css(css.encode()):
                self.hit(node, found.rule, f"{self.snippet(node)} writes {found.detail}")

    def html_sink(self, node: Node, value: Node, dynamic: bool = False) -> None:
        """HTML written by script: its tags obey the same rules as an .html file, and its
        inline code (handlers such as onerror, scripts) the rules of JavaScript. `dynamic`:
        a sink that runs the scripts it writes, so HTML the scan cannot read is denied."""
        if dynamic and self.values.string(value) is None:
            self.hit(node, "dynamic-html", self.snippet(node))
        html = self.values.fragments(value)
        if "<" not in html:
            return
        markup = parse_markup(html, self.policy.platform_scripts)
        for found in markup.hits:
            self.hit(node, found.rule, f"{self.snippet(node)} writes {found.detail}")
        for block in markup.inline:
            inner = scan_js(block.text.encode(), self.policy) if block.kind == "js" \
                else scan_css(block.text.encode())
            for found in inner:
                self.hit(node, found.rule, f"{self.snippet(node)} writes {found.detail}")


def _is_assignment_target(node: Node) -> bool:
    """`x = …`: the left side of a plain assignment."""
    parent = node.parent
    return (parent is not None and parent.type == "assignment_expression"
            and parent.child_by_field_name("left") == node
            and node.type == "identifier")


def scan_js(source: bytes, policy: Policy) -> list[Hit]:
    """Every forbidden construct in one JavaScript source, in source order."""
    return _Checker(source, policy).run()
