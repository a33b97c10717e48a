"""HTML, parsed with the standard library's HTML parser: the forbidden tags, and the inline
code (scripts, styles, event handler attributes) for the JavaScript and CSS scanners.

Used for `.html` files and for HTML that JavaScript writes (`innerHTML`, `document.write`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

from pyminis.scan.findings import Hit
from pyminis.scan.urls import is_code_url, is_font_host, is_foreign

# A script element runs its text only with no type or a JavaScript type.
_JS_TYPES = frozenset({"", "text/javascript", "application/javascript", "module",
                       "text/ecmascript", "application/ecmascript"})
_FRAMES = frozenset({"iframe", "frame", "frameset", "portal"})
_EMBEDS = frozenset({"object", "embed", "applet"})
# Attributes whose value is a URL followed on a click or a load.
_URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "data", "xlink:href",
                             "background", "poster"})


@dataclass(frozen=True)
class Inline:
    """Code embedded in HTML: where its text starts (1-based line and column) and what it is."""

    kind: str  # "js" or "css"
    line: int
    column: int
    text: str
    # Handler attributes are reported at their tag: positions inside them are not exact.
    at_tag: bool = False


@dataclass
class Markup:
    hits: list[Hit] = field(default_factory=list)
    inline: list[Inline] = field(default_factory=list)


class _Parser(HTMLParser):
    def __init__(self, platform_scripts: tuple[str, ...], svg: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.platform_scripts = platform_scripts
        self.svg_depth = 1 if svg else 0  # inside <svg> (or an .svg file): scripts are refused
        self.result = Markup()
        self._open: tuple[str, int, int] | None = None  # inline block being read
        self._chunks: list[str] = []

    def _hit(self, rule: str, detail: str) -> None:
        line, col = self.getpos()
        self.result.hits.append(Hit(line, col + 1, rule, detail))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: (value or "") for name, value in attrs}
        line, col = self.getpos()
        if tag == "svg":
            self.svg_depth += 1
        if tag in _FRAMES:
            self._hit("iframe", f"<{tag}>")
        elif tag in _EMBEDS:
            self._hit("object-embed", f"<{tag}>")
        elif tag == "base":
            self._hit("base-element", f'<base href="{values.get("href", "")}">')
        elif tag == "meta" and values.get("http-equiv", "").strip().lower() == "refresh":
            self._hit("meta-refresh", f'<meta http-equiv="refresh" content="{values.get("content", "")}">')
        elif tag == "script":
            src = (values.get("src") or values.get("href") or values.get("xlink:href") or "").strip()
            if self.svg_depth:
                self._hit("svg-script", f"<script> inside SVG")
            elif src and is_code_url(src):
                self._hit("code-url", f'<script src="{src[:40]}">')
            elif src and is_foreign(src) and src not in self.platform_scripts:
                self._hit("foreign-script", f'<script src="{src}">')
            if not src and values.get("type", "").strip().lower() in _JS_TYPES:
                self._open = ("js", line, col)
        elif tag == "style":
            self._open = ("css", line, col)
        elif tag == "link":
            self._link(values)
        for name, value in values.items():
            if name.startswith("on") and value.strip():
                self.result.inline.append(Inline("js", line, col + 1, value, at_tag=True))
            elif name in _URL_ATTRIBUTES and value.strip().lower().startswith(
                    ("javascript:", "vbscript:")):
                self._hit("code-url", f'<{tag} {name}="{value[:40]}">')
                self.result.inline.append(Inline("js", line, col + 1,
                                                 value.strip()[len("javascript:"):], at_tag=True))

    def _link(self, values: dict[str, str]) -> None:
        href = values.get("href", "").strip()
        if not href or not is_foreign(href):
            return
        rel = set(values.get("rel", "").lower().split())
        loads_script = "modulepreload" in rel or ("preload" in rel and
                                                  values.get("as", "").lower() == "script")
        if loads_script:
            self._hit("foreign-script", f'<link rel="{" ".join(sorted(rel))}" href="{href}">')
        elif "stylesheet" in rel and not is_font_host(href):
            self._hit("foreign-stylesheet", f'<link rel="stylesheet" href="{href}">')

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        self._open = None  # <script/> has no body

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            if not self._chunks:
                line, col = self.getpos()
                self._open = (self._open[0], line, col)
            self._chunks.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "svg" and self.svg_depth:
            self.svg_depth -= 1
        if self._open is not None and tag in ("script", "style"):
            kind, line, col = self._open
            text = "".join(self._chunks)
            if text.strip():
                self.result.inline.append(Inline(kind, line, col + 1, text))
            self._open = None
            self._chunks = []


def parse_markup(text: str, platform_scripts: tuple[str, ...] = (), svg: bool = False) -> Markup:
    """The forbidden tags of `text` and its inline code, with positions in `text`; `svg`:
    the text is an SVG document (any script in it is refused)."""
    parser = _Parser(platform_scripts, svg)
    parser.feed(text)
    parser.close()
    parser.handle_endtag("script")  # an unclosed inline block still gets scanned
    return parser.result
