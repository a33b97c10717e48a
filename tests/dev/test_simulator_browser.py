"""The simulator's controls decide what the game receives from the platform."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.dev.conftest import DevProcess

pytestmark = pytest.mark.browser

AD_GAME = '''"""Shows a rewarded ad at start and keeps what on_close said, in cloud storage."""

from pyminis import tt


def closed(info: tt.AdClose) -> None:
    tt.start(tt.set_user_cloud_storage([{"key": "ad_is_ended", "value": str(info.is_ended)}]))


async def play() -> None:
    ad = tt.create_rewarded_video_ad("simulator-ad-unit")
    ad.on_close(closed)
    await ad.show()


tt.start(play())
'''

PLATFORM_GAME = '''"""Reports what the platform told it, in cloud storage."""

from pyminis import tt


async def play() -> None:
    seen = []
    try:
        await tt.login()
        seen.append({"key": "login", "value": "ok"})
    except tt.TTError as error:
        seen.append({"key": "login", "value": "failed " + str(error.code)})
    for scope in ["user.info.basic", "user.info.stats"]:
        try:
            await tt.authorize(scope)
            seen.append({"key": scope, "value": "allowed"})
        except tt.TTError as error:
            seen.append({"key": scope, "value": "denied " + str(error.code)})
    rect = tt.get_menu_button_bounding_client_rect()
    seen.append({"key": "capsule", "value": str(rect.left) + "," + str(rect.top) + ","
                 + str(rect.width) + "," + str(rect.height)})
    info = tt.get_system_info()
    seen.append({"key": "system", "value": info.language + " " + info.platform + " "
                 + str(info.window_width) + "x" + str(info.window_height)})
    platform = pyminisPlatform  # noqa: F821  (the H5 platform layer)
    seen.append({"key": "browser", "value": platform.getSystemInfoSync().language + " "
                 + str(platform.getSystemInfoSync().windowWidth)})
    await tt.set_user_cloud_storage(seen)


tt.start(play())
'''


def cloud(page: Any) -> dict[str, str]:
    """The simulator's cloud-storage viewer, as key → value."""
    rows = page.locator("#cloud tr").all()
    return {row.locator("td").nth(0).inner_text(): row.locator("td").nth(1).inner_text() for row in rows}


def wait_cloud(page: Any, key: str, timeout_ms: int = 15000) -> str:
    page.wait_for_function(
        """(key) => [...document.querySelectorAll('#cloud tr td:first-child')]
                     .some((cell) => cell.textContent === key)""", arg=key, timeout=timeout_ms)
    return cloud(page)[key]


def restart_game(page: Any) -> None:
    page.evaluate("localStorage.removeItem('pyminis-simulator-cloud')")
    page.click("#cloud-clear")
    page.click("#reload")


def project_with(example_copy: Callable[[str], Path], game: str) -> Path:
    project = example_copy("hello")
    (project / "src" / "main.py").write_text(game, encoding="utf-8")
    return project


def test_rewarded_ad_closed_early_reaches_the_game_as_not_ended(
        page: Any, example_copy: Callable[[str], Path], dev_server: Callable[..., DevProcess]) -> None:
    dev = dev_server(project_with(example_copy, AD_GAME))
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(dev.url)
    # The default outcome: watched to the end.
    assert wait_cloud(page, "ad_is_ended") == "True"

    page.select_option("#outcome-ad", "closed")
    restart_game(page)
    assert wait_cloud(page, "ad_is_ended") == "False"
    shows = page.evaluate("__pyminisSimulator.calls.filter((c) => c.name === 'RewardedVideoAd.show')")
    assert shows == [{"name": "RewardedVideoAd.show", "params": {}, "answer": {"ok": {"isEnded": False}}}]
    log = page.locator("#log").inner_text()
    assert "createRewardedVideoAd" in log and "RewardedVideoAd.show" in log


