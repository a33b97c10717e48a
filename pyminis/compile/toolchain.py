"""The JavaScript tools pyminis drives: node, and esbuild installed by pyminis itself.

esbuild comes from the npm registry into pyminis' cache on first use (pinned version), so a
newcomer's setup stays `pip install`; `pyminis setup` does it ahead of time.
"""

from __future__ import annotations

import fcntl
import shutil
import subprocess
from pathlib import Path

from pyminis.errors import ToolchainError
from pyminis.paths import cache_dir

ESBUILD_VERSION = "0.28.2"
ERUDA_VERSION = "3.4.3"

_NPM_PACKAGES = {"esbuild": ESBUILD_VERSION, "eruda": ERUDA_VERSION}


def node() -> str:
    """The node executable (games run under it in `pyminis run` and the JS tests)."""
    found = shutil.which("node")
    if not found:
        raise ToolchainError(
            "node is not installed, and pyminis needs it to bundle and run games",
            hint="install Node.js 18 or newer (Debian: apt-get install nodejs npm)",
        )
    return found


def _tools_dir() -> Path:
    return cache_dir() / f"tools-{ESBUILD_VERSION}-{ERUDA_VERSION}"


def ensure_tools() -> Path:
    """Install the pinned npm packages into the cache once; return its node_modules folder."""
    folder = _tools_dir()
    modules = folder / "node_modules"
    if all((modules / name / "package.json").is_file() for name in _NPM_PACKAGES):
        return modules
    npm = shutil.which("npm")
    if not npm:
        raise ToolchainError(
            "npm is not installed; pyminis uses it once to fetch its bundler (esbuild)",
            hint="install Node.js with npm (Debian: apt-get install nodejs npm)",
        )
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # two builds at once install only once
        if not all((modules / name / "package.json").is_file() for name in _NPM_PACKAGES):
            (folder / "package.json").write_text('{"private": true}\n')
            specs = [f"{name}@{version}" for name, version in _NPM_PACKAGES.items()]
            done = subprocess.run(
                [npm, "install", "--no-audit", "--no-fund", "--loglevel=error", *specs],
                cwd=folder, capture_output=True, text=True,
            )
            if done.returncode != 0:
                raise ToolchainError(
                    f"npm could not install {', '.join(specs)}: {done.stderr.strip()[-800:]}",
                    hint="check that the npm registry is reachable, then run `pyminis setup`",
                )
    return modules


def esbuild() -> str:
    """Path of the esbuild executable (installing it on first use)."""
    binary = ensure_tools() / ".bin" / "esbuild"
    if not binary.exists():
        raise ToolchainError(f"esbuild is missing from {binary.parent}",
                             hint=f"delete {_tools_dir()} and run `pyminis setup`")
    return str(binary)


def eruda_js() -> Path:
    """The on-page console shipped in dev builds (a local copy: the CDN one is remote)."""
    return ensure_tools() / "eruda" / "eruda.js"
