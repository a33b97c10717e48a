"""doctest for games: staged as the game's `doctest` when it imports it.

`testmod()` runs the examples of the module's docstrings as CPython's does: in doctest's
order (by name), each docstring's examples sharing their names, output compared with
CPython's checker (`<BLANKLINE>`, True for 1, NORMALIZE_WHITESPACE, ELLIPSIS,
IGNORE_EXCEPTION_DETAIL, SKIP, FAIL_FAST, REPORT_ONLY_FIRST_FAILURE, `# doctest:` directives),
failures and the summary printed in CPython's words, `verbose` (or `-v` on the command line)
reporting every example. The build writes the examples out as Python (pyminis/guard/doctests.py)
and registers them here; a traceback names no frames (compiled code keeps none).
"""

import sys
from collections import namedtuple
from typing import Any

from _pmrt import _pm_capture_stdout, _pm_main_file  # type: ignore[import-not-found]

__all__ = ["BLANKLINE_MARKER", "DONT_ACCEPT_BLANKLINE", "DONT_ACCEPT_TRUE_FOR_1", "ELLIPSIS", "ELLIPSIS_MARKER",
           "FAIL_FAST", "IGNORE_EXCEPTION_DETAIL", "NORMALIZE_WHITESPACE", "REPORT_CDIFF", "REPORT_NDIFF",
           "REPORT_ONLY_FIRST_FAILURE", "REPORT_UDIFF", "SKIP", "TestResults", "register_examples", "testmod"]

TestResults = namedtuple("TestResults", "failed attempted")

DONT_ACCEPT_TRUE_FOR_1 = 1
DONT_ACCEPT_BLANKLINE = 2
NORMALIZE_WHITESPACE = 4
ELLIPSIS = 8
SKIP = 16
IGNORE_EXCEPTION_DETAIL = 32
REPORT_UDIFF = 64
REPORT_CDIFF = 128
REPORT_NDIFF = 256
REPORT_ONLY_FIRST_FAILURE = 512
FAIL_FAST = 1024
BLANKLINE_MARKER = "<BLANKLINE>"
ELLIPSIS_MARKER = "..."
DIVIDER = "*" * 70

_suites: dict = {}  # the module the build writes for a module's examples → [(name, lineno, examples, run, error)]


def register_examples(suite: str, tests: list) -> None:
    """Called by the module the build writes for a module's examples."""
    _suites[suite] = tests


def _indent(text: str, indent: int = 4) -> str:
    """Each non-empty line indented (doctest's _indent)."""
    lines = text.split("\n")
    return "\n".join((" " * indent + line) if line else line for line in lines)


def _to_ascii(text: str) -> str:
    out = []
    for ch in text:
        code = ord(ch)
        if code < 128:
            out.append(ch)
        elif code < 0x100:
            out.append("\\x" + format(code, "02x"))
        elif code < 0x10000:
            out.append("\\u" + format(code, "04x"))
        else:
            out.append("\\U" + format(code, "08x"))
    return "".join(out)


def _ellipsis_match(want: str, got: str) -> bool:
    if ELLIPSIS_MARKER not in want:
        return want == got
    ws = want.split(ELLIPSIS_MARKER)
    startpos, endpos = 0, len(got)
    w = ws[0]
    if w:
        if got.startswith(w):
            startpos = len(w)
            del ws[0]
        else:
            return False
    w = ws[-1]
    if w:
        if got.endswith(w):
            endpos -= len(w)
            del ws[-1]
        else:
            return False
    if startpos > endpos:
        return False
    for w in ws:
        startpos = got.find(w, startpos, endpos)
        if startpos < 0:
            return False
        startpos += len(w)
    return True


def _blank_want(want: str) -> str:
    """`<BLANKLINE>` lines (and what whitespace follows on them) made empty."""
    lines = want.split("\n")
    return "\n".join("" if line.startswith(BLANKLINE_MARKER) and not line[len(BLANKLINE_MARKER):].strip()
                     else line for line in lines)


def _blank_got(got: str) -> str:
    """Lines of spaces and tabs only made empty."""
    return "\n".join("" if line and not line.strip(" \t\f\v\r") else line for line in got.split("\n"))


