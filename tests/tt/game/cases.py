"""Every pyminis.tt call, as cases run in both worlds: CPython through the fake host
(tests/tt/test_cases_cpython.py) and compiled in Chromium against the JS stand-in
(tests/tt/test_cases_browser.py, with main.py as the game). Same code, same expectations.

A case is (id, scripted outcomes, async function(env), expected calls, expected result).
`env.emit(name, payload)` fires platform listeners; `env.hold(name)` and
`env.release(name, outcome)` keep answers back; `await env.wait()` lets the platform's
asynchronous deliveries, frames and timers happen. Results are compared as repr() text.
Cases run in order on one host, so state (storage, cloud storage) carries over, as it would.
"""

from pyminis import tt

# __pragma__ ('skip')
from typing import Any  # noqa: E402
# __pragma__ ('noskip')


def failure(error: "Any") -> "Any":
    return [error.__class__.__name__, error.code, error.message]


async def loading(env: "Any") -> "Any":
    return await tt.set_loading_progress(0.5)


async def loading_out_of_range(env: "Any") -> "Any":
    try:
        tt.set_loading_progress(1.5)
    except tt.TTValueError as error:
        return str(error)


async def menu_rect(env: "Any") -> "Any":
    return tt.get_menu_button_bounding_client_rect()


async def navigation(env: "Any") -> "Any":
    return await tt.set_navigation_bar_color("#000000", "#ff0050")


async def navigation_bad_front(env: "Any") -> "Any":
    try:
        tt.set_navigation_bar_color("#123456", "#ff0050")
    except tt.TTValueError as error:
        return str(error)


async def login(env: "Any") -> "Any":
    return await tt.login()


async def login_fails(env: "Any") -> "Any":
    try:
        await tt.login()
    except tt.TTError as error:
        return failure(error)


async def _sign_in(seen: "list[Any]") -> None:
    result = await tt.login()
    seen.append(result.code)


async def login_held(env: "Any") -> "Any":
    seen: list[Any] = []
    env.hold("login")
    tt.start(_sign_in(seen))
    await env.wait()
    waiting = len(seen)
    env.release("login", {"ok": {"code": "late"}})
    await env.wait()
    return [waiting, seen]


async def login_status(env: "Any") -> "Any":
    return await tt.get_login_status()


async def authorize(env: "Any") -> "Any":
    return await tt.authorize("user.info.basic")


async def pay(env: "Any") -> "Any":
    return await tt.pay("TOID667700996")


async def balance(env: "Any") -> "Any":
    return await tt.navigate_to_balance()


async def rewarded_ad(env: "Any") -> "Any":
    seen: list[Any] = []
    ad = tt.create_rewarded_video_ad("ad-unit-1")
    ad.on_close(lambda closed: seen.append(closed))
    ad.on_load(lambda: seen.append("loaded"))
    await ad.load()
    env.emit("RewardedVideoAd.onLoad", None)
    await ad.show()
    await env.wait()
    ad.destroy()
    return seen


async def rewarded_ad_error(env: "Any") -> "Any":
    errors: list[Any] = []
    ad = tt.create_rewarded_video_ad("ad-unit-1")
    ad.on_error(lambda error: errors.append(failure(error)))
    try:
        await ad.show()
    except tt.TTError as error:
        errors.append(failure(error))
    await env.wait()
    return errors


async def interstitial_ad(env: "Any") -> "Any":
    seen: list[Any] = []
    ad = tt.create_interstitial_ad("ad-unit-2")
    ad.on_close(lambda: seen.append("closed"))
    ad.on_error(lambda error: seen.append(failure(error)))
    await ad.load()
    await ad.show()
    await env.wait()
    env.emit("InterstitialAd.onError", {"errMsg": "no fill", "errCode": 1004})
    ad.destroy()
    return seen


async def can_i_use(env: "Any") -> "Any":
    return [tt.can_i_use("shareAppMessage"), tt.can_i_use("noSuchCall")]


async def system_info(env: "Any") -> "Any":
    return tt.get_system_info()


async def launch_options(env: "Any") -> "Any":
    return tt.get_launch_options()


async def enter_options(env: "Any") -> "Any":
    return tt.get_enter_options()


