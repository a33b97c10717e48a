"""Answers whose shape no page documents are read in every shape the runtime family uses
(docs/native-runtimes.md "Undocumented answers"), and a call may answer by a returned Promise."""

from __future__ import annotations

from typing import Any

import pytest

from pyminis import tt
from pyminis.sdk import fake


async def awaited(result: Any) -> Any:
    return await result

REWARDS = [
    ({"canReceiveReward": True}, True),  # TikTok's games and Douyin
    ({"canReceiveReward": False}, False),
    ({"can_receive_reward": True}, True),  # TikTok Minis' snake_case (is_success, error_code)
    ({"rewarded": True}, True),
    ({"data": {"canReceiveReward": True}}, True),  # wrapped in data, as bridges pass it on
    (True, True),
    ({"errMsg": "getShortcutMissionReward:ok"}, False),  # no answer: no reward
]
LOGIN = [
    ({"isLogin": True}, True),  # Douyin's login result spells it so
    ({"is_login": True}, True),
    ({"isLoggedIn": True}, True),
    ({"data": {"is_login": False}}, False),
    (False, False),
    ({}, False),
]


@pytest.mark.parametrize(("raw", "expected"), REWARDS)
def test_mission_rewards_in_every_shape(raw: Any, expected: bool) -> None:
    with fake.use() as host:
        for name in ("getShortcutMissionReward", "getEntranceMissionReward"):
            host.outcomes[name] = lambda params: {"ok": raw}
        assert fake.run(awaited(tt.get_shortcut_mission_reward())) is expected
        assert fake.run(awaited(tt.get_entrance_mission_reward())) is expected


@pytest.mark.parametrize(("raw", "expected"), LOGIN)
def test_login_status_in_every_shape(raw: Any, expected: bool) -> None:
    with fake.use() as host:
        host.outcomes["getLoginStatus"] = lambda params: {"ok": raw}
        assert fake.run(awaited(tt.get_login_status())).is_login is expected


class PromiseHost(fake.FakeHost):
    """A runtime whose mission call ignores the callbacks and returns a Promise."""

    def function(self, key: str, target: Any = None) -> Any:
        if key == "getShortcutMissionReward":
            return lambda options=None: fake.Pending(
                lambda resolve, reject: resolve({"canReceiveReward": True}))
        if key == "getEntranceMissionReward":
            return lambda options=None: fake.Pending(
                lambda resolve, reject: reject({"errMsg": "getEntranceMissionReward:fail no"}))
        return super().function(key, target)


def test_a_call_answered_by_a_returned_promise_settles() -> None:
    with fake.use(PromiseHost()):
        assert fake.run(awaited(tt.get_shortcut_mission_reward())) is True
        with pytest.raises(tt.TTError, match="fail no"):
            fake.run(awaited(tt.get_entrance_mission_reward()))


def test_without_can_i_use_a_call_is_usable_when_the_runtime_has_it() -> None:
    with fake.use(fake.FakeHost(missing={"canIUse", "addShortcut"})):
        assert tt.can_i_use("login") is True
        assert tt.can_i_use("addShortcut") is False
        assert tt.can_i_use("noSuchCall") is False
