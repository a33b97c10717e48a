"""Where pyminis finds the files it ships beside its Python code."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
_CHECKOUT_DIR = PACKAGE_DIR.parent


def _shipped(name: str) -> Path:
    """A top-level folder of the repository, or its copy inside an installed wheel."""
    in_checkout = _CHECKOUT_DIR / name
    if in_checkout.is_dir() and (_CHECKOUT_DIR / "pyproject.toml").is_file():
        return in_checkout
    return PACKAGE_DIR / "_data" / name


def child_environment() -> dict[str, str]:
    """This environment with this pyminis first on PYTHONPATH: a child interpreter (Transcrypt's
    driver, the warm compiler) imports the pyminis its parent runs, not another one installed."""
    import os

    paths = [str(_CHECKOUT_DIR), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


RUNTIME_JS_ENV = "PYMINIS_RUNTIME_JS"


def runtime_js_dir() -> Path:
    """Hand-written JavaScript that builds link into games (platform backends, simulator).

    `PYMINIS_RUNTIME_JS` names another copy: pyminis' own tests build games against a copy with
    one construct changed on purpose, to check `pyminis verify` finds it."""
    import os

    chosen = os.environ.get(RUNTIME_JS_ENV)
    if chosen:
        return Path(chosen)
    return _shipped("runtime_js")


def templates_dir() -> Path:
    """The cookiecutter project templates of `pyminis new`."""
    return _shipped("cookiecutter")


def cache_dir() -> Path:
    """Per-user cache for tools pyminis installs itself (the bundler)."""
    import os

    base = os.environ.get("PYMINIS_CACHE") or os.environ.get("XDG_CACHE_HOME")
    return Path(base) / "pyminis" if base else Path.home() / ".cache" / "pyminis"