async def show_and_hide(env: "Any") -> "Any":
    seen: list[Any] = []
    stop_show = tt.on_show(lambda options: seen.append(options))
    stop_hide = tt.on_hide(lambda: seen.append("hidden"))
    env.emit("onHide", None)
    env.emit("onShow", {"scene": "1011", "query": {"from": "share"}})
    stop_show()
    stop_hide()
    env.emit("onHide", None)
    env.emit("onShow", {"scene": "1", "query": {}})
    return seen


async def storage(env: "Any") -> "Any":
    await tt.set_storage("best", 42)
    best = await tt.get_storage("best")
    await tt.remove_storage("best")
    try:
        await tt.get_storage("best")
    except tt.TTError as error:
        missing = failure(error)
    await tt.clear_storage()
    return [best, missing]


async def storage_sync(env: "Any") -> "Any":
    tt.set_storage_sync("level", {"n": [1, 2]})
    level = tt.get_storage_sync("level")
    info = tt.get_storage_info()
    tt.remove_storage_sync("level")
    gone = tt.get_storage_sync("level", "none")
    tt.clear_storage_sync()
    return [level["n"], info.keys, info.limit_size, gone]


async def request(env: "Any") -> "Any":
    response = await tt.request("https://api.example.com/score", method="POST",
                                data={"score": 10}, header={"X-Game": "1"}, timeout=5000)
    return [response.status_code, response.data["ok"], response.header]


async def request_data_is_python(env: "Any") -> "Any":
    # The platform parses the server's JSON: the game reads it as Python data, as in CPython
    # (a missing key raised nothing compiled before: `pyminis verify` of the monetized template).
    response = await tt.request("https://api.example.com/order", method="POST")
    data = response.data
    try:
        data["trade_order_id"]
        missing = "no error"
    except KeyError as error:
        missing = repr(error)
    items = data["items"]
    items.append({"id": 3})
    return [missing, data.get("trade_order_id", "none"), "ok" in data, list(data), len(items),
            items[0]["id"], data["nested"] == {"a": [1, 2]}, type(data).__name__, data]


async def storage_is_python(env: "Any") -> "Any":
    tt.set_storage_sync("save", {"level": 2, "seen": ["a"]})
    save = tt.get_storage_sync("save")
    await tt.set_storage("best", {"score": 7})
    best = await tt.get_storage("best")
    tt.clear_storage_sync()
    try:
        save["coins"]
        missing = "no error"
    except KeyError as error:
        missing = repr(error)
    return [missing, save.get("coins", 0), save, best, isinstance(best, dict)]


async def download(env: "Any") -> "Any":
    return await tt.download_file("https://cdn.example.com/level.json")


async def request_aborted(env: "Any") -> "Any":
    env.hold("request")
    task = tt.request("https://api.example.com/slow")
    task.abort()
    env.release("request", None)  # the answer comes too late: the call already failed
    try:
        await task
    except tt.TTError as error:
        return failure(error)


async def download_aborted_after_it_answered(env: "Any") -> "Any":
    task = tt.download_file("https://cdn.example.com/level.json")
    result = await task
    task.abort()  # too late: nothing changes
    return result.status_code


async def socket(env: "Any") -> "Any":
    seen: list[Any] = []
    task = tt.connect_socket("wss://ws.example.com/room", protocols=["game"])
    task.on_open(lambda: seen.append("open"))
    task.on_message(lambda data: seen.append(data))
    task.on_error(lambda error: seen.append(failure(error)))
    task.on_close(lambda: seen.append("closed"))
    env.emit("SocketTask.onOpen", None)
    env.emit("SocketTask.onMessage", {"data": "hello"})
    env.emit("SocketTask.onError", {"errMsg": "reset", "errCode": 5})
    await task.send("move 1")
    await task.close(1000, "bye")
    env.emit("SocketTask.onClose", None)
    return seen


async def vibrate(env: "Any") -> "Any":
    await tt.vibrate_short("light")
    await tt.vibrate_long()
    try:
        tt.vibrate_short("strong")
    except tt.TTValueError as error:
        return str(error)


async def keyboard(env: "Any") -> "Any":
    typed: list[Any] = []
    tt.on_keyboard_input(lambda text: typed.append("input " + text))
    tt.on_keyboard_confirm(lambda text: typed.append("confirm " + text))
    stop = tt.on_keyboard_complete(lambda text: typed.append("complete " + text))
    await tt.show_keyboard(default_value="Ana", max_length=12, confirm_type="send")
    await tt.update_keyboard("Anab")
    env.emit("onKeyboardInput", {"value": "Anab"})
    env.emit("onKeyboardConfirm", {"value": "Anab"})
    env.emit("onKeyboardComplete", {"value": "Anab"})
    stop()
    env.emit("onKeyboardComplete", {"value": "again"})
    await tt.hide_keyboard()
    return typed