def test_login_authorize_capsule_and_language_come_from_the_controls(
        page: Any, example_copy: Callable[[str], Path], dev_server: Callable[..., DevProcess]) -> None:
    dev = dev_server(project_with(example_copy, PLATFORM_GAME))
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(dev.url)
    assert wait_cloud(page, "login") == "ok"
    assert cloud(page)["user.info.basic"] == "allowed"

    page.select_option("#outcome-login", "fail")
    page.select_option("#scope-user-info-stats", "deny")
    page.select_option("#device", "pixel-7")
    page.select_option("#language", "ja-JP")
    restart_game(page)  # clears the cloud storage: the keys come back from the new run only
    assert wait_cloud(page, "login") == "failed 10001"
    seen = cloud(page)
    assert seen["user.info.basic"] == "allowed"
    assert seen["user.info.stats"] == "denied 10003"
    assert seen["system"] == "ja-JP android 412x915"
    assert seen["browser"] == "ja-JP 412"  # navigator.language and the frame's width
    # The capsule is drawn where the game was told it is (in the phone's CSS pixels).
    left, top, width, height = (float(v) for v in seen["capsule"].split(","))
    box = page.evaluate("""() => { const c = document.querySelector('#capsule');
        return {left: c.offsetLeft, top: c.offsetTop, width: c.offsetWidth, height: c.offsetHeight}; }""")
    assert (box["left"], box["top"], box["width"], box["height"]) == (left, top, width, height)
    assert left + width < 412 and top > 24  # inside the screen, below the status bar

    # Theme and orientation, as the game's own window sees them.
    page.select_option("#theme", "dark")
    page.select_option("#orientation", "landscape")
    page.wait_for_function("""() => { const w = document.querySelector('#game').contentWindow;
        return w.TTMinis && w.innerWidth === 915; }""")
    game = page.frame_locator("#game").locator("html")
    assert game.evaluate("() => [innerWidth, innerHeight]") == [915, 412]
    assert game.evaluate("() => matchMedia('(prefers-color-scheme: dark)').matches") is True
    assert game.evaluate("() => matchMedia('(prefers-color-scheme: light)').matches") is False
    assert game.evaluate("() => TTMinis.game.getSystemInfoSync().theme") == "dark"


def test_the_native_target_runs_in_the_emulator_with_the_chosen_outcome(
        page: Any, example_copy: Callable[[str], Path], dev_server: Callable[..., DevProcess]) -> None:
    dev = dev_server(project_with(example_copy, AD_GAME))
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(dev.url)
    assert wait_cloud(page, "ad_is_ended") == "True"  # H5 first
    page.select_option("#outcome-ad", "closed")
    page.click("#cloud-clear")
    dev.switch_to_native(page)
    assert wait_cloud(page, "ad_is_ended", timeout_ms=30000) == "False"
    # The game ran in the emulator's worker: no DOM, the native package's game.json.
    frame = page.frame_locator("#game")
    assert frame.locator("#screen").count() == 1
    assert page.evaluate("document.querySelector('#game').contentWindow.emulator.gameJson !== null")


def test_the_native_emulator_denies_only_the_scopes_chosen(
        page: Any, example_copy: Callable[[str], Path], dev_server: Callable[..., DevProcess]) -> None:
    dev = dev_server(project_with(example_copy, PLATFORM_GAME))
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(dev.url)
    assert wait_cloud(page, "user.info.stats") == "allowed"  # H5 first: both scopes seen
    page.select_option("#scope-user-info-stats", "deny")
    page.click("#cloud-clear")
    dev.switch_to_native(page)
    assert wait_cloud(page, "user.info.stats", timeout_ms=30000) == "denied 10003"
    assert cloud(page)["user.info.basic"] == "allowed"


def test_the_native_runtime_profile_comes_from_the_address_and_the_control(
        page: Any, example_copy: Callable[[str], Path], dev_server: Callable[..., DevProcess]) -> None:
    dev = dev_server(project_with(example_copy, AD_GAME))
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(dev.url + "?profile=strict")
    assert page.eval_on_selector("#profile", "e => e.value") == "strict"
    dev.switch_to_native(page)
    emulator = "document.querySelector('#game').contentWindow.emulator"
    page.wait_for_function(f"{emulator} && {emulator}.profile === 'strict'")
    assert wait_cloud(page, "ad_is_ended", timeout_ms=30000) == "True"  # the game runs there
    page.select_option("#profile", "tiktok")
    page.wait_for_function(f"{emulator} && {emulator}.profile === 'tiktok'")
    assert "profile=tiktok" in page.evaluate("document.querySelector('#game').src")
