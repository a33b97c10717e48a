"""queue for games: staged as the game's `queue` when it imports it.

Queue (FIFO), LifoQueue, PriorityQueue and SimpleQueue as CPython 3.11's, with its `_init`,
`_qsize`, `_put`, `_get` hooks for subclasses, `maxsize`, the `queue` attribute and the task
count (`task_done`, `join`, `unfinished_tasks`).

A game has one thread, so nothing can put while a get waits, nor get while a put waits. Where
CPython would wait:
- with a timeout (`get(timeout=1)`, `put(x, timeout=1)`), CPython raises Empty/Full once it has
  passed; here they are raised at once, as a game never blocks (the same outcome, sooner);
- without one (`get()` on an empty queue, `put()` on a full one, `join()` with unfinished tasks)
  CPython waits forever: the game would hang, so these raise RuntimeError naming the deadlock.
"""

from typing import Any

from collections import deque  # type: ignore[import-not-found]
from heapq import heappop, heappush  # type: ignore[import-not-found]

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]


class Empty(Exception):
    """Raised by get(block=False) and get_nowait() on an empty queue (and a timed-out get)."""
    __module__ = "_queue"  # CPython's Empty is its C module's: `_queue.Empty` in tracebacks


class Full(Exception):
    """Raised by put(block=False) and put_nowait() on a full queue (and a timed-out put)."""


def _deadlock(what: str) -> RuntimeError:
    return RuntimeError(f"{what} would wait forever: a game has one thread, so nothing else can "
                        "change the queue meanwhile (use get_nowait()/put_nowait() or check "
                        "empty()/full() first)")


def _check_timeout(timeout: Any) -> None:
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """A FIFO queue; maxsize <= 0 means no limit."""

    def __init__(self, maxsize: int = 0) -> None:
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def __class_getitem__(cls, item: Any) -> Any:
        return cls  # `Queue[int]` in an annotation

    def task_done(self) -> None:
        unfinished = self.unfinished_tasks - 1
        if unfinished < 0:
            raise ValueError("task_done() called too many times")
        self.unfinished_tasks = unfinished

    def join(self) -> None:
        if self.unfinished_tasks:
            raise _deadlock(f"join() with {self.unfinished_tasks} unfinished task(s)")

    def qsize(self) -> int:
        return self._qsize()

    def empty(self) -> bool:
        return not self._qsize()

    def full(self) -> bool:
        return 0 < self.maxsize <= self._qsize()

    def put(self, item: Any, block: bool = True, timeout: Any = None) -> None:
        if self.maxsize > 0:
            if block and timeout is not None:
                _check_timeout(timeout)
            if self._qsize() >= self.maxsize:
                if block and timeout is None:
                    raise _deadlock("put() on a full queue")
                raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block: bool = True, timeout: Any = None) -> Any:
        if block and timeout is not None:
            _check_timeout(timeout)
        if not self._qsize():
            if block and timeout is None:
                raise _deadlock("get() on an empty queue")
            raise Empty
        return self._get()

    def put_nowait(self, item: Any) -> None:
        self.put(item, False)

    def get_nowait(self) -> Any:
        return self.get(False)

    # The storage, for subclasses to replace (as CPython's).
    def _init(self, maxsize: int) -> None:
        self.queue: Any = deque()

    def _qsize(self) -> int:
        return len(self.queue)

    def _put(self, item: Any) -> None:
        self.queue.append(item)

    def _get(self) -> Any:
        return self.queue.popleft()


class PriorityQueue(Queue):
    """Entries come out lowest first (a heap, as heapq): typically (priority, data) tuples."""

    def _init(self, maxsize: int) -> None:
        self.queue = []

    def _qsize(self) -> int:
        return len(self.queue)

    def _put(self, item: Any) -> None:
        heappush(self.queue, item)

    def _get(self) -> Any:
        return heappop(self.queue)


class LifoQueue(Queue):
    """The last entry put is the first got (a stack)."""

    def _init(self, maxsize: int) -> None:
        self.queue = []

    def _qsize(self) -> int:
        return len(self.queue)

    def _put(self, item: Any) -> None:
        self.queue.append(item)

    def _get(self) -> Any:
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    def __init__(self) -> None:
        self._queue: Any = deque()

    def __class_getitem__(cls, item: Any) -> Any:
        return cls

    def put(self, item: Any, block: bool = True, timeout: Any = None) -> None:
        self._queue.append(item)  # never full: block and timeout are ignored, as CPython's

    def get(self, block: bool = True, timeout: Any = None) -> Any:
        if block and timeout is not None:
            _check_timeout(timeout)
        if not self._queue:
            if block and timeout is None:
                raise _deadlock("get() on an empty queue")
            raise Empty
        return self._queue.popleft()

    def put_nowait(self, item: Any) -> None:
        self.put(item, False)

    def get_nowait(self) -> Any:
        return self.get(False)

    def empty(self) -> bool:
        return not self._queue

    def qsize(self) -> int:
        return len(self._queue)
