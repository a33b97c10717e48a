"""Sharing, cloud storage and the open data domain (platform-docs 003 and 004).

The main domain shares, stores the player's own values and posts messages; the open data
domain (a separate entry, `openDataContext/`) reads friends' values and draws them on the
shared canvas. Friend entries arrive in two documented shapes and become one FriendEntry.
"""

# __pragma__ ('skip')
from typing import Any, Awaitable, Callable  # noqa: E402  (typing would fail to load compiled)
# __pragma__ ('noskip')

from pyminis.tt import _validate
from pyminis.tt._call import callback_call, identity, listen, nothing, sync
from pyminis.tt._errors import TTError
from pyminis.tt._js import field, invoke, is_number, new_object, plain, start
from pyminis.tt._types import (AuthCode, FriendEntry, KeyValue, auth_code_of, friends_of,
                               key_values_of)

SHARE_CLIENT = "40.3.0"


def _share_card(call: str, image_url: str, title: "str | None", subtitle: "str | None",
                template_type: "int | None") -> "Any":
    _validate.text(call, "image_url", image_url)
    _validate.text(call, "title", title, False)
    _validate.text(call, "subtitle", subtitle, False)
    _validate.template_type(call, template_type)
    options = new_object()
    options["imageUrl"] = image_url
    if title != None:  # noqa: E711
        options["title"] = title
    if subtitle != None:  # noqa: E711
        options["subtitle"] = subtitle
    if template_type != None:  # noqa: E711
        options["templateType"] = template_type
    return options


def share_app_message(image_url: str, title: "str | None" = None, subtitle: "str | None" = None,
                      template_type: "int | None" = None, query: "str | None" = None,
                      path: "str | None" = None) -> "Awaitable[None]":
    """Share the game by direct message (main domain; TikTok 40.3.0+). `query` ('a=1&b=2')
    comes back in get_launch_options().query when a friend opens the share."""
    options = _share_card("share_app_message", image_url, title, subtitle, template_type)
    _validate.text("share_app_message", "query", query, False)
    _validate.text("share_app_message", "path", path, False)
    if query != None:  # noqa: E711
        options["query"] = query
    if path != None:  # noqa: E711
        options["path"] = path
    return callback_call("share_app_message", "shareAppMessage", options, nothing, SHARE_CLIENT)


def share_to_story() -> "Awaitable[None]":
    return callback_call("share_to_story", "shareToStory", None, nothing)


def authorize_open_context(get_status_only: bool = False) -> "Awaitable[AuthCode]":
    """Ask for the friend list and profile (before any social feature). With
    get_status_only=True the platform only checks, without showing its dialog."""
    options = new_object()
    options["get_status_only"] = get_status_only == True  # noqa: E712
    return callback_call("authorize_open_context", "authorizeOpenContext", options, auth_code_of)


def set_user_cloud_storage(data: "list[dict[str, str]]") -> "Awaitable[None]":
    """Store the player's values for friends' leaderboards: [{'key': 'score', 'value': '10'}];
    keys at most 128 characters, values at most 2048 (checked before the call)."""
    _validate.cloud_items("set_user_cloud_storage", data)
    options = new_object()
    options["data"] = plain(data)
    return callback_call("set_user_cloud_storage", "setUserCloudStorage", options, nothing)


def remove_user_cloud_storage(keys: "list[str]") -> "Awaitable[None]":
    _validate.key_list("remove_user_cloud_storage", keys)
    options = new_object()
    options["keyList"] = plain(keys)
    return callback_call("remove_user_cloud_storage", "removeUserCloudStorage", options, nothing)


class OpenDataContext:
    """The main domain's handle on the open data domain."""

    def __init__(self, context: "Any") -> None:
        self._context = context

    def post_message(self, message: "dict[str, Any]") -> None:
        """Send `message` (JSON-shaped) to the open data domain's on_message listeners."""
        invoke(self._context, "postMessage", [plain(message)])


def get_open_data_context() -> OpenDataContext:
    call = "getOpenDataContext"
    return OpenDataContext(sync("get_open_data_context", call, []))


# Open data domain


def on_message(callback: "Callable[[Any], Any]") -> "Callable[[], None]":
    """Open data domain: `callback(message)` for each message the main domain posts. The
    platform documents no offMessage: unsubscribing stops forwarding."""
    return listen("on_message", None, "onMessage", "", callback, identity)


def get_shared_canvas() -> "Any":
    """The canvas the open data domain draws on (the main domain positions it)."""
    return sync("get_shared_canvas", "getSharedCanvas", [])


def create_image() -> "Any":
    """An image to load (`image.src = url`) and draw on the shared canvas."""
    return sync("create_image", "createImage", [])


def _friends(raw: "Any") -> "list[FriendEntry]":
    status = field(raw, "status_code", 0)
    if is_number(status) and status != 0:
        raise TTError("get_friend_cloud_storage", status,
                      str(field(raw, "status_msg", "the platform refused")))
    return friends_of(raw)


def _user_values(raw: "Any") -> "list[KeyValue]":
    # 004 answers `data`; WeChat's and Douyin's runtimes `KVDataList` (docs/native-runtimes.md).
    return key_values_of(field(raw, "KVDataList", field(raw, "data", None)))


def get_friend_cloud_storage(keys: "list[str]") -> "Awaitable[list[FriendEntry]]":
    """Open data domain: each friend who plays, with their stored values for `keys`."""
    _validate.key_list("get_friend_cloud_storage", keys)
    options = new_object()
    options["keyList"] = plain(keys)
    return callback_call("get_friend_cloud_storage", "getFriendCloudStorage", options, _friends)


def get_user_cloud_storage(keys: "list[str]") -> "Awaitable[list[KeyValue]]":
    """Open data domain: the player's own stored values for `keys`."""
    _validate.key_list("get_user_cloud_storage", keys)
    options = new_object()
    options["keyList"] = plain(keys)
    return callback_call("get_user_cloud_storage", "getUserCloudStorage", options, _user_values)


def share_to_user(image_url: str, openid: str, title: "str | None" = None,
                  subtitle: "str | None" = None,
                  template_type: "int | None" = None) -> "Awaitable[None]":
    """Open data domain: share to one friend (`openid` from FriendEntry.open_id)."""
    options = _share_card("share_to_user", image_url, title, subtitle, template_type)
    _validate.text("share_to_user", "openid", openid)
    options["openid"] = openid
    return callback_call("share_to_user", "shareToUser", options, nothing)


def request_animation_frame(callback: "Callable[[float], Any]") -> int:
    """Open data domain: `callback(timestamp)` before the next frame; returns its id."""
    def frame(timestamp: float) -> None:
        start(callback(timestamp))

    call = "requestAnimationFrame"
    return sync("request_animation_frame", call, [frame])  # type: ignore[no-any-return]


def cancel_animation_frame(frame_id: int) -> None:
    sync("cancel_animation_frame", "cancelAnimationFrame", [frame_id])


def set_timeout(callback: "Callable[[], Any]", delay: float = 0) -> int:
    """Open data domain: `callback()` after `delay` milliseconds; returns its id."""
    def later() -> None:
        start(callback())

    return sync("set_timeout", "setTimeout", [later, delay])  # type: ignore[no-any-return]


def clear_timeout(timeout_id: int) -> None:
    sync("clear_timeout", "clearTimeout", [timeout_id])
