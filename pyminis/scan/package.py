"""The restriction scan over a whole package held in memory: `{relative path: bytes}`.

Pure: the build passes its in-memory files (before writing), `pyminis scan` passes what it
read from disk. Findings in JavaScript that came from Python name the Python line through the
bundle's source map (`maps`, or a `.map` file shipped beside the script).
"""

from __future__ import annotations

from fnmatch import fnmatchcase

from pyminis.dev.sourcemap import SourceMap
from pyminis.errors import Location
from pyminis.project.config import ScanAllowance
from pyminis.scan.css import scan_css
from pyminis.scan.findings import Finding, Hit, Policy, Report
from pyminis.scan.js_rules import scan_js
from pyminis.scan.markup import parse_markup

JS_SUFFIXES = (".js", ".mjs", ".cjs")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SVG_SUFFIXES = (".svg",)
CSS_SUFFIXES = (".css",)


def _scan_html(data: bytes, policy: Policy, svg: bool = False) -> list[Hit]:
    text = data.decode("utf-8", "replace")
    markup = parse_markup(text, policy.platform_scripts, svg)
    hits = list(markup.hits)
    for block in markup.inline:
        code = block.text.encode("utf-8")
        found = scan_js(code, policy) if block.kind == "js" else scan_css(code)
        for hit in found:
            if block.at_tag:
                hits.append(Hit(block.line, block.column, hit.rule, hit.detail))
            else:  # positions inside the block, moved to the file
                column = hit.column + block.column - 1 if hit.line == 1 else hit.column
                hits.append(Hit(block.line + hit.line - 1, column, hit.rule, hit.detail))
    return sorted(hits, key=lambda h: (h.line, h.column, h.rule))


def scan_text(path: str, data: bytes, policy: Policy) -> list[Hit]:
    """The hits of one file, chosen by its suffix (other files have none)."""
    lower = path.lower()
    if lower.endswith(JS_SUFFIXES):
        return scan_js(data, policy)
    if lower.endswith(HTML_SUFFIXES):
        return _scan_html(data, policy)
    if lower.endswith(SVG_SUFFIXES):
        return _scan_html(data, policy, svg=True)
    if lower.endswith(CSS_SUFFIXES):
        return scan_css(data)
    return []


def _python_location(source_map: SourceMap | None, hit: Hit) -> Location | None:
    """The author's Python file:line a hit in a bundle came from (not pyminis' runtime)."""
    if source_map is None:
        return None
    column = hit.map_column if hit.map_column is not None else hit.column - 1
    found = source_map.lookup(hit.line, column + 1)
    if found is None or found.source.startswith("pyminis:"):
        return None
    return Location(found.source, found.line)


def _allowance(finding: Finding, allow: tuple[ScanAllowance, ...]) -> ScanAllowance | None:
    for entry in allow:
        path = entry.path.strip().removeprefix("./")
        if fnmatchcase(finding.path, path) and entry.rule in (finding.rule, "*"):
            return entry
    return None


def scan_files(files: dict[str, bytes], policy: Policy,
               maps: dict[str, bytes] | None = None) -> Report:
    """Scan every file of a package; `maps` gives source maps by script path (else `X.map`)."""
    report = Report()
    for path in sorted(files):
        data = files[path]
        report.files += 1
        whole = _allowance(Finding(path, 1, 1, "*", ""), policy.allow)
        if data and whole is not None and whole.rule == "*":
            report.skipped.append((path, whole))  # reviewed as a whole: not parsed at all
            continue
        if not data:
            found = [Finding(path, 1, 1, "zero-byte-file", f"{path} has 0 bytes")]
        else:
            hits = scan_text(path, data, policy)
            raw_map = (maps or {}).get(path) or files.get(path + ".map")
            source_map = SourceMap.from_json(raw_map) if hits and raw_map else None
            found = [Finding(path, h.line, h.column, h.rule, h.detail,
                             _python_location(source_map, h)) for h in hits]
        for finding in found:
            allowed = _allowance(finding, policy.allow)
            if allowed is None:
                report.findings.append(finding)
            else:
                report.allowed.append((finding, allowed))
    return report
