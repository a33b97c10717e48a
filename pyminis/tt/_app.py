"""Loading, navigation bar, login and payment, system information and lifecycle."""

# __pragma__ ('skip')
from typing import Any, Awaitable, Callable  # noqa: E402  (typing would fail to load compiled)
# __pragma__ ('noskip')

from pyminis.tt import _validate
from pyminis.tt._call import callback_call, has_function, listen, nothing, sync
from pyminis.tt._js import new_object
from pyminis.tt._types import (AuthCode, LaunchOptions, LoginStatus, Rect, SystemInfo,
                               auth_code_of, launch_options_of, login_status_of, rect_of,
                               system_info_of)


def set_loading_progress(progress: float) -> "Awaitable[None]":
    """Tell the platform how far loading is (0..1); at 1 its loading screen gives way to the
    game. Where the runtime has no loading screen (native), this does nothing."""
    _validate.progress("set_loading_progress", progress)
    options = new_object()
    options["progress"] = progress
    return callback_call("set_loading_progress", "setLoadingProgress", options, nothing,
                         optional=True)


def get_menu_button_bounding_client_rect() -> Rect:
    """Where the platform's menu (capsule) button is, to lay a custom bar around it."""
    call = "getMenuButtonBoundingClientRect"
    return rect_of(sync("get_menu_button_bounding_client_rect", call, []))


def set_navigation_bar_color(front_color: str, background_color: str) -> "Awaitable[None]":
    """Colour the navigation bar: front_color '#ffffff' or '#000000', any hex background."""
    _validate.navigation_colors("set_navigation_bar_color", front_color, background_color)
    options = new_object()
    options["frontColor"] = front_color
    options["backgroundColor"] = background_color
    return callback_call("set_navigation_bar_color", "setNavigationBarColor", options, nothing,
                         trailing=True)


def login() -> "Awaitable[AuthCode]":
    """Silent login: a code your server exchanges for the open_id and access token."""
    return callback_call("login", "login", None, auth_code_of)


def get_login_status() -> "Awaitable[LoginStatus]":
    return callback_call("get_login_status", "getLoginStatus", None, login_status_of)


def authorize(scope: str = "user.info.basic") -> "Awaitable[AuthCode]":
    """Explicit authorization (a consent screen) for `scope`; call it from a user action."""
    _validate.text("authorize", "scope", scope)
    options = new_object()
    options["scope"] = scope
    return callback_call("authorize", "authorize", options, auth_code_of)


def pay(trade_order_id: str) -> "Awaitable[None]":
    """Pay a trade order your server created (TikTok Minis Server API); resolves when paid."""
    _validate.text("pay", "trade_order_id", trade_order_id)
    options = new_object()
    options["trade_order_id"] = trade_order_id
    return callback_call("pay", "pay", options, nothing)


def navigate_to_balance() -> "Awaitable[None]":
    """Open the player's Beans balance page."""
    return callback_call("navigate_to_balance", "navigateToBalance", None, nothing)


def can_i_use(name: str) -> bool:
    """Whether this client has the platform call `name` (a platform name: 'shareAppMessage').
    Where the runtime has no canIUse, whether its namespace has a function of that name."""
    if not has_function("canIUse"):
        return has_function(name)
    return bool(sync("can_i_use", "canIUse", [name]) == True)  # noqa: E712


def get_system_info() -> SystemInfo:
    return system_info_of(sync("get_system_info", "getSystemInfoSync", []))


def get_launch_options() -> LaunchOptions:
    """How the game was launched: the scene and the query a share carried."""
    call = "getLaunchOptionsSync"
    return launch_options_of(sync("get_launch_options", call, []))


def get_enter_options() -> LaunchOptions:
    """How the game was last entered (after coming back from the background too)."""
    call = "getEnterOptionsSync"
    return launch_options_of(sync("get_enter_options", call, []))


def on_show(callback: "Callable[[LaunchOptions], Any]") -> "Callable[[], None]":
    """Call `callback(options)` each time the game comes to the foreground; returns the
    function that unsubscribes."""
    return listen("on_show", None, "onShow", "offShow", callback, launch_options_of)


def on_hide(callback: "Callable[[], Any]") -> "Callable[[], None]":
    """Call `callback()` each time the game goes to the background (save progress here)."""
    return listen("on_hide", None, "onHide", "offHide", callback, None)

