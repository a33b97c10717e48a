"""CSS, parsed with tree-sitter-css: stylesheets imported from other origins.

Fonts are the platform's one exception: `@font-face` may load from anywhere, and so may an
`@import` of a font host's stylesheet. Images in `url()` are neither script nor CSS.
"""

from __future__ import annotations

import tree_sitter_css
from tree_sitter import Language, Node, Parser

from pyminis.scan.findings import Hit
from pyminis.scan.urls import is_font_host, is_foreign

_PARSER = Parser(Language(tree_sitter_css.language()))


def _text(node: Node) -> str:
    return (node.text or b"").decode("utf-8", "replace")


def _import_url(node: Node) -> str | None:
    """The address of an `@import` node: its first string, or the argument of `url(…)`."""
    stack = list(reversed(node.named_children))
    while stack:
        child = stack.pop()
        if child.type == "string_value":
            return _text(child)[1:-1].strip()
        if child.type == "plain_value" and child.parent is not None \
                and child.parent.type == "arguments":
            return _text(child).strip()
        if child.type in ("call_expression", "arguments"):
            stack.extend(reversed(child.named_children))
    return None


def _is_import(node: Node) -> bool:
    if node.type == "import_statement":
        return True
    if node.type in ("at_rule", "ERROR"):  # `@IMPORT` (any case) parses as a generic at-rule
        first = node.named_children[0] if node.named_children else None
        return first is not None and first.type == "at_keyword" and _text(first).lower() == "@import"
    return False


def scan_css(source: bytes) -> list[Hit]:
    """Every `@import` of a stylesheet from another origin (font hosts excepted)."""
    tree = _PARSER.parse(source)
    hits: list[Hit] = []
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        if _is_import(node):
            url = _import_url(node)
            if url is not None and is_foreign(url) and not is_font_host(url):
                line, byte_col = node.start_point
                column = len(_line_prefix(source, node.start_byte, byte_col)) + 1
                hits.append(Hit(line + 1, column, "foreign-stylesheet", f"@import {url}"))
            continue
        stack.extend(reversed(node.named_children))
    return sorted(hits, key=lambda h: (h.line, h.column))


def _line_prefix(source: bytes, start_byte: int, byte_col: int) -> str:
    return source[start_byte - byte_col:start_byte].decode("utf-8", "replace")
