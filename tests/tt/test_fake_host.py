"""Behaviour of pyminis.tt that the shared cases do not show: held answers, old clients,
optional calls, async listeners, error shapes."""

from __future__ import annotations

from typing import Any

import pytest

from pyminis import tt
from pyminis.sdk import fake


def test_limits_raise_before_any_platform_call() -> None:
    with fake.use() as host:
        with pytest.raises(tt.TTValueError, match=r"data\[0\]\['key'\] is 129 characters"):
            tt.set_user_cloud_storage([{"key": "k" * 129, "value": "1"}])
        with pytest.raises(tt.TTValueError, match="keys must be a non-empty list"):
            tt.get_friend_cloud_storage([])
        with pytest.raises(tt.TTValueError, match="background_color"):
            tt.set_navigation_bar_color("#ffffff", "red")
        assert host.calls == []


def test_a_held_call_keeps_the_coroutine_waiting_until_released() -> None:
    with fake.use() as host:
        host.hold("login")
        seen: list[str] = []

        async def sign_in() -> None:
            seen.append((await tt.login()).code)

        task = tt.start(sign_in())
        assert seen == [] and not task.done
        with pytest.raises(AssertionError, match="held"):
            fake.run(sign_in())
        host.release("login", {"ok": {"code": "late"}})
        assert seen == ["late", "late"] and task.done  # both waiting coroutines resumed


def test_an_old_client_is_refused_through_can_i_use() -> None:
    with fake.use() as host:
        host.outcomes["canIUse"] = lambda params: {"ok": params["name"] != "shareAppMessage"}
        with pytest.raises(tt.TTUnavailableError, match="needs TikTok 40.3.0"):
            tt.share_app_message("https://example.com/card.png")
        assert host.names() == ["canIUse"]


def test_set_loading_progress_does_nothing_where_the_runtime_lacks_it() -> None:
    with fake.use(fake.FakeHost(missing={"setLoadingProgress"})) as host:
        assert fake.run(_awaited(tt.set_loading_progress(1))) is None
        assert host.calls == []
    with fake.use(fake.FakeHost(missing={"login"})):
        with pytest.raises(tt.TTUnavailableError, match="no login"):
            tt.login()


async def _awaited(awaitable: Any) -> Any:
    return await awaitable


def test_async_listeners_run_and_unsubscribe_stops_them() -> None:
    with fake.use() as host:
        codes: list[str] = []

        async def on_show(options: tt.LaunchOptions) -> None:
            codes.append(options.query["from"] + ":" + (await tt.login()).code)

        stop = tt.on_show(on_show)
        host.emit("onShow", {"scene": "1", "query": "from=share"})
        stop()
        host.emit("onShow", {"scene": "1", "query": "from=again"})
        assert codes == ["share:stand-in-code"]


@pytest.mark.parametrize("raw, code, message", [
    ({"error": {"error_code": 3, "error_msg": "native shape"}}, 3, "native shape"),
    ({"errMsg": "login:fail wx shape", "errNo": 4}, 4, "login:fail wx shape"),
    ({"errMsg": "ad shape", "errCode": 1004}, 1004, "ad shape"),
    ({"error_code": 6, "error_msg": "flat"}, 6, "flat"),
    ({}, -1, "failed"),
])
def test_every_documented_failure_shape_becomes_a_tt_error(raw: Any, code: int, message: str) -> None:
    with fake.use() as host:
        host.outcomes["login"] = lambda params: {"fail": raw}
        with pytest.raises(tt.TTError) as caught:
            fake.run(_awaited(tt.login()))
        assert (caught.value.code, caught.value.message) == (code, message)
        assert "tt.login failed" in str(caught.value)


def test_shared_canvas_is_one_object_that_game_code_can_size_and_show() -> None:
    from pyminis.social import SharedCanvasView

    with fake.use() as host:
        view = SharedCanvasView(width="90vw", height="45vh", resolution=600)
        view.show()
        canvas = tt.get_shared_canvas()
        assert canvas is host.shared_canvas
        assert (canvas.width, view.visible) == (600, True)
        image = tt.create_image()
        image.src = "https://example.com/a.png"
        assert tt.create_image() is not image
