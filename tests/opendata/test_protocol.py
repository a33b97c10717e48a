"""The message protocol: declared once, checked when sent and when received (CPython side;
test_transcrypt_agreement.py runs the same checks compiled)."""

from __future__ import annotations

import inspect
import json
from typing import Any

import pytest

from pyminis.opendata.protocol import (
    BUILT_IN,
    FLAG,
    NUMBER,
    TEXT,
    Message,
    ProtocolError,
    ShowLeaderboard,
    Touch,
    decode,
    kind_of,
)

# Attribute names Transcrypt renames (TRANSCRYPT.md "Interop"): a field with one of these
# would be written under one name and read under another once compiled.
RENAMED = {"name", "type", "get", "keys", "items", "values", "clear", "pop", "sort", "split",
           "replace", "update", "copy", "iter", "next"}


class Cheer(Message):
    """A game's own message, declared the same way as the built-in ones."""

    KIND = "game.cheer"
    FIELDS = [("text", TEXT), ("loud", FLAG)]

    def __init__(self, text: str, loud: bool = False) -> None:
        self.text = text
        self.loud = loud


def wire(message: Message) -> Any:
    """What the platform carries: a JSON round trip of the encoded message."""
    return json.loads(json.dumps(message.encode()))


@pytest.mark.parametrize("cls", BUILT_IN + [Cheer], ids=lambda c: c.__name__)
def test_fields_are_the_constructor_parameters_in_order(cls: Any) -> None:
    parameters = [p for p in inspect.signature(cls.__init__).parameters if p != "self"]
    assert [name for name, _ in cls.FIELDS] == parameters
    assert all(kind in (TEXT, NUMBER, FLAG) for _, kind in cls.FIELDS)
    assert not {name for name, _ in cls.FIELDS} & RENAMED
    assert cls.KIND and len({c.KIND for c in BUILT_IN + [Cheer]}) == len(BUILT_IN) + 1


def test_every_message_survives_the_wire() -> None:
    samples = [ShowLeaderboard("level", 12, "Top", "me-1"), Touch("move", 3.5, 400),
               Cheer("go", True)]
    for sent in samples:
        got = decode(wire(sent), BUILT_IN + [Cheer])
        assert type(got) is type(sent)
        assert vars(got) == vars(sent)
    assert wire(Touch("end", 1, 2)) == {"type": "pyminis.touch",
                                        "data": {"phase": "end", "x": 1, "y": 2}}


def test_sending_a_wrongly_typed_field_names_the_message_and_field() -> None:
    with pytest.raises(ProtocolError, match=r"Touch\.x must be a number, not string"):
        Touch("start", "12", 3).encode()  # type: ignore[arg-type]
    with pytest.raises(ProtocolError, match=r"ShowLeaderboard\.score must be a number"):
        ShowLeaderboard(score=None).encode()  # type: ignore[arg-type]


@pytest.mark.parametrize("raw, says", [
    (5, "received number, which is not a pyminis message"),
    ({"data": {}}, "received object, which is not a pyminis message"),
    ({"type": "pyminis.nope"}, "no handler for message type 'pyminis.nope'"),
    ({"type": "pyminis.touch", "data": {"phase": "start", "x": 1}}, "field 'y' is missing"),
    ({"type": "pyminis.touch", "data": {"phase": 1, "x": 1, "y": 2}}, "field 'phase' is number"),
    ({"type": "pyminis.touch", "data": [1]}, "has data of kind array"),
])
def test_receiving_a_bad_message_says_what_is_wrong(raw: Any, says: str) -> None:
    with pytest.raises(ProtocolError, match=says):
        decode(raw, BUILT_IN)


def test_only_the_registered_classes_are_accepted() -> None:
    raw = wire(Cheer("hi"))
    with pytest.raises(ProtocolError, match="handled: pyminis.touch"):
        decode(raw, [Touch])


def test_kinds_match_javascript_typeof() -> None:
    assert [kind_of(v) for v in ("a", 1, 1.5, True, None, [1], {"a": 1})] == [
        "string", "number", "number", "boolean", "missing", "array", "object"]
