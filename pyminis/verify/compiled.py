"""The compiled side of `pyminis verify`: a built package replayed by runtime_js/verify/.

`--target native`: the native package's game.js under node (runtime_js/verify/node.js), on a
stand-in device; `--target h5`: the h5 package in Debian's Chromium through Playwright, with
the harness as an init script and the SDK stand-in served in place of TikTok's. Either way the
harness (runtime_js/verify/harness.js) records what record.py records on the CPython side.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from pyminis.compile import toolchain
from pyminis.errors import BuildError, ToolchainError
from pyminis.paths import runtime_js_dir
from pyminis.verify.job import FrameRecord, Recording

NODE_TIMEOUT_S = 600
PAGE_TIMEOUT_MS = 180_000  # a loaded machine starts Chromium slowly; playing has no timeout


def recording(data: dict[str, Any]) -> Recording:
    """The harness's JSON answer as a Recording."""
    frames = [FrameRecord(frame["entries"], frame["state"]) for frame in data["frames"]]
    errors = {}
    for key, stack in (data.get("errors") or {}).items():
        frame, entry = key.split(":")
        errors[(int(frame), int(entry))] = stack
    return Recording(frames, data.get("captured"), errors)


def run_node(package: Path, job: dict[str, Any]) -> Recording:
    """Replay `job` on a native package under node."""
    node = toolchain.node()
    script = runtime_js_dir() / "verify" / "node.js"
    with tempfile.TemporaryDirectory(prefix="pyminis-verify-") as work:
        job_path = Path(work) / "job.json"
        result_path = Path(work) / "result.json"
        job_path.write_text(json.dumps({**job, "package": str(package.resolve())}),
                            encoding="utf-8")
        try:
            done = subprocess.run([node, str(script), str(job_path), str(result_path)],
                                  capture_output=True, text=True, timeout=NODE_TIMEOUT_S,
                                  check=False)
        except subprocess.TimeoutExpired as expired:
            raise BuildError(f"the compiled game did not finish {job['frames']} frames in "
                             f"{NODE_TIMEOUT_S} s under node",
                             hint="does a frame loop forever? try fewer --frames") from expired
        if done.returncode != 0 or not result_path.is_file():
            raise BuildError(f"the compiled side stopped: {done.stderr.strip()[-2000:]}",
                             hint="this is a pyminis bug if the game builds; please report it")
        return recording(json.loads(result_path.read_text(encoding="utf-8")))


def chromium() -> str:
    path = shutil.which("chromium")
    if path is None:
        raise ToolchainError("verify --target h5 plays the game in Chromium, which is not "
                             "installed", hint="apt-get install -y chromium (or use --target "
                                               "native, which needs only node)")
    return path


def run_page(package: Path, job: dict[str, Any]) -> Recording:
    """Replay `job` on an h5 package in Chromium (Playwright, `executable_path` Debian's)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as missing:
        raise ToolchainError("verify --target h5 needs Playwright",
                             hint="pip install playwright (the browser is Debian's chromium)"
                             ) from missing
    from pyminis.dev.stand_in import stand_in_script
    from pyminis.verify.serve import serve

    harness = (runtime_js_dir() / "verify" / "harness.js").read_text(encoding="utf-8")
    install = f"{harness}\npyminisVerify.install({json.dumps(job)}, pyminisVerify.pageEnv());\n"
    device = job["device"]
    with sync_playwright() as playwright, serve(package) as url:
        browser = playwright.chromium.launch(executable_path=chromium(),
                                             args=["--headless=new", "--no-sandbox",
                                                   "--disable-gpu", "--no-first-run"],
                                             timeout=PAGE_TIMEOUT_MS)
        try:
            context = browser.new_context(
                viewport={"width": int(device["windowWidth"]),
                          "height": int(device["windowHeight"])},
                device_scale_factor=float(device["pixelRatio"]), has_touch=True)
            standin = stand_in_script(None)

            def route(request: Any) -> None:
                address = request.request.url
                if address.endswith("/eruda.js"):
                    # The dev build's console: not the game, and it draws random numbers.
                    request.fulfill(status=200, content_type="application/javascript",
                                    body="globalThis.eruda = {init() {}};")
                elif address.startswith(url):
                    request.continue_()
                elif address.endswith("sdk.js"):
                    request.fulfill(status=200, content_type="application/javascript",
                                    body=standin)
                else:
                    request.fulfill(status=404, body="pyminis verify plays offline")

            context.route("**/*", route)
            page = context.new_page()
            page.add_init_script(install)
            page.set_default_timeout(PAGE_TIMEOUT_MS)
            page.goto(url + "/index.html")
            # One string: Playwright copies a deep object value by value, 25 ms a frame.
            data = json.loads(page.evaluate("pyminisVerify.play().then(JSON.stringify)"))
        finally:
            browser.close()
    return recording(data)
