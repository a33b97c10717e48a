"""The documented limits, checked before the platform is called (limits: pyminis/sdk/surface.py).

The platform reports these only as a failed call, late and without saying which value was
wrong; a game author gets a TTValueError naming the argument and the fix instead.
"""

# __pragma__ ('skip')
from typing import Any  # noqa: E402  (typing would fail to load compiled)
# __pragma__ ('noskip')

from pyminis.tt._errors import TTValueError
from pyminis.tt._js import is_array, is_number, is_string

CLOUD_KEY_MAX = 128
CLOUD_VALUE_MAX = 2048
TEMPLATE_TYPES = [1, 2]
FRONT_COLORS = ["#ffffff", "#000000"]
_HEX = "0123456789abcdefABCDEF"


def text(call: str, name: str, value: "Any", required: bool = True) -> None:
    """A string argument; a required one must not be empty."""
    if value == None and not required:  # noqa: E711
        return
    if not is_string(value):
        raise TTValueError(call, name + " must be a string, not " + repr(value),
                           "pass " + name + " as text")
    if required and len(value) == 0:
        raise TTValueError(call, name + " is required and empty", "pass a non-empty " + name)


def is_hex_color(value: "Any") -> bool:
    """#rgb or #rrggbb."""
    if not is_string(value) or len(value) not in [4, 7] or value[0] != "#":
        return False
    for char in value[1:]:
        if _HEX.find(char) < 0:
            return False
    return True


def navigation_colors(call: str, front_color: "Any", background_color: "Any") -> None:
    if front_color not in FRONT_COLORS:
        raise TTValueError(call, "front_color is " + repr(front_color)
                           + ", and the platform allows only '#ffffff' or '#000000'",
                           "use front_color='#ffffff' (light text) or '#000000' (dark text)")
    if not is_hex_color(background_color):
        raise TTValueError(call, "background_color is " + repr(background_color)
                           + ", not a hexadecimal colour", "use a colour like '#161823'")


def progress(call: str, value: "Any") -> None:
    if not is_number(value) or value < 0 or value > 1:
        raise TTValueError(call, "progress is " + repr(value) + ", outside 0..1",
                           "pass a fraction from 0 to 1 (1 hides the loading screen)")


def template_type(call: str, value: "Any") -> None:
    if value != None and value not in TEMPLATE_TYPES:  # noqa: E711
        raise TTValueError(call, "template_type is " + repr(value) + "; the platform has 1 or 2",
                           "use template_type=1 (call to action) or 2 (interactive)")


def cloud_items(call: str, items: "Any") -> None:
    """setUserCloudStorage data: [{key, value}], key <= 128 and value <= 2048 characters."""
    if not is_array(items) or len(items) == 0:
        raise TTValueError(call, "data must be a non-empty list of {'key': …, 'value': …}",
                           "pass e.g. [{'key': 'score', 'value': '10'}]")
    index = 0
    for item in items:
        where = "data[" + str(index) + "]"
        key: "Any" = item["key"] if "key" in item else None
        value: "Any" = item["value"] if "value" in item else None
        if not is_string(key) or len(key) == 0:
            raise TTValueError(call, where + "['key'] must be a non-empty string",
                               "give every item a text key")
        if len(key) > CLOUD_KEY_MAX:
            raise TTValueError(call, where + "['key'] is " + str(len(key))
                               + " characters; the platform allows at most "
                               + str(CLOUD_KEY_MAX), "shorten the key")
        if not is_string(value):
            raise TTValueError(call, where + "['value'] must be a string, not " + repr(value),
                               "store text, e.g. str(score)")
        if len(value) > CLOUD_VALUE_MAX:
            raise TTValueError(call, where + "['value'] is " + str(len(value))
                               + " characters; the platform allows at most "
                               + str(CLOUD_VALUE_MAX), "store less, or split it over keys")
        index += 1


def key_list(call: str, keys: "Any") -> None:
    if not is_array(keys) or len(keys) == 0:
        raise TTValueError(call, "keys must be a non-empty list of strings",
                           "pass e.g. ['score']")
    for key in keys:
        if not is_string(key) or len(key) == 0 or len(key) > CLOUD_KEY_MAX:
            raise TTValueError(call, "key " + repr(key) + " is not a string of 1 to "
                               + str(CLOUD_KEY_MAX) + " characters", "fix the key name")
