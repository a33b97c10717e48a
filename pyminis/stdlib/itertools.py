"""itertools for games, lazy as CPython's: staged as the game's `itertools` when it imports it.

Each function checks its arguments when called (as CPython does) and returns a generator that
does the work, so infinite iterators work with islice, zip and break. Compiled like game code
(pyminis/guard/modules.py), so `==`, `+` and truth here are Python's.
"""

from typing import Any, Callable, Iterable, Iterator

from _pmrt import _pm_itertype  # type: ignore[import-not-found]

__all__ = ["count", "cycle", "repeat", "accumulate", "chain", "compress", "dropwhile", "takewhile",
           "filterfalse", "groupby", "islice", "pairwise", "starmap", "tee", "zip_longest", "product",
           "permutations", "combinations", "combinations_with_replacement"]

class _Done:
    """The end of an iterator: next(it, _DONE) returns it (object() is not callable compiled)."""


_DONE: Any = _Done()


def count(start: Any = 0, step: Any = 1) -> Iterator[Any]:
    if not isinstance(start, (int, float)) or not isinstance(step, (int, float)):
        raise TypeError("a number is required")
    return _pm_itertype(_count(start, step), 'count')


def _count(n: Any, step: Any) -> Iterator[Any]:
    while True:
        yield n
        n += step


def cycle(iterable: Iterable[Any]) -> Iterator[Any]:
    return _pm_itertype(_cycle(iter(iterable)), 'cycle')


def _cycle(iterator: Iterator[Any]) -> Iterator[Any]:
    saved = []
    for element in iterator:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


def repeat(object: Any, times: Any = None) -> Iterator[Any]:
    if times is None:
        return _pm_itertype(_forever(object), 'repeat')
    if not isinstance(times, int):
        raise TypeError(f"'{type(times).__name__}' object cannot be interpreted as an integer")
    return _pm_itertype(_times(object, times), 'repeat')


def _forever(value: Any) -> Iterator[Any]:
    while True:
        yield value


def _times(value: Any, times: int) -> Iterator[Any]:
    for i in range(times):
        yield value


def _add(a: Any, b: Any) -> Any:
    return a + b


def accumulate(iterable: Iterable[Any], func: Any = None, *, initial: Any = None) -> Iterator[Any]:
    return _pm_itertype(_accumulate(iter(iterable), _add if func is None else func, initial), 'accumulate')


def _accumulate(iterator: Iterator[Any], func: Callable[[Any, Any], Any], initial: Any) -> Iterator[Any]:
    total = initial
    if initial is None:
        total = next(iterator, _DONE)
        if total is _DONE:
            return
    yield total
    for element in iterator:
        total = func(total, element)
        yield total


def chain(*iterables: Iterable[Any]) -> Iterator[Any]:
    return _pm_itertype(_chain(iterables), "chain")


def _chain(iterables: Iterable[Iterable[Any]]) -> Iterator[Any]:
    for iterable in iterables:
        for element in iterable:
            yield element


def _from_iterable(iterables: Iterable[Iterable[Any]]) -> Iterator[Any]:
    return _pm_itertype(_chain(iterables), "chain")


chain.from_iterable = _from_iterable  # type: ignore[attr-defined]


def compress(data: Iterable[Any], selectors: Iterable[Any]) -> Iterator[Any]:
    return _pm_itertype(_compress(iter(data), iter(selectors)), 'compress')


def _compress(data: Iterator[Any], selectors: Iterator[Any]) -> Iterator[Any]:
    while True:
        element = next(data, _DONE)
        if element is _DONE:
            return
        selector = next(selectors, _DONE)
        if selector is _DONE:
            return
        if selector:
            yield element


def dropwhile(predicate: Callable[[Any], Any], iterable: Iterable[Any]) -> Iterator[Any]:
    return _pm_itertype(_dropwhile(predicate, iter(iterable)), 'dropwhile')


def _dropwhile(predicate: Callable[[Any], Any], iterator: Iterator[Any]) -> Iterator[Any]:
    for element in iterator:
        if not predicate(element):
            yield element
            break
    for element in iterator:
        yield element


