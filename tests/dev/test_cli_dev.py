"""`pyminis dev` as a command: LAN address with a QR code, errors with exit codes."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from pyminis.dev.terminal import qr_text
from tests.dev.conftest import DevProcess
from tests.dev.games import write_color_game


def test_lan_serving_prints_the_phone_url_and_its_qr_code(
        example_copy: Callable[[str], Path], dev_server: Callable[..., DevProcess]) -> None:
    project = example_copy("hello")
    write_color_game(project, "#000000")
    dev = dev_server(project, "--host", "0.0.0.0")
    phone = dev.wait_for(r"on a phone on this network: (http://(\S+):(\d+)/game/)").group(1)
    assert "0.0.0.0" not in phone
    assert qr_text(phone).strip() in dev.output
    assert dev.interrupt() == 0


def test_a_folder_that_is_no_project_exits_2_with_a_fix(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", "from pyminis.cli import main; main()", "dev",
                           str(tmp_path), "--no-open", "--port", "0"],
                          check=False, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert re.search(r"src/main\.py not found", done.stderr) and "pyminis new" in done.stderr
