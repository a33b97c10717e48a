"""Local storage on the device: awaitable calls and their `…_sync` twins."""

# __pragma__ ('skip')
from typing import Any, Awaitable  # noqa: E402  (typing would fail to load compiled)
# __pragma__ ('noskip')

from pyminis.tt import _validate
from pyminis.tt._call import callback_call, nothing, sync
from pyminis.tt._js import field, new_object, plain, python
from pyminis.tt._types import StorageInfo, storage_info_of


def _data_of(raw: "Any") -> "Any":
    return python(field(raw, "data", None))


def set_storage(key: str, value: "Any") -> "Awaitable[None]":
    """Store `value` (text, numbers, lists, dicts of those) under `key`."""
    _validate.text("set_storage", "key", key)
    options = new_object()
    options["key"] = key
    options["data"] = plain(value)
    return callback_call("set_storage", "setStorage", options, nothing)


def get_storage(key: str) -> "Awaitable[Any]":
    """The value stored under `key`; raises TTError when there is none."""
    _validate.text("get_storage", "key", key)
    options = new_object()
    options["key"] = key
    return callback_call("get_storage", "getStorage", options, _data_of)


def remove_storage(key: str) -> "Awaitable[None]":
    _validate.text("remove_storage", "key", key)
    options = new_object()
    options["key"] = key
    return callback_call("remove_storage", "removeStorage", options, nothing)


def clear_storage() -> "Awaitable[None]":
    return callback_call("clear_storage", "clearStorage", None, nothing)


def set_storage_sync(key: str, value: "Any") -> None:
    _validate.text("set_storage_sync", "key", key)
    sync("set_storage_sync", "setStorageSync", [key, plain(value)])


def get_storage_sync(key: str, default: "Any" = None) -> "Any":
    """The value stored under `key`, or `default` (the platform answers '' for a missing key)."""
    _validate.text("get_storage_sync", "key", key)
    value = sync("get_storage_sync", "getStorageSync", [key])
    if value == None or value == "":  # noqa: E711
        return default
    return python(value)


def remove_storage_sync(key: str) -> None:
    _validate.text("remove_storage_sync", "key", key)
    sync("remove_storage_sync", "removeStorageSync", [key])


def clear_storage_sync() -> None:
    sync("clear_storage_sync", "clearStorageSync", [])


def get_storage_info() -> StorageInfo:
    call = "getStorageInfoSync"
    return storage_info_of(sync("get_storage_info", call, []))