def takewhile(predicate: Callable[[Any], Any], iterable: Iterable[Any]) -> Iterator[Any]:
    return _pm_itertype(_takewhile(predicate, iter(iterable)), 'takewhile')


def _takewhile(predicate: Callable[[Any], Any], iterator: Iterator[Any]) -> Iterator[Any]:
    for element in iterator:
        if not predicate(element):
            return
        yield element


def filterfalse(predicate: Any, iterable: Iterable[Any]) -> Iterator[Any]:
    return _pm_itertype(_filterfalse(predicate, iter(iterable)), 'filterfalse')


def _filterfalse(predicate: Any, iterator: Iterator[Any]) -> Iterator[Any]:
    for element in iterator:
        if predicate is None:
            if not element:
                yield element
        elif not predicate(element):
            yield element


class _Groups:
    """groupby's shared state, as CPython's groupby object: the element read last (`value`,
    `current` its key; _DONE once a group took it), the key of the group being walked
    (`target`), and the number of the only group that may still read (`grouper`)."""

    def __init__(self, iterator: Iterator[Any], key: Any) -> None:
        self.iterator = iterator
        self.key = key
        self.value: Any = _DONE
        self.current: Any = _DONE
        self.target: Any = _DONE
        self.grouper = 0
        self.made = 0

    def step(self) -> bool:
        """Read the next element and its key; False at the end."""
        value = next(self.iterator, _DONE)
        if value is _DONE:
            return False
        self.current = value if self.key is None else self.key(value)
        self.value = value
        return True


def groupby(iterable: Iterable[Any], key: Any = None) -> Iterator[Any]:
    return _pm_itertype(_groupby(_Groups(iter(iterable), key)), 'groupby')


def _groupby(state: _Groups) -> Iterator[Any]:
    while True:
        state.grouper = 0  # moving on ends the group handed out last
        while True:  # skip what is left of the current group
            if state.current is _DONE:
                pass
            elif state.target is _DONE or not (state.target == state.current):
                break
            if not state.step():
                return
        state.target = state.current
        state.made += 1
        state.grouper = state.made
        yield (state.current, _pm_itertype(_grouper(state, state.made, state.target), "_grouper"))


def _grouper(state: _Groups, number: int, target: Any) -> Iterator[Any]:
    while state.grouper == number:
        if state.value is _DONE and not state.step():
            return
        if not (target == state.current):
            return
        value = state.value
        state.value = _DONE
        state.current = _DONE
        yield value


def _ssize(value: Any) -> int:
    """CPython's PyNumber_AsSsize_t as islice reads it: -1 for what is not an int."""
    return value if isinstance(value, int) else -1


_STOP = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_INDICES = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."


def islice(iterable: Iterable[Any], *args: Any) -> Iterator[Any]:
    if len(args) == 0 or len(args) > 3:
        raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}" if args
                        else "islice expected at least 2 arguments, got 1")
    start = 0
    stop = -1  # none
    stop_arg = args[0] if len(args) == 1 else args[1]
    if len(args) > 1 and args[0] is not None:
        start = _ssize(args[0])
    if stop_arg is not None:
        stop = _ssize(stop_arg)
        if stop == -1:
            raise ValueError(_STOP)
    if start < 0 or stop < -1:
        raise ValueError(_INDICES)
    step = 1
    if len(args) == 3 and args[2] is not None:
        step = _ssize(args[2])
    if step < 1:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _pm_itertype(_islice(iter(iterable), start, None if stop == -1 else stop, step), 'islice')


def _islice(iterator: Iterator[Any], wanted: int, stop: Any, step: int) -> Iterator[Any]:
    # CPython's order of reads: never one element past `stop`, so the rest stays in `iterator`.
    done = 0
    while True:
        while done < wanted:
            if next(iterator, _DONE) is _DONE:
                return
            done += 1
        if stop is not None and done >= stop:
            return
        element = next(iterator, _DONE)
        if element is _DONE:
            return
        done += 1
        wanted += step
        if stop is not None and wanted > stop:
            wanted = stop
        yield element


def pairwise(iterable: Iterable[Any]) -> Iterator[Any]:
    return _pm_itertype(_pairwise(iter(iterable)), 'pairwise')


