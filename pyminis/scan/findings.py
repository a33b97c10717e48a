"""What the scan reports: rules, findings, the policy a scan applies, and its error.

Rule ids are stable: tests, `--json` consumers and `pyminis.scan.allow` entries name them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pyminis.errors import Location, ProblemsError
from pyminis.project.config import ScanAllowance


@dataclass(frozen=True)
class Rule:
    id: str
    message: str  # what is wrong, in the platform's terms
    hint: str  # how to fix it


RULES: dict[str, Rule] = {rule.id: rule for rule in (
    Rule("eval", "eval runs a string as code, which the platform forbids",
         "compute the value directly (a dict of functions instead of code in strings)"),
    Rule("function-constructor", "the Function constructor builds code from a string, which the "
         "platform forbids", "define the function in your code (def or lambda)"),
    # (Any value but a function is turned into a string first: the rule covers them all.)
    Rule("string-timer", "a timer whose first argument is a string runs it as code, which the "
         "platform forbids", "pass a function: setTimeout(my_function, ms)"),
    Rule("location", "location (of window or document) is a forbidden web API",
         "games cannot navigate or read the page address; use the SDK's launch options instead"),
    Rule("clipboard", "the clipboard is a forbidden web API",
         "remove the copy/paste code (the platform offers sharing through the SDK)"),
    Rule("vibrate", "navigator.vibrate is a forbidden web API in H5 packages",
         "use the SDK's vibrateShort/vibrateLong on the native target, or drop the vibration"),
    Rule("iframe", "iframes are not supported by the platform",
         "draw the content yourself, or open it through the SDK"),
    Rule("foreign-script", "a script from another origin: scripts may only come from the package",
         "download the script into the project (assets/ or src/) and load it locally"),
    Rule("foreign-stylesheet", "a stylesheet from another origin: CSS may only come from the "
         "package (fonts excepted)", "copy the stylesheet into the package and link it locally"),
    Rule("dynamic-script", "a script loaded at run time from a computed address: the native code "
         "scan restricts dynamically loaded scripts", "import the code statically (it is bundled)"),
    Rule("untrusted-domain", "a request to an origin that is not among the trusted domains",
         'add the origin to "domain.trustedDomains" in the config (and on the app page), or '
         "request a trusted one"),
    Rule("zero-byte-file", "an empty file: the platform's code scan rejects zero-byte files",
         "remove the file or give it content"),
    # What the scan cannot resolve is denied: a key, a URL or a tag known only at run time
    # could be any of the forbidden things above.
    Rule("global-computed", "the global object (or document) read with a key known only at run "
         "time, or searched by its keys: it can reach eval, Function or location unseen",
         "read the member by its name (window.innerWidth), or keep your own dict of values"),
    Rule("code-url", "code from a data:, blob: or javascript: URL runs a string as code, which "
         "the platform forbids", "ship the code as a file of the package and load it by its path"),
    Rule("script-text", "text put into a script element runs as code, which the platform forbids",
         "ship the code in the package; create no script elements at run time"),
    Rule("dynamic-html", "HTML written at run time from parts the scan cannot read can carry "
         "scripts", "build the elements with document.createElement, or write constant HTML"),
    Rule("dynamic-element", "an element whose tag is known only at run time could be a script "
         "or an iframe", 'create each element by its constant tag: document.createElement("canvas")'),
    Rule("svg-script", "a script inside SVG runs as code, which the platform's scan refuses",
         "remove the <script> from the SVG (export it again without scripts)"),
    Rule("base-element", "<base> changes where every relative URL of the page loads from",
         "remove the <base> element; use paths relative to the package"),
    Rule("meta-refresh", "a meta refresh navigates the page away, like location",
         "remove the <meta http-equiv=\"refresh\">; games do not navigate"),
    Rule("object-embed", "<object>, <embed> and <applet> load documents or plug-ins into the page, "
         "like an iframe (not supported by the platform)", "draw the content yourself"),
    Rule("with-statement", "a `with` statement makes every name inside it unresolvable, so the "
         "scan cannot see what it calls", "name the object explicitly (obj.member)"),
)}


@dataclass(frozen=True)
class Hit:
    """A finding inside one text, before it is placed in the package: 1-based line and column."""

    line: int
    column: int
    rule: str
    detail: str
    # 0-based UTF-16 column (what source maps count), when it differs from `column - 1`.
    map_column: int | None = None


@dataclass(frozen=True)
class Finding:
    """One forbidden thing: where it is in the package and, if known, in the author's Python."""

    path: str  # relative to the package root, POSIX
    line: int
    column: int
    rule: str
    detail: str  # what exactly was found: "setTimeout('x()', …)"
    python: Location | None = None  # the author's file:line the JavaScript came from

    @property
    def message(self) -> str:
        return f"{RULES[self.rule].message}: {self.detail}" if self.detail else RULES[self.rule].message

    @property
    def hint(self) -> str:
        return RULES[self.rule].hint

    def __str__(self) -> str:
        text = f"{self.path}:{self.line}:{self.column}: {self.rule}: {self.message}"
        if self.python is not None:
            text += f"\n  from {self.python}"
        return f"{text}\n  fix: {self.hint}"

    def to_json(self) -> dict[str, object]:
        return {
            "path": self.path, "line": self.line, "column": self.column, "rule": self.rule,
            "message": self.message, "hint": self.hint,
            "python": None if self.python is None else {"path": self.python.path,
                                                         "line": self.python.line},
        }


@dataclass(frozen=True)
class Policy:
    """What one scan allows: the target, trusted domains, the platform's own scripts."""

    target: str = "h5"
    trusted_domains: tuple[str, ...] = ()
    platform_scripts: tuple[str, ...] = ()  # exact URLs the platform requires (the SDK)
    # Reviewed files (config `pyminis.scan.allow`): path or glob, rule id or "*", reason.
    allow: tuple[ScanAllowance, ...] = ()


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    # Findings an allowance let through, with the allowance: the reason is printed.
    allowed: list[tuple[Finding, ScanAllowance]] = field(default_factory=list)
    # Files an allowance for every rule ("*") covers: not scanned; the reason is printed.
    skipped: list[tuple[str, ScanAllowance]] = field(default_factory=list)
    files: int = 0

    @property
    def clean(self) -> bool:
        return not self.findings

    def notes(self) -> list[str]:
        """One line per allowance used: what it let through and the reason given for it."""
        counts: dict[ScanAllowance, list[Finding]] = {}
        for finding, allowance in self.allowed:
            counts.setdefault(allowance, []).append(finding)
        notes = [f"scan: allowed {len(found)} {allowance.rule} finding(s) in "
                 f"{', '.join(sorted({f.path for f in found}))}: {allowance.reason}"
                 for allowance, found in counts.items()]
        notes += [f"scan: {path} not scanned (allowed for every rule): {allowance.reason}"
                  for path, allowance in self.skipped]
        return notes


class ScanError(ProblemsError):
    """The package contains what the platform forbids; every finding is listed."""

    def __init__(self, report: Report) -> None:
        self.report = report
        count = len(report.findings)
        super().__init__(
            f"the restriction scan found {count} forbidden thing{'s' if count != 1 else ''}; "
            "nothing was written (the previous output is unchanged)",
            [],
        )

    def __str__(self) -> str:
        return "\n".join([str(f) for f in self.report.findings] + [self.message])