def check_output(want: str, got: str, optionflags: int) -> bool:
    got = _to_ascii(got)
    want = _to_ascii(want)
    if got == want:
        return True
    if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
        if (got, want) == ("True\n", "1\n") or (got, want) == ("False\n", "0\n"):
            return True
    if not optionflags & DONT_ACCEPT_BLANKLINE:
        want = _blank_want(want)
        got = _blank_got(got)
        if got == want:
            return True
    if optionflags & NORMALIZE_WHITESPACE:
        got = " ".join(got.split())
        want = " ".join(want.split())
        if got == want:
            return True
    if optionflags & ELLIPSIS:
        if _ellipsis_match(want, got):
            return True
    return False


def _output_difference(want: str, got: str, optionflags: int) -> str:
    if not optionflags & DONT_ACCEPT_BLANKLINE:
        lines = got.split("\n")
        got = "\n".join(BLANKLINE_MARKER if i < len(lines) - 1 and not line.strip(" ") else line
                        for i, line in enumerate(lines))
    if want and got:
        return "Expected:\n" + _indent(want) + "Got:\n" + _indent(got)
    if want:
        return "Expected:\n" + _indent(want) + "Got nothing\n"
    if got:
        return "Expected nothing\nGot:\n" + _indent(got)
    return "Expected nothing\nGot nothing\n"


def _exception_only(error: BaseException) -> str:
    kind = type(error)
    name = getattr(kind, "__qualname__", kind.__name__)
    module = getattr(kind, "__module__", "builtins")
    if module not in ("__main__", "builtins"):
        name = module + "." + name
    text = str(error)
    return name + ": " + text + "\n" if text else name + "\n"


def _strip_exception_details(msg: str) -> str:
    start, end = 0, len(msg)
    i = msg.find("\n")
    if i >= 0:
        end = i
    i = msg.find("(", 0, end)
    if i >= 0:
        end = i
    i = msg.find(":", 0, end)
    if i >= 0:
        end = i
    i = msg.rfind(".", 0, end)
    if i >= 0:
        start = i + 1
    return msg[start:end]


