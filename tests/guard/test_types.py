"""The guard's static types (pyminis/guard/types/): what the inference proves, what it must
not prove, and the code the rewrite chooses from them.

A proof removes a check, so every "must not" here is a program where proving more would
print something other than CPython. The differential cases (numbers_model.cases,
native_numbers.cases) check the compiled programs; these tests check the reasoning.
"""

from __future__ import annotations


from pyminis import guard
from pyminis.compile.python import GuardCache
from pyminis.guard.types import module_info
from pyminis.guard.types.infer import solve
from pyminis.guard.types.lattice import BIG, FLOAT, NUM, Ty, int_ty, join
from pyminis.guard.types.program import Program

BUNNY = '''import random

WIDTH = 800
GRAVITY = 0.75


class Bunny:
    def __init__(self):
        self.x = 0
        self.vx = random.random() * 10
        self.vy = random.random() * 10 - 5

    def update(self, dt):
        self.x += self.vx
        self.vy += GRAVITY
        if self.x > WIDTH - 26:
            self.vx *= -1
        self.vy *= -0.85
        self.vy -= random.random() * 6
'''
NAMES = ["main", "other", "random"]


def rewritten(*sources: str) -> dict[str, str]:
    modules = [guard.Module(name, f"src/{name}.py", text) for name, text in zip(NAMES, sources)]
    return guard.rewrite_all(modules)[0]


def lines_of(text: str) -> set[str]:
    return {line.strip() for line in text.splitlines()}


def types(*sources: str) -> dict[tuple[str, ...], Ty]:
    """Every slot's type: ("a", attr), ("v", module, scope, name), ("r", module, scope)."""
    infos = {name: module_info(name, text, f"{name}.py") for name, text in zip(NAMES, sources)}
    return solve(Program(infos))


def local(env: dict[tuple[str, ...], Ty], line: int, name: str) -> Ty:
    """The type of a local (or parameter) of the function defined on `line`."""
    found = [t for slot, t in env.items() if slot[0] == "v" and slot[2].startswith(f"FunctionDef@{line}:")
             and slot[3] == name]
    assert len(found) == 1, (line, name, found)
    return found[0]


# ---- what it proves ------------------------------------------------------------------------

def test_bunnymark_update_is_native_arithmetic() -> None:
    out = lines_of(rewritten(BUNNY)["main"])
    # Nothing prints the attributes: an integral float in them needs no box (observe.py).
    assert {"self.x += self.vx", "self.vy *= -0.85", "self.vy -= random.random() * 6",
            "if self.x > WIDTH - 26:"} <= out
    env = types(BUNNY)
    bunny = next(k for k in env if k[0] == "a" and k[2] == "vx")[1]
    assert env[("a", bunny, "vx")] == FLOAT and env[("a", bunny, "x")] == join(int_ty(0), FLOAT)


def test_a_float_is_boxed_where_something_can_tell_it_from_an_int() -> None:
    printed = BUNNY + "b = Bunny()\nb.update(1)\nprint(b.x, b.vy)\n"
    out = lines_of(rewritten(printed)["main"])
    # vx reaches print through x; nothing prints y
    assert {"self.x = _pm_box(self.x + self.vx)", "self.vy = _pm_box(self.vy * -0.85)",
            "self.vx = _pm_box(self.vx * -1)"} <= out
    formatted = BUNNY + "b = Bunny()\nlabel = f'{b.vx:.1f}'\n"
    out = lines_of(rewritten(formatted)["main"])
    assert {"self.vx = _pm_box(self.vx * -1)", "self.x += self.vx"} <= out


def test_a_float_local_stays_raw_until_it_leaves() -> None:
    source = "def f(n):\n    x = 2.0\n    y = x * 3\n    print(y)\n    return y\nf(1)\n"
    out = lines_of(rewritten(source)["main"])
    assert {"x = 2.0", "y = x * 3", "print(_pm_box(y))", "return y"} <= out  # f's callers are known


def test_a_function_that_escapes_boxes_its_float_return() -> None:
    source = "def half():\n    return 3 / 2\ndef third():\n    return 3 / 3\ncallbacks = [half]\nprint(half(), third())\n"
    out = lines_of(rewritten(source)["main"])
    assert {"return _pm_box(3 / 2)", "return 3 / 3", "print(half(), _pm_box(third()))"} <= out


def test_parameters_are_the_join_of_their_call_sites() -> None:
    source = "def area(w, h):\n    return w * h\narea(2, 3)\narea(2.5, 4)\n"
    env = types(source)
    assert local(env, 1, "w") == join(int_ty(2), FLOAT) and local(env, 1, "h") == int_ty(3)


def test_range_counters_and_small_steps_stay_js_numbers() -> None:
    source = ("def f(n):\n    total = 0\n    for i in range(n):\n        total += i % 7\n"
              "    return total\ndef g(n):\n    total = 0\n    for i in range(n):\n        total += i * 2\n"
              "    return total\nprint(f(10), g(10))\n")
    out = lines_of(rewritten(source)["main"])
    assert {"total += _pm_nmod(i, 7)", "total = _pm_addi(total, i * 2)"} <= out
    env = types(source)
    assert local(env, 1, "i") == int_ty(4) and local(env, 1, "total") == int_ty(53)  # f(10)
    assert local(env, 6, "total").bits == BIG


