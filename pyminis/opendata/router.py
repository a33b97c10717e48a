"""on_message: receive the game's messages as typed Message objects (open data domain side)."""

# __pragma__ ('skip')
from typing import Any, Callable

# __pragma__ ('noskip')

from pyminis.opendata import _sdk
from pyminis.opendata.protocol import ProtocolError, decode
from pyminis.tt import _social  # not pyminis.tt: the domain's bundle stays small
from pyminis.tt._js import start


class Router:
    """Message classes and their handlers; one SDK listener for all of them."""

    def __init__(self) -> None:
        self.classes: list = []
        self.handlers: list = []
        self.listening = False

    def on(self, message_class: Any, handler: Callable) -> None:
        for index in range(len(self.classes)):
            if self.classes[index].KIND == message_class.KIND:
                self.handlers[index] = handler
                return
        self.classes.append(message_class)
        self.handlers.append(handler)
        if not self.listening:
            self.listening = True
            _social.on_message(lambda raw: self.receive(raw))

    def receive(self, raw: Any) -> None:
        """Decode and dispatch one raw message; a bad message is reported, never thrown."""
        try:
            message = decode(raw, self.classes)
        except ProtocolError as error:
            _sdk.log_error("pyminis.opendata: " + str(error))
            return
        for index in range(len(self.classes)):
            if self.classes[index].KIND == message.KIND:
                start(self.handlers[index](message))  # an async handler runs to its end


ROUTER = Router()


def on_message(message_class: Any, handler: Callable) -> None:
    """Call `handler(message)` for each message of `message_class` the game posts."""
    ROUTER.on(message_class, handler)
