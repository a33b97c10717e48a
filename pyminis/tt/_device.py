"""Vibration, the on-screen keyboard, and the revisit missions (native runtime).

The revisit missions (add_shortcut, start_entrance_mission and their rewards) need TikTok
41.0.0; pyminis.tt asks canIUse first and raises TTUnavailableError on older clients.
"""

# __pragma__ ('skip')
from typing import Any, Awaitable, Callable  # noqa: E402  (typing would fail to load compiled)
# __pragma__ ('noskip')

from pyminis.tt._call import callback_call, listen, nothing
from pyminis.tt._errors import TTValueError
from pyminis.tt._js import field, new_object
from pyminis.tt._types import can_receive_reward_of

REVISIT_CLIENT = "41.0.0"
VIBRATION_TYPES = ["heavy", "medium", "light"]
CONFIRM_TYPES = ["done", "next", "search", "go", "send"]


def vibrate_short(kind: str = "medium") -> "Awaitable[None]":
    """A short vibration; `kind` is the platform's `type` (renamed: `type` is a builtin)."""
    if kind not in VIBRATION_TYPES:
        raise TTValueError("vibrate_short", "kind is " + repr(kind),
                           "use 'heavy', 'medium' or 'light'")
    options = new_object()
    options["type"] = kind
    return callback_call("vibrate_short", "vibrateShort", options, nothing)


def vibrate_long() -> "Awaitable[None]":
    return callback_call("vibrate_long", "vibrateLong", None, nothing)


def show_keyboard(default_value: str = "", max_length: int = 100, multiple: bool = False,
                  confirm_hold: bool = False, confirm_type: str = "done") -> "Awaitable[None]":
    if confirm_type not in CONFIRM_TYPES:
        raise TTValueError("show_keyboard", "confirm_type is " + repr(confirm_type),
                           "use one of 'done', 'next', 'search', 'go', 'send'")
    options = new_object()
    options["defaultValue"] = default_value
    options["maxLength"] = max_length
    options["multiple"] = multiple
    options["confirmHold"] = confirm_hold
    options["confirmType"] = confirm_type
    return callback_call("show_keyboard", "showKeyboard", options, nothing)


def update_keyboard(value: str) -> "Awaitable[None]":
    options = new_object()
    options["value"] = value
    return callback_call("update_keyboard", "updateKeyboard", options, nothing)


def hide_keyboard() -> "Awaitable[None]":
    return callback_call("hide_keyboard", "hideKeyboard", None, nothing)


def _value_of(raw: "Any") -> str:
    return str(field(raw, "value", ""))


def on_keyboard_input(callback: "Callable[[str], Any]") -> "Callable[[], None]":
    """`callback(text)` as the player types."""
    return listen("on_keyboard_input", None, "onKeyboardInput", "offKeyboardInput", callback,
                  _value_of)


def on_keyboard_confirm(callback: "Callable[[str], Any]") -> "Callable[[], None]":
    return listen("on_keyboard_confirm", None, "onKeyboardConfirm", "offKeyboardConfirm",
                  callback, _value_of)


def on_keyboard_complete(callback: "Callable[[str], Any]") -> "Callable[[], None]":
    return listen("on_keyboard_complete", None, "onKeyboardComplete", "offKeyboardComplete",
                  callback, _value_of)




def add_shortcut() -> "Awaitable[None]":
    """Ask the player to add the game to the home screen (the shortcut mission)."""
    return callback_call("add_shortcut", "addShortcut", None, nothing, REVISIT_CLIENT)


def get_shortcut_mission_reward() -> "Awaitable[bool]":
    """Whether the shortcut mission's reward can be given now."""
    return callback_call("get_shortcut_mission_reward", "getShortcutMissionReward", None,
                         can_receive_reward_of, REVISIT_CLIENT)


def start_entrance_mission() -> "Awaitable[None]":
    """Start the entrance (revisit from the profile) mission."""
    return callback_call("start_entrance_mission", "startEntranceMission", None, nothing,
                         REVISIT_CLIENT)


def get_entrance_mission_reward() -> "Awaitable[bool]":
    return callback_call("get_entrance_mission_reward", "getEntranceMissionReward", None,
                         can_receive_reward_of, REVISIT_CLIENT)