def test_ints_that_may_leave_the_safe_range_are_checked() -> None:
    source = ("MOD = 10 ** 9 + 7\ndef f(a, b):\n    return a * b % MOD\nprint(f(10 ** 9, 10 ** 9))\n"
              "def g(x):\n    return x << 40, x & 0xFF, x >> 3\nprint(g(5))\n")
    out = rewritten(source)["main"]
    assert "_pm_modi(_pm_muli(a, b), MOD)" in out
    assert "_pm_lshift(x, 40)" in out and "x & 0xFF" in out and "x >> 3" in out


def test_a_local_list_that_never_escapes_keeps_raw_float_items() -> None:
    source = ("def f():\n    xs = [i * 0.5 for i in range(4)]\n    for i in range(len(xs)):\n"
              "        xs[i] = xs[i] * 2.0\n    return xs[0]\nprint(f())\n"
              "def g():\n    ys = [i * 0.5 for i in range(4)]\n    print(ys)\ng()\n")
    out = lines_of(rewritten(source)["main"])
    assert {"xs = [i * 0.5 for i in range(4)]", "xs[i] = xs[i] * 2.0", "ys = [_pm_box(i * 0.5) for i in range(4)]"} <= out


def test_the_dev_cache_rewrites_as_a_full_build() -> None:
    modules = [guard.Module("main", "src/main.py", BUNNY),
               guard.Module("other", "src/other.py", "def spoil(o):\n    o.vy = []\nspoil(None)\n")]
    texts, facts = GuardCache().rewrite_all(modules)
    assert (texts, facts) == guard.rewrite_all(modules)
    assert "self.vy = _pm_imul" in texts["main"]


# ---- what it must not prove ----------------------------------------------------------------

def test_an_annotation_is_a_claim_not_a_proof() -> None:
    # `float` admits ints: the stores are the proof. x holds the int 0 and prints 0.
    source = ("class P:\n    def __init__(self) -> None:\n        self.x: float = 0\n"
              "def f(v: float) -> float:\n    return v\nprint(f(1))\n")
    env = types(source)
    assert [t for k, t in env.items() if k[0] == "a" and k[2] == "x"] == [int_ty(0)]
    assert local(env, 4, "v") == int_ty(1)


def test_a_store_through_an_object_of_unknown_class_unproves_the_attribute() -> None:
    other_class = "class Bag:\n    def __init__(self):\n        self.vx = ['coin']\n"
    assert "self.vx *= -1" in rewritten(BUNNY, other_class)["main"]  # a Bag's vx is not a Bunny's
    anyone = "def spoil(o):\n    o.vx = ['coin']\nspoil(None)\n"
    out = rewritten(BUNNY, anyone)["main"]
    assert "self.vx = _pm_imul" in out
    assert "self.vy *= -0.85" in out  # vy is still proven


def test_a_function_passed_as_a_value_has_unknown_parameters() -> None:
    source = "def grow(n):\n    return n * 2\nprint(grow(3))\nhandlers = {'g': grow}\n"
    env = types(source)
    assert local(env, 1, "n").is_any
    assert "_pm_mul(n, 2)" in rewritten(source)["main"]


def test_a_method_bound_as_a_value_has_unknown_parameters() -> None:
    source = ("class C:\n    def step(self, dt):\n        return dt * 2\n"
              "c = C()\nc.step(0.5)\nlater = c.step\n")
    assert local(types(source), 2, "dt").is_any
    kept = source.replace("later = c.step\n", "")
    assert local(types(kept), 2, "dt") == FLOAT


def test_a_method_called_explicitly_with_another_self_proves_no_attribute() -> None:
    source = BUNNY + "class Thing:\n    pass\nBunny.update(Thing(), 1)\nBunny.update([1], 1)\n"
    out = rewritten(source)["main"]
    assert "self.x = _pm_iadd" in out


def test_setattr_with_a_computed_name_unproves_every_attribute() -> None:
    poison = "def load(o, key, value):\n    setattr(o, key, value)\n"
    assert "self.vx = _pm_imul" in rewritten(BUNNY, poison)["main"]


def test_stores_by_unpacking_prove_nothing() -> None:
    for store in ("self.vx, self.vy = pair", "(self.vx, self.vy), c = pair", "for self.vx in pair: pass",
                  "del self.vx"):
        source = BUNNY + f"def f(o, pair):\n    {store.replace('self.', 'o.')}\nf(None, [])\n"
        assert "self.vx = _pm_imul" in rewritten(source)["main"], store
    paired = BUNNY + "def f(o):\n    o.vx, o.vy = 1.5, 2.5\nf(None)\n"
    assert "self.vx *= -1" in rewritten(paired)["main"]  # a pair of floats is floats


