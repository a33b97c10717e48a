"""Typed results of pyminis.tt, each built from the platform's raw answer.

Where the platform documents disagree on a shape (friend entries: 003 says `nickname /
avatarUrl / openid / KVDataList`, 004 says `display_name / avatar_url / open_id / data /
user_id`), both are read into one class.
"""

# __pragma__ ('skip')
from typing import Any  # noqa: E402  (typing would fail to load compiled)
# __pragma__ ('noskip')

from pyminis.tt._js import field, is_array, is_string, keys_of, python


class Record:
    """A small value class: readable repr, equality by fields (in CPython)."""

    _fields: tuple[str, ...] = ()

    def __repr__(self) -> str:
        parts = []
        for name in self._fields:
            parts.append(name + "=" + repr(getattr(self, name)))
        return self.__class__.__name__ + "(" + ", ".join(parts) + ")"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return False
        for name in self._fields:
            if getattr(self, name) != getattr(other, name):
                return False
        return True


class AuthCode(Record):
    """login, authorize, authorize_open_context: a temporary code for your server to exchange."""

    _fields = ("code",)

    def __init__(self, code: str) -> None:
        self.code = code


class LoginStatus(Record):
    _fields = ("is_login",)

    def __init__(self, is_login: bool) -> None:
        self.is_login = is_login


class Rect(Record):
    """A box in screen pixels, origin at the top left (the menu button, the safe area)."""

    _fields = ("left", "top", "right", "bottom", "width", "height")

    def __init__(self, left: float, top: float, right: float, bottom: float, width: float,
                 height: float) -> None:
        self.left = left
        self.top = top
        self.right = right
        self.bottom = bottom
        self.width = width
        self.height = height


class SystemInfo(Record):
    _fields = ("screen_width", "screen_height", "window_width", "window_height", "pixel_ratio",
               "platform", "language", "status_bar_height", "sdk_version", "safe_area")

    def __init__(self, screen_width: float, screen_height: float, window_width: float,
                 window_height: float, pixel_ratio: float, platform: str, language: str,
                 status_bar_height: float, sdk_version: str, safe_area: Rect) -> None:
        self.screen_width = screen_width
        self.screen_height = screen_height
        self.window_width = window_width
        self.window_height = window_height
        self.pixel_ratio = pixel_ratio
        self.platform = platform
        self.language = language
        self.status_bar_height = status_bar_height
        self.sdk_version = sdk_version
        self.safe_area = safe_area


class LaunchOptions(Record):
    """How the game was opened or shown: the scene, and the query a share carried."""

    _fields = ("scene", "query")

    def __init__(self, scene: str, query: dict[str, str]) -> None:
        self.scene = scene
        self.query = query


class StorageInfo(Record):
    _fields = ("keys", "current_size", "limit_size")

    def __init__(self, keys: list[str], current_size: float, limit_size: float) -> None:
        self.keys = keys
        self.current_size = current_size
        self.limit_size = limit_size


class Response(Record):
    """The answer of tt.request: `data` is parsed JSON when the server sent JSON."""

    _fields = ("status_code", "data", "header")

    def __init__(self, status_code: int, data: "Any", header: dict[str, str]) -> None:
        self.status_code = status_code
        self.data = data
        self.header = header


class DownloadResult(Record):
    _fields = ("temp_file_path", "status_code")

    def __init__(self, temp_file_path: str, status_code: int) -> None:
        self.temp_file_path = temp_file_path
        self.status_code = status_code


class AdClose(Record):
    """A rewarded video closed: `is_ended` is True when it was watched to the end (reward it)."""

    _fields = ("is_ended",)

    def __init__(self, is_ended: bool) -> None:
        self.is_ended = is_ended


class KeyValue(Record):
    _fields = ("key", "value")

    def __init__(self, key: str, value: str) -> None:
        self.key = key
        self.value = value


class FriendEntry(Record):
    """One friend of getFriendCloudStorage, whichever documented shape it came in."""

    _fields = ("open_id", "nickname", "avatar_url", "user_id", "data")

    def __init__(self, open_id: str, nickname: str, avatar_url: str, user_id: "int | None",
                 data: list[KeyValue]) -> None:
        self.open_id = open_id
        self.nickname = nickname
        self.avatar_url = avatar_url
        self.user_id = user_id
        self.data = data

    def value(self, key: str, default: str = "") -> str:
        """The stored value of `key` for this friend, or `default`."""
        for item in self.data:
            if item.key == key:
                return item.value
        return default


def rect_of(raw: "Any") -> Rect:
    return Rect(field(raw, "left", 0), field(raw, "top", 0), field(raw, "right", 0),
                field(raw, "bottom", 0), field(raw, "width", 0), field(raw, "height", 0))


