"""Pure parts of the dev server: the served index.html, which changes rebuild, addresses."""

from __future__ import annotations

from pathlib import Path

from pyminis.dev.page import BRIDGE_URL, STAND_IN_URL, simulated_html
from pyminis.dev.terminal import browse_host, is_loopback, qr_text
from pyminis.dev.watch import relevant

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<script src="https://connect.tiktok-minis.com/game/sdk.js"></script>
<script>
TTMinis.game.init({clientKey: "k"});
</script>
<title>t</title>
</head>
<body><script src="game.js"></script></body>
</html>
"""


def test_the_sdk_tag_becomes_the_stand_in_then_the_bridge_before_init() -> None:
    html = simulated_html(PAGE)
    assert "connect.tiktok-minis.com" not in html
    stand_in = html.index(f'<script src="{STAND_IN_URL}"></script>')
    bridge = html.index(f'<script src="{BRIDGE_URL}"></script>')
    assert html.index("<head>") < stand_in < bridge < html.index("TTMinis.game.init")
    assert html.count("<script") == PAGE.count("<script") + 1


def test_a_configured_sdk_url_and_a_page_without_sdk_are_handled() -> None:
    custom = PAGE.replace("https://connect.tiktok-minis.com/game/sdk.js", "https://cdn.example.com/sdk.js")
    html = simulated_html(custom, "https://cdn.example.com/sdk.js")
    assert "cdn.example.com" not in html and STAND_IN_URL in html
    bare = "<html><head lang='x'><title>t</title></head><body></body></html>"
    html = simulated_html(bare)
    assert html.index(STAND_IN_URL) < html.index("<title>")


def test_relevant_changes_are_sources_assets_and_the_config() -> None:
    root = Path("/p")
    folders = ("src", "assets", "open_data")
    for rel in ("src/main.py", "src/levels/one.py", "assets/hero.png", "open_data/main.py",
                "minigame.config.json", "minis.config.json"):
        assert relevant(root, folders, root / rel), rel
    for rel in (".pyminis/stage/h5/main.py", "dist/game.js", "src/__pycache__/main.cpython-311.pyc",
                "src/.main.py.swp", "src/main.py~", "README.md", "notes/todo.py",
                "src/__target__/main.js"):
        assert not relevant(root, folders, root / rel), rel
    assert not relevant(root, folders, Path("/elsewhere/src/main.py"))


def test_addresses_for_the_terminal() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.20")
    assert browse_host("192.168.1.20") == "192.168.1.20"
    assert browse_host("::1") == "[::1]"
    assert browse_host("0.0.0.0") not in ("0.0.0.0", "")
    code = qr_text("http://192.168.1.20:3000/game/")
    assert len(code.splitlines()) > 10 and set(code) <= set("█▀▄ \n")
    assert code != qr_text("http://192.168.1.21:3000/game/")