def test_a_global_rebound_elsewhere_joins_what_it_is_given() -> None:
    with_global = BUNNY + "def heavier():\n    global GRAVITY\n    GRAVITY = [1]\n"
    assert "self.vy = _pm_iadd" in rewritten(with_global)["main"]
    from_outside = "import main\nmain.GRAVITY = [1]\n"
    assert "self.vy = _pm_iadd" in rewritten(BUNNY, from_outside)["main"]


def test_a_game_module_named_random_or_a_replaced_function_proves_nothing() -> None:
    own = "def random():\n    return [1]\n"
    assert "_pm_mulb(random.random(), 6)" in rewritten(BUNNY, "x = 1\n", own)["main"]
    patched = "import random\nrandom.random = lambda: [1]\n"
    assert "_pm_mulb(random.random(), 6)" in rewritten(BUNNY, patched)["main"]


def test_an_accumulator_that_doubles_is_unbounded() -> None:
    source = "def f(n):\n    x = 1\n    for i in range(n):\n        x = x * 2\n        x += 1\n    return x\nprint(f(80))\n"
    env = types(source)
    assert local(env, 1, "x").bits == BIG
    assert "x = _pm_muli(x, 2)" in rewritten(source)["main"]


def test_a_list_that_escapes_has_unknown_items() -> None:
    source = ("def f(sink):\n    xs = [1.5, 2.5]\n    sink(xs)\n    return xs[0] * 2\n"
              "f(print)\n")
    out = rewritten(source)["main"]
    assert "_pm_mul(_pm_gi(xs, 0), 2)" in out


def test_strings_and_unknown_operands_keep_python_errors() -> None:
    source = "def f(a, b):\n    return a + b, -a, a < b, a == 1\nprint(f('x', 1))\nprint(f(1, 2))\n"
    out = rewritten(source)["main"]
    assert "_pm_add(a, b)" in out and "_pm_neg(a)" in out and "_pm_lt(a, b)" in out and "_pm_eq(a, 1)" in out


def test_modulo_of_proven_ints_skips_the_formatting_helper() -> None:
    source = ('FMT = "%d!"\nSIZE = 3\nclass Dial:\n    def __init__(self):\n        self.n = -7\n'
              "        self.label = FMT % SIZE\n"
              "    def turn(self, k):\n        self.n %= SIZE\n        return self.n % -SIZE, k % SIZE\n")
    out = lines_of(rewritten(source)["main"])
    assert {"self.n = _pm_nmod(self.n, SIZE)", "self.label = _pm_mod(FMT, SIZE)",
            "return [_pm_nmod(self.n, -SIZE), _pm_mod(k, SIZE)]"} <= out or \
        {"self.n = _pm_nmod(self.n, SIZE)", "self.label = _pm_mod(FMT, SIZE)"} <= out


def test_the_lattice_joins_and_bounds() -> None:
    assert join(int_ty(3), int_ty(10)) == int_ty(10)
    assert int_ty(54).bits == BIG and not int_ty(54).small and int_ty(53).small
    assert join(FLOAT, int_ty(2)).kinds == NUM.kinds and not join(FLOAT, int_ty(2)).is_float


# ---- pyminis.engine's tweens -----------------------------------------------------------------

TWEENED = '''from pyminis.engine import Scene, Tween


class Play(Scene):
    def setup(self) -> None:
        self.taps = 0
        self.dot = Box()

    def on_tap(self, x: float, y: float) -> None:
        self.taps += 1
        self.color = self.taps % 3
        self.shade = self.dot.x % 2
        TWEEN
'''
BOX = "class Box:\n    def __init__(self) -> None:\n        self.x = 0\n"


def with_engine(source: str) -> str:
    from pyminis.compile.python import pyminis_modules
    modules = [guard.Module("main", "src/main.py", source + BOX)] + pyminis_modules()
    return guard.rewrite_all(modules)[0]["main"]


def test_a_tween_may_make_only_the_attributes_it_names_floats() -> None:
    # The engine's Tween sets `x` (a float: 0 + (40 - 0) * 0.5): `x` is no longer a proven int.
    out = with_engine(TWEENED.replace("TWEEN", 'self.tween(self.dot, {"x": 40}, 0.5)'))
    assert "self.color = _pm_nmod(_pm_ga(self, 'taps'), 3)" in out  # taps: only ever ints
    assert "self.shade = _pm_mod(_pm_ga(_pm_ga(self, 'dot'), 'x'), 2)" in out
    untweened = with_engine(TWEENED.replace("TWEEN", "pass"))
    assert "self.shade = _pm_nmod(_pm_ga(_pm_ga(self, 'dot'), 'x'), 2)" in untweened


def test_a_tween_of_unknown_names_may_set_any_attribute() -> None:
    for tween in ("self.tween(self.dot, {name: 40}, 0.5)", "self.tween(self.dot, targets, 0.5)",
                  "Tween(self.dot, dict(taps=1), 0.5)", "go = self.tween"):
        source = TWEENED.replace("TWEEN", tween).replace("(self, x: float", "(self, name: str, targets: dict, x: float")
        out = with_engine(source)
        assert "self.color = _pm_mod(_pm_ga(self, 'taps'), 3)" in out, tween