def auth_code_of(raw: "Any") -> AuthCode:
    return AuthCode(field(raw, "code", ""))


def flag_of(raw: "Any", names: "list[str]") -> bool:
    """A yes/no answer whose shape no page documents: the answer itself when it is a boolean,
    else the first of `names` present (each runtime spells it its own way), in the answer or
    in its `data` object; False when none is there (docs/native-runtimes.md)."""
    if raw == True or raw == False:  # noqa: E712
        return bool(raw == True)  # noqa: E712
    for holder in [raw, field(raw, "data", None)]:
        for name in names:
            value = field(holder, name, None)
            if value != None:  # noqa: E711
                return bool(value == True or value == "true" or value == 1)  # noqa: E712
    return False


# getLoginStatus: Douyin's login result says isLogin; TikTok Minis' snake_case is_login.
LOGIN_FLAGS = ["isLogin", "is_login", "isLoggedIn", "loggedIn"]
# The revisit missions' rewards: canReceiveReward (TikTok games, Douyin), snake_case, rewarded.
REWARD_FLAGS = ["canReceiveReward", "can_receive_reward", "rewarded"]


def login_status_of(raw: "Any") -> LoginStatus:
    return LoginStatus(flag_of(raw, LOGIN_FLAGS))


def can_receive_reward_of(raw: "Any") -> bool:
    return flag_of(raw, REWARD_FLAGS)


def system_info_of(raw: "Any") -> SystemInfo:
    return SystemInfo(
        field(raw, "screenWidth", 0), field(raw, "screenHeight", 0),
        field(raw, "windowWidth", 0), field(raw, "windowHeight", 0),
        field(raw, "pixelRatio", field(raw, "devicePixelRatio", 1)),
        field(raw, "platform", ""), field(raw, "language", ""),
        field(raw, "statusBarHeight", 0), field(raw, "SDKVersion", ""),
        rect_of(field(raw, "safeArea", None)),
    )


def query_of(raw: "Any") -> dict[str, str]:
    """A launch query as a dict: the platform gives an object, a share's query is `a=1&b=2`."""
    query: dict[str, str] = {}
    if is_string(raw):
        for pair in raw.split("&"):
            if pair != "":
                at = pair.find("=")
                if at < 0:
                    query[pair] = ""
                else:
                    query[pair[:at]] = pair[at + 1:]
        return query
    for key in keys_of(raw):
        query[key] = str(raw[key])
    return query


def launch_options_of(raw: "Any") -> LaunchOptions:
    return LaunchOptions(str(field(raw, "scene", "")), query_of(field(raw, "query", None)))


def storage_info_of(raw: "Any") -> StorageInfo:
    keys: list[str] = []
    for key in field(raw, "keys", []):
        keys.append(key)
    return StorageInfo(keys, field(raw, "currentSize", 0), field(raw, "limitSize", 0))


def response_of(raw: "Any") -> Response:
    header: dict[str, str] = {}
    source = field(raw, "header", None)
    for key in keys_of(source):
        header[key] = str(source[key])
    return Response(field(raw, "statusCode", 0), python(field(raw, "data", None)), header)


def download_of(raw: "Any") -> DownloadResult:
    return DownloadResult(field(raw, "tempFilePath", ""), field(raw, "statusCode", 0))


def ad_close_of(raw: "Any") -> AdClose:
    # Some runtimes call onClose with nothing when the ad could not tell: not watched to the end.
    return AdClose(field(raw, "isEnded", False) == True)  # noqa: E712


def key_values_of(raw: "Any") -> list[KeyValue]:
    items: list[KeyValue] = []
    if not is_array(raw):
        return items
    for item in raw:
        items.append(KeyValue(str(field(item, "key", "")), str(field(item, "value", ""))))
    return items


def friend_of(raw: "Any") -> FriendEntry:
    """A friend in the 003 shape or the 004 shape."""
    user_id = field(raw, "user_id", None)
    return FriendEntry(
        str(field(raw, "openid", field(raw, "open_id", ""))),
        str(field(raw, "nickname", field(raw, "display_name", ""))),
        str(field(raw, "avatarUrl", field(raw, "avatar_url", ""))),
        user_id,
        key_values_of(field(raw, "KVDataList", field(raw, "data", None))),
    )


def friends_of(raw: "Any") -> list[FriendEntry]:
    friends: list[FriendEntry] = []
    entries = field(raw, "data", None)
    if not is_array(entries):
        return friends
    for entry in entries:
        friends.append(friend_of(entry))
    return friends
