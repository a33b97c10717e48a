class Enemy:
    def __init__(self, x, v):
        self.x = x
        self.v = v

    def update(self, dt):
        self.x += self.v * dt


def method_calls(n):
    enemies = [Enemy(i, 1.5) for i in range(100)]
    for frame in range(n):
        for e in enemies:
            e.update(0.016)
    return enemies[0].x


def enumerate_loop(n):
    xs = [i * 0.5 for i in range(100)]
    total = 0.0
    for frame in range(n):
        for i, x in enumerate(xs):
            total += i * x
    return total


def fstrings(n):
    total = 0
    for i in range(n * 100):
        s = f"score: {i} / {i * 2}"
        total += len(s)
    return total


def minmax(a, b):
    if a < b:
        return a, b
    return b, a


def tuple_returns(n):
    total = 0
    for i in range(n * 100):
        lo, hi = minmax(i, 500)
        total += hi - lo
    return total


def list_loops(n):
    xs = [i * 0.25 for i in range(100)]
    for frame in range(n):
        for i in range(len(xs)):
            xs[i] = xs[i] * 0.5 + 1.0
    return xs[-1]


def modulo(n):
    total = 0
    for i in range(n * 100):
        total += i % 7
    return total


def lengths(n):
    xs = [1, 2, 3]
    total = 0
    for i in range(n * 100):
        total += len(xs)
    return total


def dict_fields(n):
    s = {"x": 0.0, "y": 0.0, "vx": 1.5, "vy": 0.5}
    for i in range(n * 100):
        s["x"] += s["vx"] * 0.016
        s["y"] += s["vy"] * 0.016
    return s["x"] + s["y"]


def dict_counting(n):
    counts = {}
    for i in range(n * 100):
        k = i % 97
        counts[k] = counts.get(k, 0) + 1
    return counts[5]


def tuple_keys(n):
    grid = {}
    for x in range(20):
        for y in range(20):
            grid[(x, y)] = x + y
    total = 0
    for frame in range(n // 4):
        for x in range(20):
            for y in range(20):
                total += grid[(x, y)]
    return total


def set_membership(n):
    seen = set()
    hits = 0
    for i in range(n * 100):
        k = (i * 7) % 1000
        if k in seen:
            hits += 1
        else:
            seen.add(k)
    return hits


# A dict: runner.js reads it with __getitem__.
globalThis.pyKernels = {"method calls": method_calls, "enumerate": enumerate_loop, "f-strings": fstrings,
                       "tuple returns": tuple_returns, "list loops": list_loops, "% (modulo)": modulo, "len": lengths,
                       "dict fields": dict_fields, "dict counting": dict_counting, "tuple keys": tuple_keys,
                       "set membership": set_membership}
