"""The restriction scan: nothing the platform forbids ships, and every hit names its line.

The platform refuses `eval`, the Function constructor, string timers, scripts and CSS from
other origins (fonts excepted), iframes, clipboard / location / vibration APIs, requests to
undeclared domains and zero-byte files (platform-docs 000, 001, 002, native-runtime.md).
`scan_files` checks a package held in memory with real parsers (tree-sitter for JavaScript and
CSS, the standard library's HTML parser) and maps hits in bundles back to Python lines.
"""

from pyminis.scan.findings import RULES, Finding, Policy, Report, Rule, ScanError
from pyminis.scan.package import scan_files, scan_text

__all__ = ["RULES", "Finding", "Policy", "Report", "Rule", "ScanError", "scan_files", "scan_text"]
