"""The options of `@dataclass(…)` and `field(…)` games can use, with CPython 3.11's defaults.

The rewrite passes them, in this order, to runtime_js/python/pmrt/dataclasses.js (which reads
them by position); the lint requires each to be written as a literal, since they are read at
compile time. `slots=`/`weakref_slot=` are refused (PM121).
"""

from __future__ import annotations

FIELD_FLAGS: dict[str, object] = {"init": True, "repr": True, "compare": True, "hash": None, "kw_only": None}
OPTIONS: dict[str, object] = {"init": True, "repr": True, "eq": True, "order": False, "unsafe_hash": False,
                              "frozen": False, "kw_only": False, "match_args": True}
