"""heapq for games: staged as the game's `heapq` when it imports it.

The same sift steps as CPython's heapq, so a heap list holds its items in the same order
(`print(heap)` shows what CPython shows).
"""

from typing import Any, Iterable, Iterator

__all__ = ["heappush", "heappop", "heappushpop", "heapreplace", "heapify", "nlargest",
           "nsmallest", "merge"]


def _sift_down(heap: list[Any], start: int, pos: int) -> None:
    """Move heap[pos] up towards `start` while it is smaller than its parent."""
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_up(heap: list[Any], pos: int) -> None:
    """Move the smaller child up until a leaf, then sift the item at `pos` back down."""
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_down(heap, start, pos)


def _list(heap: Any, caller: str, argument: str = "argument 1") -> None:
    if not isinstance(heap, list):
        # CPython's argument check names None "None", other values by their type's name.
        got = "None" if heap is None else type(heap).__name__
        raise TypeError(f"{caller}() {argument} must be list, not {got}")


def heappush(heap: list[Any], item: Any) -> None:
    _list(heap, "heappush")
    heap.append(item)
    _sift_down(heap, 0, len(heap) - 1)


def heappop(heap: list[Any]) -> Any:
    _list(heap, "heappop", "argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        first = heap[0]
        heap[0] = last
        _sift_up(heap, 0)
        return first
    return last


def heapreplace(heap: list[Any], item: Any) -> Any:
    _list(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    first = heap[0]
    heap[0] = item
    _sift_up(heap, 0)
    return first


def heappushpop(heap: list[Any], item: Any) -> Any:
    _list(heap, "heappushpop")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_up(heap, 0)
    return item


def heapify(x: list[Any]) -> None:
    _list(x, "heapify", "argument")
    for i in range(len(x) // 2 - 1, -1, -1):
        _sift_up(x, i)


def nsmallest(n: int, iterable: Iterable[Any], key: Any = None) -> list[Any]:
    # CPython documents these as sorted(...)[:n]: equal items keep their first order.
    items = list(iterable)
    return (sorted(items, key=key) if key is not None else sorted(items))[:max(n, 0)]


def nlargest(n: int, iterable: Iterable[Any], key: Any = None) -> list[Any]:
    items = list(iterable)
    if key is not None:
        return sorted(items, key=key, reverse=True)[:max(n, 0)]
    return sorted(items, reverse=True)[:max(n, 0)]


def merge(*iterables: Iterable[Any], key: Any = None, reverse: bool = False) -> Iterator[Any]:
    return _merge([iter(it) for it in iterables], key, reverse)


class _Empty:
    pass


_EMPTY: Any = _Empty()


def _merge(iterators: list[Iterator[Any]], key: Any, reverse: bool) -> Iterator[Any]:
    heads = [next(it, _EMPTY) for it in iterators]
    keys = [None if h is _EMPTY or key is None else key(h) for h in heads]
    while True:
        best = -1
        for i in range(len(heads)):
            if heads[i] is _EMPTY:
                continue
            if best < 0:
                best = i
                continue
            a = heads[i] if key is None else keys[i]
            b = heads[best] if key is None else keys[best]
            if (b < a) if reverse else (a < b):
                best = i
        if best < 0:
            return
        yield heads[best]
        heads[best] = next(iterators[best], _EMPTY)
        if key is not None and heads[best] is not _EMPTY:
            keys[best] = key(heads[best])