async def missions(env: "Any") -> "Any":
    await tt.add_shortcut()
    shortcut = await tt.get_shortcut_mission_reward()
    await tt.start_entrance_mission()
    entrance = await tt.get_entrance_mission_reward()
    return [shortcut, entrance]


async def share_app_message(env: "Any") -> "Any":
    return await tt.share_app_message("https://example.com/card.png", title="Play with me",
                                      subtitle="Beat 10", template_type=2, query="from=share",
                                      path="levels")


async def share_bad_template(env: "Any") -> "Any":
    try:
        tt.share_app_message("https://example.com/card.png", template_type=3)
    except tt.TTValueError as error:
        return str(error)


async def share_to_story(env: "Any") -> "Any":
    return await tt.share_to_story()


async def authorize_open_context(env: "Any") -> "Any":
    return await tt.authorize_open_context(get_status_only=True)


async def cloud_storage(env: "Any") -> "Any":
    await tt.set_user_cloud_storage([{"key": "score", "value": "12"}, {"key": "lv", "value": "3"}])
    mine = await tt.get_user_cloud_storage(["score", "unknown"])
    await tt.remove_user_cloud_storage(["score"])
    after = await tt.get_user_cloud_storage(["score", "lv"])
    return [mine, after]


async def cloud_key_too_long(env: "Any") -> "Any":
    try:
        tt.set_user_cloud_storage([{"key": "k" * 129, "value": "1"}])
    except tt.TTValueError as error:
        return str(error)


async def cloud_value_too_long(env: "Any") -> "Any":
    try:
        tt.set_user_cloud_storage([{"key": "k", "value": "v" * 2049}])
    except tt.TTValueError as error:
        return str(error)


async def open_data_messages(env: "Any") -> "Any":
    got: list[Any] = []
    tt.on_message(lambda message: got.append([message["type"], message["rows"]]))
    tt.get_open_data_context().post_message({"type": "show", "rows": [1, 2]})
    await env.wait()
    return got


async def shared_canvas_and_image(env: "Any") -> "Any":
    return [tt.get_shared_canvas() != None, tt.create_image() != None]  # noqa: E711


async def friends_003(env: "Any") -> "Any":
    friends = await tt.get_friend_cloud_storage(["score"])
    return [friends, friends[0].value("score"), friends[0].value("other", "-")]


async def friends_004(env: "Any") -> "Any":
    return await tt.get_friend_cloud_storage(["score"])


async def user_cloud_kv_data_list(env: "Any") -> "Any":
    return await tt.get_user_cloud_storage(["score"])


async def friends_refused(env: "Any") -> "Any":
    try:
        await tt.get_friend_cloud_storage(["score"])
    except tt.TTError as error:
        return failure(error)


async def share_to_user(env: "Any") -> "Any":
    await tt.share_to_user("https://example.com/card.png", "open-ana", title="Beat me",
                           template_type=1)
    try:
        tt.share_to_user("https://example.com/card.png", "")
    except tt.TTValueError as error:
        return str(error)


async def frames_and_timers(env: "Any") -> "Any":
    seen: list[Any] = []
    tt.request_animation_frame(lambda timestamp: seen.append("frame"))
    cancelled = tt.request_animation_frame(lambda timestamp: seen.append("cancelled frame"))
    tt.cancel_animation_frame(cancelled)
    tt.set_timeout(lambda: seen.append("timeout"), 5)
    dropped = tt.set_timeout(lambda: seen.append("cleared timeout"), 5)
    tt.clear_timeout(dropped)
    await env.wait()
    return sorted(seen)  # a frame and a 5 ms timeout may come in either order


async def missing_call(env: "Any") -> "Any":
    env.remove("addShortcut")
    try:
        tt.add_shortcut()
    except tt.TTUnavailableError as error:
        return failure(error)


_FRIEND_004 = {"display_name": "Bo", "avatar_url": "https://example.com/b.png",
               "open_id": "open-bo", "user_id": 42, "data": [{"key": "score", "value": "9"}]}
