"""Every TikTok Mini Games SDK call a game can make, described once.

The platform documents (platform-docs/000, 001, 003, 004, native-runtime.md) are the source.
`pyminis.tt` wraps these calls, `runtime_js/simulator/sdk.js` stands in for them, the fake host
(`pyminis.sdk.fake`) answers them in CPython and docs/sdk-reference.md lists them; tests check
that all four agree with this table.

Each call has a callback style:
- `callback`: `{..., success, fail, complete}`; pyminis.tt makes it awaitable.
- `promise`: returns a Promise (a method of an ad object).
- `sync`: returns its result directly (`…Sync`, factories such as `createImage`).
- `listener`: `onX(callback)`, with `offX(callback)` where the platform has one.
- `factory`: returns an object whose own calls are listed with `owner` set to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

Style = Literal["callback", "promise", "sync", "listener", "factory"]
Domain = Literal["main", "open"]
Target = Literal["h5", "native"]

BOTH_DOMAINS: tuple[Domain, ...] = ("main", "open")
ALL_TARGETS: tuple[Target, ...] = ("h5", "native")


@dataclass(frozen=True)
class Param:
    """One documented parameter, under its platform name."""

    name: str  # exactly as the platform spells it: get_status_only, templateType, keyList
    type: str  # "string", "number", "boolean", "string[]", "{key, value}[]", "function", "any"
    required: bool = False
    limit: str = ""  # the documented limit, as prose: "at most 128 characters"
    positional: bool = False  # passed as an argument, not inside the options object
    py: str = ""  # the Python keyword where snake_case would shadow a builtin

    @property
    def python(self) -> str:
        """The Pythonic keyword: templateType → template_type."""
        return self.py or re.sub(r"(?<!^)(?=[A-Z])", "_", self.name).lower()


@dataclass(frozen=True)
class Call:
    """One call of the SDK namespace (`TTMinis.game`, `tt`, `wx`) or of an object it returns."""

    python: str  # tt.<python> (or <owner object>.<python>)
    platform: str  # the platform's name
    style: Style
    source: str  # the platform document that describes it
    params: tuple[Param, ...] = ()
    result: str = "None"  # the Python type pyminis.tt returns (awaitable for callback/promise)
    example: Any = None  # a documented-shape raw result: default answer of the stand-ins
    domains: tuple[Domain, ...] = ("main",)
    targets: tuple[Target, ...] = ALL_TARGETS
    min_client: str = ""  # minimum TikTok client version, where documented
    off: str = ""  # listener: the platform's unsubscribe call
    owner: str = ""  # set for calls of a returned object: "RewardedVideoAd"
    task: str = ""  # callback calls that also return an object ("RequestTask": abort())
    optional: bool = False  # absent on some runtimes by design: pyminis.tt then does nothing
    note: str = ""

    @property
    def key(self) -> str:
        """Unique name: `login`, `RewardedVideoAd.show`."""
        return f"{self.owner}.{self.platform}" if self.owner else self.platform


def _p(name: str, type_: str, required: bool = False, limit: str = "",
       positional: bool = False, py: str = "") -> Param:
    return Param(name, type_, required, limit, positional, py)


_CODE = {"code": "stand-in-code"}
_RECT = {"width": 86, "height": 32, "top": 48, "right": 367, "bottom": 80, "left": 281}
_SYSTEM_INFO = {
    "screenWidth": 390, "screenHeight": 844, "windowWidth": 390, "windowHeight": 844,
    "pixelRatio": 3, "devicePixelRatio": 3, "platform": "ios", "language": "en-US",
    "statusBarHeight": 47, "SDKVersion": "3.0.0",
    "safeArea": {"left": 0, "top": 47, "right": 390, "bottom": 810, "width": 390, "height": 763},
}
_LAUNCH = {"scene": "1001", "query": {}}
_AD_UNIT = _p("adUnitId", "string", required=True)
_CLOUD_DATA = _p("data", "{key, value}[]", required=True,
                 limit="key at most 128 characters, value at most 2048 characters")
_KEY_LIST = _p("keyList", "string[]", required=True, py="keys")
_TEMPLATE = _p("templateType", "number", limit="1 or 2")
_SHARE_REQUIRED = "40.3.0"
_REVISIT = "41.0.0"

CALLS: tuple[Call, ...] = (
    # Loading and navigation bar (000, 001)
    Call("set_loading_progress", "setLoadingProgress", "callback", "000",
         (_p("progress", "number", True, "0 to 1"),), optional=True,
         note="the native runtime may have no loading screen to report to: then nothing happens"),
    Call("get_menu_button_bounding_client_rect", "getMenuButtonBoundingClientRect", "sync",
         "000, 001", result="Rect", example=_RECT),
    Call("set_navigation_bar_color", "setNavigationBarColor", "callback", "001",
         (_p("frontColor", "string", True, "#ffffff or #000000"),
          _p("backgroundColor", "string", True, "hexadecimal colour")), targets=("h5",),
         note="001 shows a second argument, `function (res) {res.is_success}`: pyminis.tt "
              "passes one too and settles on the first answer"),
    # Login, authorization, payment (000, 001, native-runtime.md)
    Call("login", "login", "callback", "000, 001", result="AuthCode", example=_CODE),
    Call("get_login_status", "getLoginStatus", "callback", "000", result="LoginStatus",
         example={"isLogin": True}),
    Call("authorize", "authorize", "callback", "001", (_p("scope", "string", True),),
         result="AuthCode", example=_CODE),
    Call("pay", "pay", "callback", "000, 001", (_p("trade_order_id", "string", True),)),
    Call("navigate_to_balance", "navigateToBalance", "callback", "native-runtime.md",
         targets=("native",)),
    # Ads (001, native-runtime.md)
    Call("create_rewarded_video_ad", "createRewardedVideoAd", "factory", "001",
         (_AD_UNIT,), result="RewardedVideoAd"),
    Call("show", "show", "promise", "native-runtime.md", owner="RewardedVideoAd",
         example={"isEnded": True},
         note="after it settles, onClose listeners get {isEnded} (a failure goes to onError)"),
    Call("load", "load", "promise", "native-runtime.md", owner="RewardedVideoAd"),
    Call("on_close", "onClose", "listener", "native-runtime.md", result="AdClose",
         example={"isEnded": True}, off="offClose", owner="RewardedVideoAd"),
    Call("on_error", "onError", "listener", "native-runtime.md", result="TTError",
         example={"errMsg": "no ad to show", "errCode": 1004}, off="offError",
         owner="RewardedVideoAd"),
    Call("on_load", "onLoad", "listener", "native-runtime.md", off="offLoad",
         owner="RewardedVideoAd"),
    Call("destroy", "destroy", "sync", "native-runtime.md", owner="RewardedVideoAd"),
    Call("create_interstitial_ad", "createInterstitialAd", "factory", "native-runtime.md",
         (_AD_UNIT,), result="InterstitialAd"),
    Call("show", "show", "promise", "native-runtime.md", owner="InterstitialAd",
         note="after it settles, onClose listeners are called (a failure goes to onError)"),
    Call("load", "load", "promise", "native-runtime.md", owner="InterstitialAd"),
    Call("on_close", "onClose", "listener", "native-runtime.md", off="offClose",
         owner="InterstitialAd"),
    Call("on_error", "onError", "listener", "native-runtime.md", result="TTError",
         example={"errMsg": "no ad to show", "errCode": 1004}, off="offError",
         owner="InterstitialAd"),
    Call("destroy", "destroy", "sync", "native-runtime.md", owner="InterstitialAd"),
    # System and lifecycle (003, native-runtime.md)
    Call("can_i_use", "canIUse", "sync", "003", (_p("name", "string", True, positional=True),),
         result="bool", example=True),
    Call("get_system_info", "getSystemInfoSync", "sync", "native-runtime.md",
         result="SystemInfo", example=_SYSTEM_INFO, domains=BOTH_DOMAINS),
    Call("get_launch_options", "getLaunchOptionsSync", "sync", "native-runtime.md",
         result="LaunchOptions", example=_LAUNCH),
    Call("get_enter_options", "getEnterOptionsSync", "sync", "native-runtime.md",
         result="LaunchOptions", example=_LAUNCH),
    Call("on_show", "onShow", "listener", "native-runtime.md", result="LaunchOptions",
         example=_LAUNCH, off="offShow"),
    Call("on_hide", "onHide", "listener", "native-runtime.md", off="offHide"),
    # Storage (native-runtime.md)
    Call("set_storage", "setStorage", "callback", "native-runtime.md",
         (_p("key", "string", True), _p("data", "any", True, py="value"))),
    Call("get_storage", "getStorage", "callback", "native-runtime.md",
         (_p("key", "string", True),), result="Any", example={"data": "stored"}),
    Call("remove_storage", "removeStorage", "callback", "native-runtime.md",
         (_p("key", "string", True),)),
    Call("clear_storage", "clearStorage", "callback", "native-runtime.md"),
    Call("set_storage_sync", "setStorageSync", "sync", "native-runtime.md",
         (_p("key", "string", True, positional=True),
          _p("data", "any", True, positional=True, py="value"))),
    Call("get_storage_sync", "getStorageSync", "sync", "native-runtime.md",
         (_p("key", "string", True, positional=True),), result="Any", example="stored"),
    Call("remove_storage_sync", "removeStorageSync", "sync", "native-runtime.md",
         (_p("key", "string", True, positional=True),)),
    Call("clear_storage_sync", "clearStorageSync", "sync", "native-runtime.md"),
    Call("get_storage_info", "getStorageInfoSync", "sync", "native-runtime.md",
         result="StorageInfo", example={"keys": ["best"], "currentSize": 1, "limitSize": 10240}),
    # Network (native-runtime.md): only trusted domains are reachable
    Call("request", "request", "callback", "native-runtime.md",
         (_p("url", "string", True), _p("method", "string"), _p("data", "any"),
          _p("header", "object"), _p("timeout", "number")), result="Response",
         example={"statusCode": 200, "data": {"ok": True}, "header": {}}, task="RequestTask",
         note="returns a RequestTask: awaitable, and `abort()` fails it with `request:fail abort`; "
              "`Response.data` (parsed JSON) and what get_storage/get_storage_sync return are "
              "Python dicts and lists, as in CPython (a missing key raises KeyError)"),
    Call("abort", "abort", "sync", "native-runtime.md", owner="RequestTask"),
    Call("download_file", "downloadFile", "callback", "native-runtime.md",
         (_p("url", "string", True), _p("header", "object")), result="DownloadResult",
         example={"tempFilePath": "ttfile://temp/stand-in", "statusCode": 200}, task="DownloadTask",
         note="returns a DownloadTask: awaitable, and `abort()` fails it"),
    Call("abort", "abort", "sync", "native-runtime.md", owner="DownloadTask"),
    Call("connect_socket", "connectSocket", "factory", "native-runtime.md",
         (_p("url", "string", True, "wss:// on a trusted domain"), _p("protocols", "string[]"),
          _p("header", "object")), result="SocketTask"),
    Call("send", "send", "callback", "native-runtime.md", (_p("data", "string", True),),
         owner="SocketTask"),
    Call("close", "close", "callback", "native-runtime.md",
         (_p("code", "number"), _p("reason", "string")), owner="SocketTask"),
    Call("on_open", "onOpen", "listener", "native-runtime.md", owner="SocketTask"),
    Call("on_message", "onMessage", "listener", "native-runtime.md", result="Any",
         example={"data": "hello"}, owner="SocketTask"),
    Call("on_error", "onError", "listener", "native-runtime.md", result="TTError",
         example={"errMsg": "socket error"}, owner="SocketTask"),
    Call("on_close", "onClose", "listener", "native-runtime.md", owner="SocketTask"),
    # Device (native-runtime.md): the H5 runtime forbids the vibration and keyboard APIs
    Call("vibrate_short", "vibrateShort", "callback", "native-runtime.md",
         (_p("type", "string", limit="heavy, medium or light", py="kind"),), targets=("native",)),
    Call("vibrate_long", "vibrateLong", "callback", "native-runtime.md", targets=("native",)),
    Call("show_keyboard", "showKeyboard", "callback", "native-runtime.md",
         (_p("defaultValue", "string"), _p("maxLength", "number"), _p("multiple", "boolean"),
          _p("confirmHold", "boolean"), _p("confirmType", "string", limit="done, next, search, go or send")),
         targets=("native",)),
    Call("update_keyboard", "updateKeyboard", "callback", "native-runtime.md",
         (_p("value", "string", True),), targets=("native",)),
    Call("hide_keyboard", "hideKeyboard", "callback", "native-runtime.md", targets=("native",)),
    Call("on_keyboard_input", "onKeyboardInput", "listener", "native-runtime.md", result="str",
         example={"value": "typed"}, off="offKeyboardInput", targets=("native",)),
    Call("on_keyboard_confirm", "onKeyboardConfirm", "listener", "native-runtime.md",
         result="str", example={"value": "typed"}, off="offKeyboardConfirm", targets=("native",)),
    Call("on_keyboard_complete", "onKeyboardComplete", "listener", "native-runtime.md",
         result="str", example={"value": "typed"}, off="offKeyboardComplete",
         targets=("native",)),
    # Revisit missions (native-runtime.md): required by `ttmg dev`, client >= 41.0.0
    Call("add_shortcut", "addShortcut", "callback", "native-runtime.md", targets=("native",),
         min_client=_REVISIT),
    Call("get_shortcut_mission_reward", "getShortcutMissionReward", "callback",
         "native-runtime.md", result="bool", example={"canReceiveReward": True},
         targets=("native",), min_client=_REVISIT),
    Call("start_entrance_mission", "startEntranceMission", "callback", "native-runtime.md",
         targets=("native",), min_client=_REVISIT),
    Call("get_entrance_mission_reward", "getEntranceMissionReward", "callback",
         "native-runtime.md", result="bool", example={"canReceiveReward": True},
         targets=("native",), min_client=_REVISIT),
    # Sharing and the open data domain, main side (003, 004)
    Call("share_app_message", "shareAppMessage", "callback", "003, 004",
         (_p("imageUrl", "string", True), _p("title", "string"), _p("subtitle", "string"),
          _TEMPLATE, _p("query", "string"), _p("path", "string")),
         min_client=_SHARE_REQUIRED),
    Call("share_to_story", "shareToStory", "callback", "003, 004"),
    Call("authorize_open_context", "authorizeOpenContext", "callback", "003, 004",
         (_p("get_status_only", "boolean"),), result="AuthCode", example=_CODE),
    Call("set_user_cloud_storage", "setUserCloudStorage", "callback", "003, 004",
         (_CLOUD_DATA,), domains=BOTH_DOMAINS),
    Call("remove_user_cloud_storage", "removeUserCloudStorage", "callback", "003, 004",
         (_KEY_LIST,), domains=BOTH_DOMAINS),
    Call("get_open_data_context", "getOpenDataContext", "factory", "003, 004",
         result="OpenDataContext"),
    Call("post_message", "postMessage", "sync", "003, 004",
         (_p("message", "object", True, "JSON-serialisable", positional=True),),
         owner="OpenDataContext"),
    # Open data domain (003, 004)
    Call("on_message", "onMessage", "listener", "003, 004", result="Any",
         example={"type": "show"}, domains=("open",)),
    Call("get_shared_canvas", "getSharedCanvas", "sync", "003, 004", result="Any",
         domains=BOTH_DOMAINS),
    Call("create_image", "createImage", "sync", "003, 004", result="Any", domains=("open",)),
    Call("get_friend_cloud_storage", "getFriendCloudStorage", "callback", "003, 004",
         (_KEY_LIST,), result="list[FriendEntry]", domains=("open",),
         example={"data": [{"nickname": "Ana", "avatarUrl": "https://example.com/a.png",
                            "openid": "open-ana", "KVDataList": [{"key": "score", "value": "7"}]}]},
         note="entries come in the 003 shape or the 004 shape; both become FriendEntry"),
    Call("get_user_cloud_storage", "getUserCloudStorage", "callback", "003, 004",
         (_KEY_LIST,), result="list[KeyValue]", domains=("open",),
         example={"data": [{"key": "score", "value": "7"}]}),
    Call("share_to_user", "shareToUser", "callback", "003, 004",
         (_p("imageUrl", "string", True), _p("openid", "string", True), _p("title", "string"),
          _p("subtitle", "string"), _TEMPLATE), domains=("open",)),
    Call("request_animation_frame", "requestAnimationFrame", "sync", "003, 004",
         (_p("callback", "function", True, positional=True),), result="int", example=1,
         domains=("open",)),
    Call("cancel_animation_frame", "cancelAnimationFrame", "sync", "003, 004",
         (_p("id", "number", True, positional=True, py="frame_id"),), domains=("open",)),
    Call("set_timeout", "setTimeout", "sync", "003, 004",
         (_p("callback", "function", True, positional=True),
          _p("delay", "number", limit="milliseconds", positional=True)),
         result="int", example=1, domains=("open",)),
    Call("clear_timeout", "clearTimeout", "sync", "003, 004",
         (_p("id", "number", True, positional=True, py="timeout_id"),), domains=("open",)),
)

# Limits that pyminis.tt checks before it calls the platform (003, 004, 001, 000).
CLOUD_KEY_MAX = 128
CLOUD_VALUE_MAX = 2048
TEMPLATE_TYPES = (1, 2)
FRONT_COLORS = ("#ffffff", "#000000")


def namespace_calls() -> tuple[Call, ...]:
    """The calls made on the SDK namespace itself (not on a returned object)."""
    return tuple(call for call in CALLS if not call.owner)


def owners() -> tuple[str, ...]:
    """The objects the SDK returns, in first-seen order."""
    seen: list[str] = []
    for call in CALLS:
        if call.owner and call.owner not in seen:
            seen.append(call.owner)
    return tuple(seen)


def by_key() -> dict[str, Call]:
    return {call.key: call for call in CALLS}


def python_reference(call: Call) -> str:
    """How a game reaches the call: `tt.pay(trade_order_id)`, `RewardedVideoAd.show()`."""
    arguments = ", ".join(param.python for param in call.params)
    owner = call.owner or "tt"
    return f"{owner}.{call.python}({arguments})"


__all__ = ["ALL_TARGETS", "BOTH_DOMAINS", "CALLS", "CLOUD_KEY_MAX", "CLOUD_VALUE_MAX", "Call",
           "FRONT_COLORS", "Param", "TEMPLATE_TYPES", "by_key", "namespace_calls",
           "owners", "python_reference"]