def _pairwise(iterator: Iterator[Any]) -> Iterator[Any]:
    previous = next(iterator, _DONE)
    if previous is _DONE:
        return
    for element in iterator:
        yield (previous, element)
        previous = element


def starmap(func: Callable[..., Any], iterable: Iterable[Any]) -> Iterator[Any]:
    return _pm_itertype(_starmap(func, iter(iterable)), 'starmap')


def _starmap(func: Callable[..., Any], iterator: Iterator[Any]) -> Iterator[Any]:
    for args in iterator:
        yield func(*args)


class _Link:
    """One element read from the source of tee()'d iterators, and the link after it."""

    def __init__(self) -> None:
        self.value: Any = _DONE
        self.after: Any = None


class _TeeSource:
    def __init__(self, iterator: Iterator[Any]) -> None:
        self.iterator = iterator


def tee(iterable: Iterable[Any], n: int = 2) -> tuple[Iterator[Any], ...]:
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("n must be >= 0")
    source = _TeeSource(iter(iterable))
    first = _Link()
    return tuple([_pm_itertype(_tee(source, first), "_tee") for i in range(n)])


def _tee(source: _TeeSource, link: _Link) -> Iterator[Any]:
    while True:
        if link.after is None:
            value = next(source.iterator, _DONE)
            if value is _DONE:
                return
            link.value = value
            link.after = _Link()
        yield link.value
        link = link.after


def zip_longest(*iterables: Iterable[Any], fillvalue: Any = None) -> Iterator[Any]:
    return _pm_itertype(_zip_longest([iter(i) for i in iterables], fillvalue), 'zip_longest')


def _zip_longest(iterators: list[Iterator[Any]], fillvalue: Any) -> Iterator[Any]:
    if not iterators:
        return
    active = len(iterators)
    done = [False] * len(iterators)
    while True:
        row = []
        for index in range(len(iterators)):
            value = _DONE
            if not done[index]:
                value = next(iterators[index], _DONE)
                if value is _DONE:
                    done[index] = True
                    active -= 1
                    if active == 0:
                        return
            row.append(fillvalue if value is _DONE else value)
        yield tuple(row)


def _count_arg(value: Any, negative: str) -> int:
    if not isinstance(value, int):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    if value < 0:
        raise ValueError(negative)
    return value


def product(*iterables: Iterable[Any], repeat: int = 1) -> Iterator[Any]:
    _count_arg(repeat, "repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _pm_itertype(_product(pools), 'product')


def _product(pools: list[tuple[Any, ...]]) -> Iterator[Any]:
    for pool in pools:
        if not pool:
            return
    indices = [0] * len(pools)
    while True:
        yield tuple([pools[i][indices[i]] for i in range(len(pools))])
        position = len(pools) - 1
        while position >= 0:
            indices[position] += 1
            if indices[position] < len(pools[position]):
                break
            indices[position] = 0
            position -= 1
        if position < 0:
            return


def permutations(iterable: Iterable[Any], r: Any = None) -> Iterator[Any]:
    pool = tuple(iterable)
    size = len(pool) if r is None else _count_arg(r, "r must be non-negative")
    return _pm_itertype(_permutations(pool, size), 'permutations')


def _permutations(pool: tuple[Any, ...], r: int) -> Iterator[Any]:
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[n - j] = indices[n - j], indices[i]
                yield tuple([pool[k] for k in indices[:r]])
                break
            i -= 1
        if i < 0:
            return


def combinations(iterable: Iterable[Any], r: int) -> Iterator[Any]:
    pool = tuple(iterable)
    return _pm_itertype(_combinations(pool, _count_arg(r, "r must be non-negative")), 'combinations')


def _combinations(pool: tuple[Any, ...], r: int) -> Iterator[Any]:
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[k] for k in indices])


def combinations_with_replacement(iterable: Iterable[Any], r: int) -> Iterator[Any]:
    pool = tuple(iterable)
    return _pm_itertype(_combinations_with_replacement(pool, _count_arg(r, "r must be non-negative")), 'combinations_with_replacement')


def _combinations_with_replacement(pool: tuple[Any, ...], r: int) -> Iterator[Any]:
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        value = indices[i] + 1
        for j in range(i, r):
            indices[j] = value
        yield tuple([pool[k] for k in indices])
