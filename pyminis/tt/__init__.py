"""The TikTok Mini Games SDK, typed and awaitable.

    from pyminis import tt

    async def on_start_tap() -> None:
        try:
            result = await tt.login()
        except tt.TTError as error:
            show_message(error.message)
            return
        send_to_server(result.code)

Calls with a platform callback are awaitable and raise `tt.TTError` (the platform's code and
message) when the platform fails them. Arguments are checked against the documented limits
before any platform call (`tt.TTValueError`). Listeners (`on_show`, `ad.on_close`…) take a
Python callable and return a function that unsubscribes. The namespace (`TTMinis.game`, `tt`
or `wx`) is resolved at each call; a call this runtime lacks raises `tt.TTUnavailableError`.

Compiled into a game this calls the platform; imported by CPython it calls the fake host of
`pyminis.sdk.fake`, so game code is unit-testable (docs/tt-testing.md). The full list of
calls, with platform names and targets: docs/sdk-reference.md.
"""

from pyminis.tt._ads import InterstitialAd, RewardedVideoAd, create_interstitial_ad, create_rewarded_video_ad
from pyminis.tt._app import (authorize, can_i_use, get_enter_options, get_launch_options, get_login_status,
                             get_menu_button_bounding_client_rect, get_system_info, login, navigate_to_balance,
                             on_hide, on_show, pay, set_loading_progress, set_navigation_bar_color)
from pyminis.tt._device import (add_shortcut, get_entrance_mission_reward, get_shortcut_mission_reward,
                                hide_keyboard, on_keyboard_complete, on_keyboard_confirm, on_keyboard_input,
                                show_keyboard, start_entrance_mission, update_keyboard, vibrate_long,
                                vibrate_short)
from pyminis.tt._errors import TTError, TTUnavailableError, TTValueError
from pyminis.tt._js import start
from pyminis.tt._net import DownloadTask, RequestTask, SocketTask, connect_socket, download_file, request
from pyminis.tt._social import (OpenDataContext, authorize_open_context, cancel_animation_frame, clear_timeout,
                                create_image, get_friend_cloud_storage, get_open_data_context, get_shared_canvas,
                                get_user_cloud_storage, on_message, remove_user_cloud_storage,
                                request_animation_frame, set_timeout, set_user_cloud_storage, share_app_message,
                                share_to_story, share_to_user)
from pyminis.tt._storage import (clear_storage, clear_storage_sync, get_storage, get_storage_info, get_storage_sync,
                                 remove_storage, remove_storage_sync, set_storage, set_storage_sync)
from pyminis.tt._types import (AdClose, AuthCode, DownloadResult, FriendEntry, KeyValue, LaunchOptions, LoginStatus,
                               Rect, Response, StorageInfo, SystemInfo)

__all__ = [
    "AdClose", "AuthCode", "DownloadResult", "DownloadTask", "FriendEntry", "InterstitialAd", "KeyValue",
    "LaunchOptions", "LoginStatus", "OpenDataContext", "Rect", "RequestTask", "Response", "RewardedVideoAd",
    "SocketTask", "StorageInfo",
    "SystemInfo", "TTError", "TTUnavailableError", "TTValueError", "add_shortcut", "authorize",
    "authorize_open_context", "can_i_use", "cancel_animation_frame", "clear_storage", "clear_storage_sync",
    "clear_timeout", "connect_socket", "create_image", "create_interstitial_ad", "create_rewarded_video_ad",
    "download_file", "get_enter_options", "get_entrance_mission_reward", "get_friend_cloud_storage",
    "get_launch_options", "get_login_status", "get_menu_button_bounding_client_rect", "get_open_data_context",
    "get_shared_canvas", "get_shortcut_mission_reward", "get_storage", "get_storage_info", "get_storage_sync",
    "get_system_info", "get_user_cloud_storage", "hide_keyboard", "login", "navigate_to_balance",
    "on_hide", "on_keyboard_complete", "on_keyboard_confirm", "on_keyboard_input", "on_message", "on_show",
    "pay", "remove_storage", "remove_storage_sync", "remove_user_cloud_storage", "request",
    "request_animation_frame", "set_loading_progress", "set_navigation_bar_color", "set_storage",
    "set_storage_sync", "set_timeout", "set_user_cloud_storage", "share_app_message", "share_to_story",
    "share_to_user", "show_keyboard", "start", "start_entrance_mission", "update_keyboard", "vibrate_long",
    "vibrate_short",
]
