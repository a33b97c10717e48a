"""Which declaration each identifier of a JavaScript tree refers to.

The scan must tell the global `location` from a parameter named `location`, and follow aliases
(`var e = eval; e(s)`), so it resolves names the way JavaScript does: `var` to the function,
`let`/`const`/`class`/block functions to the block, parameters to their function. `with` and
sloppy-mode tricks are not modelled (no bundler emits them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tree_sitter import Node

FUNCTION_SCOPES = frozenset({
    "program", "function_declaration", "generator_function_declaration", "function_expression",
    "function", "generator_function", "arrow_function", "method_definition", "class_static_block",
})
BLOCK_SCOPES = FUNCTION_SCOPES | {"statement_block", "for_statement", "for_in_statement",
                                  "catch_clause", "switch_body", "class"}
REFERENCE_TYPES = frozenset({"identifier", "shorthand_property_identifier"})
# Nodes whose text is a name: escapes in them (`\\u0065val`) name the same thing.
NAME_TYPES = frozenset({"identifier", "shorthand_property_identifier", "property_identifier",
                        "shorthand_property_identifier_pattern"})


@dataclass
class Binding:
    """A declared name and every value it is given (initialiser, then assignments)."""

    name: str
    values: list[Node] = field(default_factory=list)
    # `const {eval: run} = window`: (the destructured object, the key) the name was taken from.
    members: list[tuple[Node, str]] = field(default_factory=list)
    # Changed in a way `values` does not hold (`k += "al"`, `k++`): its value is not known.
    opaque: bool = False


class Scopes:
    """Declarations per scope, and the binding (or None: a global) of every reference.

    One walk over the tree records declarations, the innermost scope of every reference and
    the nodes of `collect` (for the rules, so they need no walk of their own); references are
    resolved on demand through the chain of scopes.
    """

    def __init__(self, root: Node, collect: frozenset[str] = frozenset()) -> None:
        self.root = root
        self.collected: list[Node] = []
        self._declared: dict[int, dict[str, Binding]] = {}
        self._declaration_sites: set[int] = set()
        self._scope_parent: dict[int, int] = {}
        self._ref_scope: dict[int, int] = {}  # identifier node id → innermost scope id
        self._refs: dict[int, Binding | None] = {}
        assignments = self._walk(collect)
        for left, right in assignments:  # `x = value` gives x's binding another value
            found = self.binding(left)
            if found is not None:
                if right is None:
                    found.opaque = True
                else:
                    found.values.append(right)

    # -- queries ------------------------------------------------------------------------

    def declared(self, scope: Node, name: str) -> Binding | None:
        """The binding `name` has in `scope` itself (a function's parameters, say)."""
        return self._declared.get(scope.id, {}).get(name)

    def is_declaration(self, node: Node) -> bool:
        return node.id in self._declaration_sites

    def binding(self, node: Node) -> Binding | None:
        """The declaration an identifier refers to; None when it is a global."""
        if node.id in self._refs:
            return self._refs[node.id]
        scope = self._ref_scope.get(node.id)
        name = _text(node)
        found = None
        while scope is not None:
            names = self._declared.get(scope)
            if names is not None and name in names:
                found = names[name]
                break
            scope = self._scope_parent.get(scope)
        self._refs[node.id] = found
        return found

    # -- declarations ---------------------------------------------------------------------

    def _bind(self, scope: int, name_node: Node, value: Node | None) -> None:
        names = self._declared.setdefault(scope, {})
        plain = name_node.type == "identifier"
        for ident in _pattern_names(name_node):
            self._declaration_sites.add(ident.id)
            binding = names.setdefault(_text(ident), Binding(_text(ident)))
            if plain and value is not None:
                binding.values.append(value)
        if name_node.type == "object_pattern" and value is not None:
            for key, bound in destructured_keys(name_node):
                if bound is not None:
                    names[_text(bound)].members.append((value, key))

    def _walk(self, collect: frozenset[str]) -> list[tuple[Node, Node | None]]:
        root_id = self.root.id
        stack: list[tuple[Node, int, int]] = [(self.root, root_id, root_id)]
        assignments: list[tuple[Node, Node | None]] = []
        while stack:
            node, function, block = stack.pop()
            kind = node.type
            if kind in collect:
                self.collected.append(node)
            if kind in REFERENCE_TYPES:
                self._ref_scope[node.id] = block
                continue
            self._declare(node, function, block)
            if kind == "assignment_expression":
                left = node.child_by_field_name("left")
                right = node.child_by_field_name("right")
                if left is not None and right is not None and left.type == "identifier":
                    assignments.append((left, right))
                elif left is not None:  # `[a, b] = …`, `({a} = …)`: values not followed
                    assignments += [(ident, None) for ident in _assigned_names(left)]
            elif kind == "augmented_assignment_expression":
                left = node.child_by_field_name("left")
                if left is not None and left.type == "identifier":
                    assignments.append((left, None))
            elif kind == "update_expression":
                argument = node.child_by_field_name("argument")
                if argument is not None and argument.type == "identifier":
                    assignments.append((argument, None))
            elif kind == "for_in_statement" and node.child_by_field_name("kind") is None:
                left = node.child_by_field_name("left")  # `for (k in o)` on a declared k
                if left is not None:
                    assignments += [(ident, None) for ident in _assigned_names(left)]
            if node.id != root_id and kind in BLOCK_SCOPES:  # (function scopes are blocks too)
                self._scope_parent[node.id] = block
                block = node.id
                if kind in FUNCTION_SCOPES:
                    function = node.id
            stack.extend((child, function, block) for child in node.named_children)
        return assignments

    def _declare(self, node: Node, function: int, block: int) -> None:
        kind = node.type
        if kind in ("variable_declaration", "lexical_declaration"):
            scope = function if kind == "variable_declaration" else block
            for declarator in node.named_children:
                name = declarator.child_by_field_name("name")
                if declarator.type == "variable_declarator" and name is not None:
                    self._bind(scope, name, declarator.child_by_field_name("value"))
        elif kind in ("function_declaration", "generator_function_declaration", "class_declaration"):
            name = node.child_by_field_name("name")
            if name is not None:
                self._bind(block, name, node)
            self._declare_parameters(node)
        elif kind in ("function_expression", "function", "generator_function", "class"):
            name = node.child_by_field_name("name")
            if name is not None:
                self._bind(node.id, name, node)
            self._declare_parameters(node)
        elif kind in ("arrow_function", "method_definition"):
            self._declare_parameters(node)
        elif kind == "catch_clause":
            parameter = node.child_by_field_name("parameter")
            if parameter is not None:
                self._bind(node.id, parameter, None)
        elif kind == "for_in_statement":
            declared = node.child_by_field_name("kind")
            left = node.child_by_field_name("left")
            if declared is not None and left is not None:
                self._bind(function if _text(declared) == "var" else node.id, left, None)
        elif kind in ("import_specifier", "namespace_import"):
            alias = node.child_by_field_name("alias") or node.named_children[-1]
            self._bind(self.root.id, alias, None)
        elif kind == "import_clause":
            for child in node.named_children:
                if child.type == "identifier":
                    self._bind(self.root.id, child, None)

    def _declare_parameters(self, node: Node) -> None:
        single = node.child_by_field_name("parameter")  # `x => …`
        if single is not None:
            self._bind(node.id, single, None)
        parameters = node.child_by_field_name("parameters")
        if parameters is not None:
            for parameter in parameters.named_children:
                self._bind(node.id, parameter, None)

def name_text(node: Node) -> str:
    """What a name node names (escapes decoded); any other node's source text."""
    return _text(node)


def destructured_keys(pattern: Node) -> list[tuple[str, Node | None]]:
    """The constant keys of an object pattern, each with the plain identifier bound to it
    (None when the key's value is itself a pattern): `{eval: run, location}`."""
    keys: list[tuple[str, Node | None]] = []
    for child in pattern.named_children:
        if child.type == "shorthand_property_identifier_pattern":
            keys.append((_text(child), child))
        elif child.type == "object_assignment_pattern":  # `{location = 1}`
            left = child.child_by_field_name("left")
            if left is not None and left.type == "shorthand_property_identifier_pattern":
                keys.append((_text(left), left))
        elif child.type == "pair_pattern":
            key = child.child_by_field_name("key")
            value = child.child_by_field_name("value")
            if key is None or key.type not in ("property_identifier", "string"):
                continue
            if value is not None and value.type == "assignment_pattern":
                value = value.child_by_field_name("left")
            name = _text(key).strip("'\"")
            keys.append((name, value if value is not None and value.type == "identifier" else None))
    return keys


def _pattern_names(node: Node) -> list[Node]:
    """The identifiers a declaration pattern binds (not its keys, not its defaults)."""
    kind = node.type
    if kind in ("identifier", "shorthand_property_identifier_pattern"):
        return [node]
    if kind in ("assignment_pattern", "object_assignment_pattern"):
        left = node.child_by_field_name("left")
        return _pattern_names(left) if left is not None else []
    if kind == "pair_pattern":
        value = node.child_by_field_name("value")
        return _pattern_names(value) if value is not None else []
    if kind in ("object_pattern", "array_pattern", "rest_pattern"):
        return [ident for child in node.named_children for ident in _pattern_names(child)]
    return []


def _assigned_names(node: Node) -> list[Node]:
    """The identifiers an assignment pattern (`[a, {b}] = …`) writes."""
    if node.type == "identifier":
        return [node]
    if node.type in ("member_expression", "subscript_expression"):
        return []
    found = []
    for child in node.named_children:
        if child.type in ("identifier", "shorthand_property_identifier_pattern"):
            found.append(child)
        elif child.type == "pair_pattern":
            value = child.child_by_field_name("value")
            found += _assigned_names(value) if value is not None else []
        else:
            found += _assigned_names(child)
    return found


_IDENTIFIER_ESCAPE = re.compile(r"\\u(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{4}))")


def _text(node: Node) -> str:
    """A node's source text; for names, what the name is: `\\u0065val` is `eval`."""
    raw = (node.text or b"").decode("utf-8", "replace")
    if "\\" in raw and node.type in NAME_TYPES:
        return _IDENTIFIER_ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), raw)
    return raw
