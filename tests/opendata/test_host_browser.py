"""The emulated platform side on its own (runtime_js/opendata/), with a hand-written open data
script: no Python build, so each case is quick. The page's own code plays the game."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from tests.opendata.support import domain_worker, seed_friends
from tests.support.browser import SDK_HOST, serve

pytestmark = pytest.mark.browser

PAGE = f"""<!DOCTYPE html><html><head><script src="https://{SDK_HOST}/game/sdk.js"></script>
<title>Host test</title></head><body style="margin:0;background:#000"></body></html>"""

DOMAIN = """
const canvas = tt.getSharedCanvas();
self.__got = {};
tt.onMessage((m) => {
  const keep = (key) => ({ success: (r) => { self.__got[key] = r; }, fail: (e) => { self.__got[key] = e; } });
  if (m.type === 'friends') tt.getFriendCloudStorage({ keyList: ['score'], ...keep('friends') });
  if (m.type === 'me') tt.getUserCloudStorage({ keyList: ['score'], ...keep('me') });
  if (m.type === 'share') tt.shareToUser({ openid: m.openid, imageUrl: 'https://x/c.png', ...keep('share') });
  if (m.type === 'draw') {
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#00ff00';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    self.__got.size = [canvas.width, canvas.height];
  }
});
"""

FRIENDS = [
    {"nickname": "Ann", "openid": "o-ann", "KVDataList": [{"key": "score", "value": "4"},
                                                          {"key": "level", "value": "2"}]},
    {"display_name": "Bob", "open_id": "o-bob", "avatar_url": "https://x/bob.png",
     "data": [{"key": "score", "value": "9"}]},
]


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    (tmp_path / "index.html").write_text(PAGE, encoding="utf-8")
    # 003: how the platform knows the package has an open data domain, and where.
    (tmp_path / "project.config.json").write_text('{"openDataContext": "openDataContext"}',
                                                  encoding="utf-8")
    (tmp_path / "openDataContext").mkdir()
    (tmp_path / "openDataContext" / "index.js").write_text(DOMAIN, encoding="utf-8")
    with serve(tmp_path) as url:
        yield url


def start(page: Any, url: str, **seed: Any) -> Any:
    seed_friends(page, FRIENDS, **seed)
    page.goto(url + "/index.html")
    page.evaluate("TTMinis.game.getOpenDataContext()")  # the domain starts on first use
    return domain_worker(page)


def post(page: Any, message: dict[str, Any]) -> None:
    page.evaluate("(m) => TTMinis.game.getOpenDataContext().postMessage(m)", message)


def got(page: Any, worker: Any, key: str) -> Any:
    page.wait_for_function("true")
    for _ in range(100):
        value = worker.evaluate(f"self.__got[{key!r}]")
        if value is not None:
            return value
        page.wait_for_timeout(30)
    raise AssertionError(f"the domain never got {key}")


AUTHORIZE = """(statusOnly) => new Promise((resolve) => TTMinis.game.authorizeOpenContext({
    get_status_only: statusOnly, success: (r) => resolve(['ok', r.code]),
    fail: (e) => resolve(['fail', e.errMsg]) }))"""


def test_authorization_asks_only_for_what_is_missing(page: Any, site: str) -> None:
    start(page, site, granted=["profile"])
    assert page.evaluate(AUTHORIZE, True) == ["fail", "authorizeOpenContext:fail auth deny"]
    page.evaluate(f"() => {{ window.asked = ({AUTHORIZE})(false); }}")  # pending until answered
    page.wait_for_selector("#pyminis-authorize")
    assert page.eval_on_selector_all("#pyminis-authorize li", "l => l.map(i => i.dataset.scope)") == ["friends"]
    page.click("#pyminis-authorize [data-answer=allow]")
    assert page.evaluate("window.asked")[0] == "ok"
    assert page.evaluate(AUTHORIZE, True)[0] == "ok"  # granted now: no dialog
    assert page.query_selector("#pyminis-authorize") is None


def test_friends_arrive_in_one_shape_with_only_the_asked_keys(page: Any, site: str) -> None:
    worker = start(page, site)
    post(page, {"type": "friends"})
    friends = got(page, worker, "friends")["data"]
    assert [(f["display_name"], f["open_id"], f["data"]) for f in friends] == [
        ("Ann", "o-ann", [{"key": "score", "value": "4"}]),
        ("Bob", "o-bob", [{"key": "score", "value": "9"}])]
    assert friends[0]["avatar_url"].startswith("data:image/png;base64,")  # made for Ann
    assert friends[1]["avatar_url"] == "https://x/bob.png"
    # The developer edits the friends: the next read sees the edit.
    page.evaluate("""TTMinis.__openData.setFriends([{display_name: 'Cy', open_id: 'o-cy',
                     data: [{key: 'score', value: '1'}]}])""")
    worker.evaluate("delete self.__got.friends")
    post(page, {"type": "friends"})
    assert [f["display_name"] for f in got(page, worker, "friends")["data"]] == ["Cy"]


def test_the_games_cloud_storage_reaches_the_domain_within_the_limits(page: Any, site: str) -> None:
    worker = start(page, site)
    save = """(data) => new Promise((resolve) => TTMinis.game.setUserCloudStorage({ data,
        success: () => resolve('ok'), fail: (e) => resolve(e.errMsg) }))"""
    assert page.evaluate(save, [{"key": "score", "value": "12"}]) == "ok"
    assert "1 to 128 characters" in page.evaluate(save, [{"key": "k" * 129, "value": "1"}])
    assert "at most 2048" in page.evaluate(save, [{"key": "score", "value": "9" * 2049}])
    post(page, {"type": "me"})
    assert got(page, worker, "me")["data"] == [{"key": "score", "value": "12"}]


def test_share_to_user_needs_a_friends_open_id(page: Any, site: str) -> None:
    worker = start(page, site)
    post(page, {"type": "share", "openid": "o-stranger"})
    assert "open_id of a friend" in got(page, worker, "share")["errMsg"]
    worker.evaluate("delete self.__got.share")
    post(page, {"type": "share", "openid": "o-bob"})
    assert "errMsg" not in got(page, worker, "share")


def test_the_game_places_the_shared_canvas_but_cannot_read_friends(page: Any, site: str) -> None:
    worker = start(page, site)
    page.evaluate("""(() => { const c = TTMinis.game.getSharedCanvas(); c.width = 200; c.height = 100;
        Object.assign(c.style, {left: '10vw', top: '50vh', width: '50vw', height: '20vh'}); })()""")
    post(page, {"type": "draw"})
    assert got(page, worker, "size") == [200, 100]
    page.wait_for_timeout(100)
    shot = Image.open(io.BytesIO(page.screenshot())).convert("RGB")
    width, height = shot.size
    assert shot.getpixel((round(width * 0.2), round(height * 0.6))) == (0, 255, 0)  # inside
    assert shot.getpixel((round(width * 0.05), round(height * 0.6))) == (0, 0, 0)  # left of it
    assert shot.getpixel((round(width * 0.2), round(height * 0.45))) == (0, 0, 0)  # above it
    names = page.evaluate("['getFriendCloudStorage', 'getUserCloudStorage', 'shareToUser', "
                          "'onMessage'].filter(n => typeof TTMinis.game[n] === 'function')")
    assert names == []
    assert page.evaluate("TTMinis.game.canIUse('shareToUser')") is False
    assert page.evaluate("TTMinis.game.canIUse('shareAppMessage')") is True


def test_a_package_without_an_open_data_domain_keeps_the_plain_stand_in(
        page: Any, tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "project.config.json").write_text('{"appid": "x"}', encoding="utf-8")
    with serve(tmp_path) as url:
        page.goto(url + "/index.html")
        # The stand-in's own calls, none replaced or removed, and no host installed.
        assert page.evaluate("""[typeof TTMinis.game.getFriendCloudStorage,
            typeof globalThis.pyminisOpenData, typeof TTMinis.__openData]""") == [
            "function", "undefined", "undefined"]
        page.evaluate("TTMinis.game.getOpenDataContext()")
        assert page.workers == []