class _Runner:
    """Runs one docstring's examples (the build's function calls start, returned, raised)."""

    def __init__(self, verbose: bool, optionflags: int, filename: str) -> None:
        self.verbose = verbose
        self.optionflags = optionflags
        self.original = optionflags
        self.filename = filename
        self.results: dict = {}  # test name → [failures, tries]
        self.failures = 0
        self.tries = 0
        self.test: Any = None
        self.example: Any = None
        self.stop: Any = None
        self.ended = False
        self.names: dict = {}

    def out(self, text: str) -> None:
        sys.stdout.write(text)

    def run(self, test: tuple) -> None:
        self.test = test
        self.test_failures = 0
        self.test_tries = 0
        self.ended = False
        test[3](self, self.names)
        self.optionflags = self.original
        counts = self.results.get(test[0])
        if counts is None:
            self.results[test[0]] = [self.test_failures, self.test_tries]
        else:
            counts[0] += self.test_failures
            counts[1] += self.test_tries
        self.failures += self.test_failures
        self.tries += self.test_tries

    def start(self, number: int) -> bool:
        """Before example `number`: False when it is skipped (SKIP, or FAIL_FAST after a failure)."""
        if self.ended:
            return False
        source, want, exc_msg, lineno, options = self.example = self.test[2][number]
        self.quiet = bool(self.original & REPORT_ONLY_FIRST_FAILURE) and self.test_failures > 0
        self.optionflags = self.original
        for flag in options:
            if options[flag]:
                self.optionflags |= flag
            else:
                self.optionflags &= ~flag
        if self.optionflags & SKIP:
            return False
        self.test_tries += 1
        if not self.quiet and self.verbose:
            if want:
                self.out("Trying:\n" + _indent(source) + "Expecting:\n" + _indent(want))
            else:
                self.out("Trying:\n" + _indent(source) + "Expecting nothing\n")
        self.stop = _pm_capture_stdout()
        return True

    def show(self, value: Any) -> None:
        """An expression statement's value, as the interactive interpreter shows it."""
        if value is not None:
            print(repr(value))

    def output(self) -> str:
        """What the example printed, ending with a newline if anything (doctest's _SpoofOut)."""
        got = self.stop()
        return got + "\n" if got and not got.endswith("\n") else got

    def returned(self) -> None:
        got = self.output()
        source, want, exc_msg, lineno, options = self.example
        if check_output(want, got, self.optionflags):
            if not self.quiet and self.verbose:
                self.out("ok\n")
        else:
            if not self.quiet:
                self.out(self.header() + _output_difference(want, got, self.optionflags))
            self.failed()

    def raised(self, error: BaseException) -> None:
        got = self.output()
        source, want, exc_msg, lineno, options = self.example
        message = _exception_only(error)
        traceback = "Traceback (most recent call last):\n" + message
        if exc_msg is None:
            if not self.quiet:
                self.out(self.header() + "Exception raised:\n" + _indent(traceback))
            self.failed()
            return
        if check_output(exc_msg, message, self.optionflags) or (
                self.optionflags & IGNORE_EXCEPTION_DETAIL
                and check_output(_strip_exception_details(exc_msg), _strip_exception_details(message),
                                 self.optionflags)):
            if not self.quiet and self.verbose:
                self.out("ok\n")
            return
        if not self.quiet:
            self.out(self.header() + _output_difference(want, got + traceback, self.optionflags))
        self.failed()

    def failed(self) -> None:
        self.test_failures += 1
        if self.optionflags & FAIL_FAST:
            self.ended = True

    def header(self) -> str:
        name, lineno = self.test[0], self.test[1]
        where = str(lineno + self.example[3] + 1) if lineno is not None else "?"
        return (DIVIDER + "\n" + 'File "' + self.filename + '", line ' + where + ", in " + name + "\n"
                + "Failed example:\n" + _indent(self.example[0]))

    def summarize(self, verbose: bool) -> TestResults:
        notests, passed, failed = [], [], []
        total_tries = total_failures = 0
        for name in self.results:
            f, t = self.results[name]
            total_tries += t
            total_failures += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if notests:
                print(len(notests), "items had no tests:")
                for thing in sorted(notests):
                    print("   ", thing)
            if passed:
                print(len(passed), "items passed all tests:")
                for thing, count in sorted(passed):
                    print(" %3d tests in %s" % (count, thing))
        if failed:
            print(DIVIDER)
            print(len(failed), "items had failures:")
            for thing, (f, t) in sorted(failed):
                print(" %3d of %3d in %s" % (f, t, thing))
        if verbose:
            print(total_tries, "tests in", len(self.results), "items.")
            print(total_tries - total_failures, "passed and", total_failures, "failed.")
        if total_failures:
            print("***Test Failed***", total_failures, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(total_failures, total_tries)


def testmod(m: Any = None, name: Any = None, globs: Any = None, verbose: Any = None, report: bool = True,
            optionflags: int = 0, extraglobs: Any = None, raise_on_error: bool = False,
            exclude_empty: bool = False, _doctest_namespace_: Any = None) -> Any:
    """Run the examples of module `m` (the main module by default); return
    TestResults(failed, attempted)."""
    # (the build passes the suite of the calling module and the names its examples read)
    suite, names = _doctest_namespace_ if _doctest_namespace_ is not None else ("", {})
    tests = _suites.get(suite, [])
    module_name = "__main__"
    if name is None:
        name = module_name
    if verbose is None:
        verbose = "-v" in sys.argv
    for test in tests:
        if test[4] is not None:
            raise ValueError(test[4].replace("NAME", name, 1))
    chosen = [(name + t[0], t[1], t[2], t[3]) for t in tests if t[2] or not exclude_empty]
    chosen.sort(key=lambda t: (t[0], -1 if t[1] is None else t[1]))
    filename = _pm_main_file() or name + ".py"
    runner = _Runner(bool(verbose), optionflags, filename)
    runner.names = names
    for test in chosen:
        runner.run(test)
    if report:
        runner.summarize(bool(verbose))
    return TestResults(runner.failures, runner.tries)