_ANA = ("[FriendEntry(open_id='open-ana', nickname='Ana', avatar_url='https://example.com/a.png', "
        "user_id=None, data=[KeyValue(key='score', value='7')])]")
_CLOUD = "tt.set_user_cloud_storage: "
_CODE = "AuthCode(code='stand-in-code')"

# (id, outcomes, case, expected calls [(name, params)], expected repr of the result)
CASES = [
    ["set_loading_progress", {}, loading, [["setLoadingProgress", {"progress": 0.5}]], "None"],
    ["set_loading_progress limits", {}, loading_out_of_range, [],
     "'tt.set_loading_progress: progress is 1.5, outside 0..1; pass a fraction from 0 to 1 "
     "(1 hides the loading screen)'"],
    ["get_menu_button_bounding_client_rect", {}, menu_rect,
     [["getMenuButtonBoundingClientRect", {}]],
     "Rect(left=281, top=48, right=367, bottom=80, width=86, height=32)"],
    ["set_navigation_bar_color", {}, navigation,
     [["setNavigationBarColor", {"frontColor": "#000000", "backgroundColor": "#ff0050"}]], "None"],
    ["set_navigation_bar_color limits", {}, navigation_bad_front, [],
     "\"tt.set_navigation_bar_color: front_color is '#123456', and the platform allows only "
     "'#ffffff' or '#000000'; use front_color='#ffffff' (light text) or '#000000' (dark text)\""],
    ["login", {"login": {"ok": {"code": "c-1"}}}, login, [["login", {}]], "AuthCode(code='c-1')"],
    ["login fails", {"login": {"fail": {"error": {"error_code": 10001, "error_msg": "denied"}}}},
     login_fails, [["login", {}]], "['TTError', 10001, 'denied']"],
    ["login held until released", {}, login_held, [["login", {}]], "[0, ['late']]"],
    ["get_login_status", {}, login_status, [["getLoginStatus", {}]], "LoginStatus(is_login=True)"],
    ["authorize", {}, authorize, [["authorize", {"scope": "user.info.basic"}]], _CODE],
    ["pay", {}, pay, [["pay", {"trade_order_id": "TOID667700996"}]], "None"],
    ["navigate_to_balance", {}, balance, [["navigateToBalance", {}]], "None"],
    ["create_rewarded_video_ad", {}, rewarded_ad,
     [["createRewardedVideoAd", {"adUnitId": "ad-unit-1"}], ["RewardedVideoAd.load", {}],
      ["RewardedVideoAd.show", {}], ["RewardedVideoAd.destroy", {}]],
     "['loaded', AdClose(is_ended=True)]"],
    ["rewarded ad error", {"RewardedVideoAd.show": {"fail": {"errMsg": "no fill", "errCode": 1004}}},
     rewarded_ad_error,
     [["createRewardedVideoAd", {"adUnitId": "ad-unit-1"}], ["RewardedVideoAd.show", {}]],
     "[['TTError', 1004, 'no fill'], ['TTError', 1004, 'no fill']]"],
    ["create_interstitial_ad", {}, interstitial_ad,
     [["createInterstitialAd", {"adUnitId": "ad-unit-2"}], ["InterstitialAd.load", {}],
      ["InterstitialAd.show", {}], ["InterstitialAd.destroy", {}]],
     "['closed', ['TTError', 1004, 'no fill']]"],
    ["can_i_use", {}, can_i_use,
     [["canIUse", {"name": "shareAppMessage"}], ["canIUse", {"name": "noSuchCall"}]],
     "[True, False]"],
    ["get_system_info", {}, system_info, [["getSystemInfoSync", {}]],
     "SystemInfo(screen_width=390, screen_height=844, window_width=390, window_height=844, "
     "pixel_ratio=3, platform='ios', language='en-US', status_bar_height=47, sdk_version='3.0.0', "
     "safe_area=Rect(left=0, top=47, right=390, bottom=810, width=390, height=763))"],
    ["get_launch_options", {"getLaunchOptionsSync": {"ok": {"scene": 1011, "query": {"from": "share"}}}},
     launch_options, [["getLaunchOptionsSync", {}]],
     "LaunchOptions(scene='1011', query={'from': 'share'})"],
    ["get_enter_options", {"getEnterOptionsSync": {"ok": {"scene": "1", "query": "a=1&b=two"}}},
     enter_options, [["getEnterOptionsSync", {}]],
     "LaunchOptions(scene='1', query={'a': '1', 'b': 'two'})"],
    ["on_show and on_hide", {}, show_and_hide, [],
     "['hidden', LaunchOptions(scene='1011', query={'from': 'share'})]"],
    ["storage", {}, storage,
     [["setStorage", {"key": "best", "data": 42}], ["getStorage", {"key": "best"}],
      ["removeStorage", {"key": "best"}], ["getStorage", {"key": "best"}], ["clearStorage", {}]],
     "[42, ['TTError', 2, 'getStorage:fail data not found']]"],
    ["storage sync", {}, storage_sync,
     [["setStorageSync", {"key": "level", "data": {"n": [1, 2]}}],
      ["getStorageSync", {"key": "level"}], ["getStorageInfoSync", {}],
      ["removeStorageSync", {"key": "level"}], ["getStorageSync", {"key": "level"}],
      ["clearStorageSync", {}]],
     "[[1, 2], ['level'], 10240, 'none']"],
    ["request", {}, request,
     [["request", {"url": "https://api.example.com/score", "method": "POST",
                   "data": {"score": 10}, "header": {"X-Game": "1"}, "timeout": 5000}]],
     "[200, True, {}]"],
    ["request data is Python",
     {"request": {"ok": {"statusCode": 200, "header": {},
                         "data": {"ok": True, "items": [{"id": 1}, {"id": 2}], "nested": {"a": [1, 2]}}}}},
     request_data_is_python,
     [["request", {"url": "https://api.example.com/order", "method": "POST"}]],
     "[\"KeyError('trade_order_id')\", 'none', True, ['ok', 'items', 'nested'], 3, 1, True, 'dict', "
     "{'ok': True, 'items': [{'id': 1}, {'id': 2}, {'id': 3}], 'nested': {'a': [1, 2]}}]"],
    ["storage is Python", {}, storage_is_python,
     [["setStorageSync", {"key": "save", "data": {"level": 2, "seen": ["a"]}}],
      ["getStorageSync", {"key": "save"}], ["setStorage", {"key": "best", "data": {"score": 7}}],
      ["getStorage", {"key": "best"}], ["clearStorageSync", {}]],
     "[\"KeyError('coins')\", 0, {'level': 2, 'seen': ['a']}, {'score': 7}, True]"],
    ["download_file", {}, download, [["downloadFile", {"url": "https://cdn.example.com/level.json"}]],
     "DownloadResult(temp_file_path='ttfile://temp/stand-in', status_code=200)"],
    ["request aborted", {}, request_aborted,
     [["request", {"url": "https://api.example.com/slow", "method": "GET"}], ["RequestTask.abort", {}]],
     "['TTError', -1, 'request:fail abort']"],
    ["download_file aborted after it answered", {}, download_aborted_after_it_answered,
     [["downloadFile", {"url": "https://cdn.example.com/level.json"}], ["DownloadTask.abort", {}]],
     "200"],
    ["connect_socket", {}, socket,
     [["connectSocket", {"url": "wss://ws.example.com/room", "protocols": ["game"]}],
      ["SocketTask.send", {"data": "move 1"}],
      ["SocketTask.close", {"code": 1000, "reason": "bye"}]],
     "['open', 'hello', ['TTError', 5, 'reset'], 'closed']"],
    ["vibrate_short and vibrate_long", {}, vibrate,
     [["vibrateShort", {"type": "light"}], ["vibrateLong", {}]],
     "\"tt.vibrate_short: kind is 'strong'; use 'heavy', 'medium' or 'light'\""],
    ["keyboard", {}, keyboard,
     [["showKeyboard", {"defaultValue": "Ana", "maxLength": 12, "multiple": False,
                        "confirmHold": False, "confirmType": "send"}],
      ["updateKeyboard", {"value": "Anab"}], ["hideKeyboard", {}]],
     "['input Anab', 'confirm Anab', 'complete Anab']"],
    ["revisit missions", {"getEntranceMissionReward": {"ok": {"canReceiveReward": False}}},
     missions,
     [["canIUse", {"name": "addShortcut"}], ["addShortcut", {}],
      ["canIUse", {"name": "getShortcutMissionReward"}], ["getShortcutMissionReward", {}],
      ["canIUse", {"name": "startEntranceMission"}], ["startEntranceMission", {}],
      ["canIUse", {"name": "getEntranceMissionReward"}], ["getEntranceMissionReward", {}]],
     "[True, False]"],
    ["share_app_message", {}, share_app_message,
     [["canIUse", {"name": "shareAppMessage"}],
      ["shareAppMessage", {"imageUrl": "https://example.com/card.png", "title": "Play with me",
                           "subtitle": "Beat 10", "templateType": 2, "query": "from=share",
                           "path": "levels"}]], "None"],
    ["share_app_message limits", {}, share_bad_template, [],
     "'tt.share_app_message: template_type is 3; the platform has 1 or 2; use template_type=1 "
     "(call to action) or 2 (interactive)'"],
    ["share_to_story", {}, share_to_story, [["shareToStory", {}]], "None"],
    ["authorize_open_context", {}, authorize_open_context,
     [["authorizeOpenContext", {"get_status_only": True}]], _CODE],
    ["cloud storage", {}, cloud_storage,
     [["setUserCloudStorage", {"data": [{"key": "score", "value": "12"},
                                        {"key": "lv", "value": "3"}]}],
      ["getUserCloudStorage", {"keyList": ["score", "unknown"]}],
      ["removeUserCloudStorage", {"keyList": ["score"]}],
      ["getUserCloudStorage", {"keyList": ["score", "lv"]}]],
     "[[KeyValue(key='score', value='12')], [KeyValue(key='lv', value='3')]]"],
    ["cloud key limit", {}, cloud_key_too_long, [],
     "\"" + _CLOUD + "data[0]['key'] is 129 characters; the platform allows at most 128; "
     "shorten the key\""],
    ["cloud value limit", {}, cloud_value_too_long, [],
     "\"" + _CLOUD + "data[0]['value'] is 2049 characters; the platform allows at most 2048; "
     "store less, or split it over keys\""],
    ["open data context messages", {}, open_data_messages,
     [["getOpenDataContext", {}], ["OpenDataContext.postMessage",
                                   {"message": {"type": "show", "rows": [1, 2]}}]],
     "[['show', [1, 2]]]"],
    ["get_shared_canvas and create_image", {}, shared_canvas_and_image,
     [["getSharedCanvas", {}], ["createImage", {}]], "[True, True]"],
    ["get_friend_cloud_storage (003 shape)", {}, friends_003,
     [["getFriendCloudStorage", {"keyList": ["score"]}]], "[" + _ANA + ", '7', '-']"],
    ["get_friend_cloud_storage (004 shape)",
     {"getFriendCloudStorage": {"ok": {"data": [_FRIEND_004], "status_code": 0}}}, friends_004,
     [["getFriendCloudStorage", {"keyList": ["score"]}]],
     "[FriendEntry(open_id='open-bo', nickname='Bo', avatar_url='https://example.com/b.png', "
     "user_id=42, data=[KeyValue(key='score', value='9')])]"],
    ["get_user_cloud_storage (WeChat/Douyin's KVDataList shape)",
     {"getUserCloudStorage": {"ok": {"KVDataList": [{"key": "score", "value": "5"}],
                                     "errMsg": "getUserCloudStorage:ok"}}},
     user_cloud_kv_data_list, [["getUserCloudStorage", {"keyList": ["score"]}]],
     "[KeyValue(key='score', value='5')]"],
    ["get_friend_cloud_storage refused",
     {"getFriendCloudStorage": {"ok": {"data": [], "status_code": 7, "status_msg": "no auth"}}},
     friends_refused, [["getFriendCloudStorage", {"keyList": ["score"]}]],
     "['TTError', 7, 'no auth']"],
    ["share_to_user", {}, share_to_user,
     [["shareToUser", {"imageUrl": "https://example.com/card.png", "openid": "open-ana",
                       "title": "Beat me", "templateType": 1}]],
     "'tt.share_to_user: openid is required and empty; pass a non-empty openid'"],
    ["animation frames and timers", {}, frames_and_timers, [], "['frame', 'timeout']"],
    ["a call the client lacks", {}, missing_call, [],
     "['TTUnavailableError', -1, \"this runtime has no addShortcut (it needs TikTok 41.0.0 or "
     "newer); check tt.can_i_use('addShortcut') first and offer a fallback\"]"],
]
