"""Default answers of the fake host, the same rules as runtime_js/simulator/sdk.js `defaults`.

Storage and cloud storage remember what was stored; the friends list comes from the state (or
the documented example); posting to the open data context reaches `onMessage` listeners; every
other call answers its documented example (pyminis/sdk/surface.py).
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pyminis.sdk.surface import CALLS, Call

if TYPE_CHECKING:
    from pyminis.sdk.fake import FakeHost

Outcome = dict[str, Any]  # {"ok": result} or {"fail": error}

STORAGE_LIMIT_KB = 10240


@dataclass
class Drawable:
    """A canvas or image the platform hands out: game code sets its attributes, as compiled.

    The shared canvas is one object for the whole session, as on the platform; `style` is
    None as on the native runtime, which places the shared canvas itself."""

    width: float = 0
    height: float = 0
    src: str = ""
    style: Any = None


def _fail(call: Call, message: str, code: int) -> Outcome:
    # The native runtime's failure shape (native-runtime.md).
    return {"fail": {"error": {"error_code": code, "error_msg": f"{call.platform}:fail {message}"}}}


def default_outcome(host: FakeHost, call: Call, params: dict[str, Any]) -> Outcome:
    state = host.state
    name = call.platform
    if call.key == "OpenDataContext.postMessage":
        message = params.get("message")
        host.later(lambda: deliver_message(host, message))  # the stand-in's setTimeout(…, 0)
        return {"ok": None}
    if call.owner:
        return {"ok": copy.deepcopy(call.example)}
    if name == "setLoadingProgress":
        progress = params.get("progress")
        if not isinstance(progress, (int, float)) or not 0 <= progress <= 1:
            return _fail(call, "progress must be a number from 0 to 1", 1)
    elif name in ("setStorage", "setStorageSync"):
        state.storage[params["key"]] = copy.deepcopy(params.get("data"))
    elif name == "getStorage":
        if params.get("key") not in state.storage:
            return _fail(call, "data not found", 2)
        return {"ok": {"data": copy.deepcopy(state.storage[params["key"]])}}
    elif name == "getStorageSync":
        return {"ok": copy.deepcopy(state.storage.get(params.get("key", ""), ""))}
    elif name in ("removeStorage", "removeStorageSync"):
        state.storage.pop(params.get("key", ""), None)
    elif name in ("clearStorage", "clearStorageSync"):
        state.storage.clear()
    elif name == "getStorageInfoSync":
        size = len(json.dumps(state.storage)) // 1024 if state.storage else 0
        return {"ok": {"keys": list(state.storage), "currentSize": size,
                       "limitSize": STORAGE_LIMIT_KB}}
    elif name == "setUserCloudStorage":
        for item in params.get("data", []):
            state.cloud[item["key"]] = item["value"]
    elif name == "removeUserCloudStorage":
        for key in params.get("keyList", []):
            state.cloud.pop(key, None)
    elif name == "getUserCloudStorage":
        keys = params.get("keyList", [])
        return {"ok": {"data": [{"key": k, "value": state.cloud[k]} for k in keys
                                if k in state.cloud]}}
    elif name == "getFriendCloudStorage":
        friends = state.friends if state.friends is not None else call.example["data"]
        return {"ok": {"data": copy.deepcopy(friends)}}
    elif name == "getSharedCanvas":
        return {"ok": host.shared_canvas}
    elif name == "createImage":
        return {"ok": Drawable()}
    elif name == "canIUse":
        wanted = params.get("name", "")
        known = {c.platform for c in CALLS if not c.owner}
        return {"ok": wanted in known and wanted not in host.missing}
    return {"ok": copy.deepcopy(call.example)}


def deliver_message(host: FakeHost, message: Any) -> None:
    """OpenDataContext.postMessage: the open data domain's onMessage listeners get a copy."""
    host.emit("onMessage", message)
