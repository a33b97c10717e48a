"""Transcrypt's runtime as pyminis ships it: fixed text, nothing the native runtime lacks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import tree_sitter_javascript
from tree_sitter import Language, Node, Parser

from pyminis.errors import ToolchainError
from pyminis.guard import runtime_fixes
from pyminis.pipeline import build

JS = Parser(Language(tree_sitter_javascript.language()))
# What the native runtime does not have and TikTok's code scan may read (native-runtime.md).
DOM_NAMES = {"document", "innerHTML", "prompt"}


def names(node: Node) -> Iterator[tuple[str, int]]:
    """Every identifier and property name in a JS syntax tree, with its line."""
    if node.type in ("identifier", "property_identifier", "shorthand_property_identifier"):
        assert node.text is not None
        yield node.text.decode(), node.start_point[0] + 1
    for child in node.children:
        yield from names(child)


def test_a_native_hello_bundle_names_no_dom(example_copy: Callable[[str], Path]) -> None:
    result = build(example_copy("hello"), "native")
    code = (result.output_dir / "game.js").read_bytes()
    tree = JS.parse(code)
    assert not tree.root_node.has_error
    found = sorted({(name, line) for name, line in names(tree.root_node) if name in DOM_NAMES})
    assert found == []
    # The same words are absent from the text too (strings, comments): the scan reads text.
    for word in (b"document", b"window.prompt", b"innerHTML", b"__terminal__"):
        assert word not in code


def test_the_fixed_runtime_keeps_its_line_count() -> None:
    regions = "".join(first + "\tx = 1;\n" * (right.count("\n") + 3) + last
                      for first, last, right, _ in runtime_fixes.regions())
    text = "// head\n" + "".join(wrong for wrong, _, _ in runtime_fixes.fixes()) + regions + "// tail\n"
    fixed = runtime_fixes.apply(text)
    assert fixed.count("\n") == text.count("\n")
    assert fixed.splitlines()[-1] == "// tail" and "console.log" in fixed
    assert "export var LookupError" in fixed and "x = 1" not in fixed
    assert "String.prototype.__iter__" not in fixed  # Transcrypt's str methods: pmrt/strings.js's instead
    assert "import {dict} from './_pmrt_impl/dicts.js';" in fixed
    assert runtime_fixes.apply(fixed) == fixed


def test_a_different_runtime_stops_the_build() -> None:
    text = "".join(wrong for wrong, _, _ in runtime_fixes.fixes())  # no terminal region
    with pytest.raises(ToolchainError, match="not the one pyminis was made for"):
        runtime_fixes.apply(text)
