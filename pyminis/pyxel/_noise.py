# pyminis: compile-plain
"""Perlin noise for pyxel.noise / pyxel.nseed: Ken Perlin's improved noise (2002) over a
permutation shuffled from the seed. Pyxel's comes from the Rust `noise` crate, whose tables
differ: values have the same range and smoothness, not the same numbers (docs/pyxel.md)."""

from pyminis.engine._js import jsmath

_perm = []


def seed(value: int) -> None:
    """A permutation of 0..255 from `value` (Park and Miller's generator: its products stay
    below 2**53, so JavaScript's numbers compute it as CPython's ints), doubled to 512."""
    table = []
    for i in range(256):
        table.append(i)
    state = (value & 0x7FFFFFFF) % 2147483646 + 1
    for i in range(255, 0, -1):
        state = (state * 48271) % 2147483647
        j = state % (i + 1)
        t = table[i]
        table[i] = table[j]
        table[j] = t
    _perm.clear()
    for k in range(512):
        _perm.append(table[k & 255])


def _fade(t: float) -> float:
    return t * t * t * (t * (t * 6 - 15) + 10)


def _lerp(t: float, a: float, b: float) -> float:
    return a + t * (b - a)


def _grad(h: int, x: float, y: float, z: float) -> float:
    h = h & 15
    u = x if h < 8 else y
    v = y if h < 4 else (x if h == 12 or h == 14 else z)
    return (u if (h & 1) == 0 else -u) + (v if (h & 2) == 0 else -v)


def noise(x: float, y: float, z: float) -> float:
    if len(_perm) == 0:
        seed(0)
    p = _perm
    fx = jsmath.floor(x)
    fy = jsmath.floor(y)
    fz = jsmath.floor(z)
    xi = fx & 255
    yi = fy & 255
    zi = fz & 255
    x -= fx
    y -= fy
    z -= fz
    u = _fade(x)
    v = _fade(y)
    w = _fade(z)
    a = p[xi] + yi
    aa = p[a] + zi
    ab = p[a + 1] + zi
    b = p[xi + 1] + yi
    ba = p[b] + zi
    bb = p[b + 1] + zi
    return _lerp(w, _lerp(v, _lerp(u, _grad(p[aa], x, y, z), _grad(p[ba], x - 1, y, z)),
                          _lerp(u, _grad(p[ab], x, y - 1, z), _grad(p[bb], x - 1, y - 1, z))),
                 _lerp(v, _lerp(u, _grad(p[aa + 1], x, y, z - 1),
                                _grad(p[ba + 1], x - 1, y, z - 1)),
                       _lerp(u, _grad(p[ab + 1], x, y - 1, z - 1),
                             _grad(p[bb + 1], x - 1, y - 1, z - 1))))
