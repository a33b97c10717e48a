"""The runtime prune (pyminis/compile/prune.py) on small bundles shaped like esbuild's."""

from __future__ import annotations

from pyminis.compile.prune import prune

RUNTIME = "// __target__/org.transcrypt.__runtime__.js\n"
GAME = "// __target__/main.js\n"


def bundle(runtime: str, game: str) -> str:
    return RUNTIME + runtime + GAME + game


def test_an_unused_prototype_method_goes_and_a_used_one_stays() -> None:
    code = bundle('String.prototype.rsplit = function (sep) {\n  return [sep];\n};\n'
                  'String.prototype.upper = function () {\n  return this.toUpperCase();\n};\n',
                  'console.log("a".upper());\n')
    pruned = prune(code)
    assert pruned.removed == ("String.rsplit",)
    assert "rsplit" not in pruned.code and "String.prototype.upper" in pruned.code
    assert pruned.code.count("\n") == code.count("\n")  # the source map stays true


def test_a_name_in_any_string_keeps_the_member() -> None:
    runtime = 'String.prototype.rsplit = function (sep) {\n  return [sep];\n};\n'
    for game in ('getattr(s, "rsplit");\n', "var t = `${x} rsplit`;\n", "var r = /rsplit/;\n"):
        assert prune(bundle(runtime, game)).removed == (), game


def test_a_renamed_member_is_kept_by_its_python_name_in_a_string() -> None:
    # getattr(o, "split") tries o["py_split"] (runtime_js/python/pmrt/calls.js).
    runtime = "String.prototype.py_split = function (sep) {\n  return [sep];\n};\n"
    assert prune(bundle(runtime, '_pm_getattr(s, "split");\n')).removed == ()
    assert prune(bundle(runtime, "var split = 1;\n")).removed == ("String.py_split",)


def test_only_the_runtime_module_is_pruned() -> None:
    code = GAME + "String.prototype.mine = function () {\n  return 1;\n};\n"
    assert prune(code).removed == ()


def test_a_kept_member_keeps_what_it_names_until_nothing_changes() -> None:
    code = bundle("Array.prototype.__mul__ = function (n) {\n  return n;\n};\n"
                  "Array.prototype.__rmul__ = Array.prototype.__mul__;\n"
                  "Array.prototype.__add__ = function (a) {\n  return a.__rmul__(2);\n};\n",
                  "var c = [].__add__([]);\n")
    assert prune(code).removed == ()
    unused = bundle("Array.prototype.__mul__ = function (n) {\n  return n;\n};\n"
                    "Array.prototype.__rmul__ = Array.prototype.__mul__;\n", "var c = 1;\n")
    assert prune(unused).removed == ("Array.__mul__", "Array.__rmul__")


def test_a_member_of_an_unused_runtime_function_goes_with_it() -> None:
    runtime = ("function __PyIterator__(it) {\n  this.it = it;\n}\n"
               "__PyIterator__.prototype.__next__ = function () {\n  return 1;\n};\n"
               'function float(x) {\n  return +x;\n}\nfloat.__name__ = "float";\n')
    pruned = prune(bundle(runtime, "x.__next__();\n"))
    assert pruned.removed == ("__PyIterator__", "__PyIterator__.__next__", "float", "float")
    assert "__PyIterator__" not in pruned.code and "float" not in pruned.code
    assert prune(bundle(runtime, "new __PyIterator__([]).__next__(); float(2);\n")).removed == ()


def test_what_only_removed_members_use_goes_too() -> None:
    runtime = ("function helper() {\n  return 1;\n}\n"
               "var alias = helper;\n"
               "String.prototype.rare = function () {\n  return alias();\n};\n"
               "var abs = Math.abs;\n")
    assert prune(bundle(runtime, "var x = 1;\n")).removed == (
        "helper", "alias", "String.rare", "abs")
    assert prune(bundle(runtime, '"x".rare(); abs(1);\n')).removed == ()


def test_setproperty_members_count_like_assignments() -> None:
    runtime = ('__setproperty__(String.prototype, "format", {\n  get: function () {\n'
               "    return 1;\n  }\n});\n")
    assert prune(bundle(runtime, "var x = 1;\n")).removed == ("String.format",)
    assert prune(bundle(runtime, '"{}".format(1);\n')).removed == ()


def test_unused_exception_classes_go_used_ones_stay() -> None:
    runtime = ('var Exception = __class__("Exception", [object], {\n  __module__: __name__,\n'
               "  get __init__() {\n    return 1;\n  }\n});\n"
               'var KeyError = __class__("KeyError", [Exception], {\n  __module__: __name__\n});\n'
               'var Warning = __class__("Warning", [Exception], {\n  __module__: __name__\n});\n')
    pruned = prune(bundle(runtime, "try { f(); } catch (e) { if (isinstance(e, KeyError)) g(); }\n"))
    assert pruned.removed == ("Warning",)


def test_comments_inside_a_class_literal_do_not_keep_it() -> None:
    # esbuild keeps a comment written between two members; it runs no code
    runtime = ('var Unused = __class__("Unused", [object], {\n  flag: true,\n  // why the flag\n'
               '  method() {\n    return 1;\n  }\n  /** a doc comment */\n});\n')
    assert prune(bundle(runtime, "var x = 1;\n")).removed == ("Unused",)


def test_a_class_whose_definition_runs_code_is_never_removed() -> None:
    runtime = ('var Registered = __class__("Registered", [object], {\n  token: register()\n});\n'
               'var Meta = __class__("Meta", [object], {\n  x: 1\n}, customMeta);\n')
    assert prune(bundle(runtime, "var x = 1;\n")).removed == ()


def test_a_statement_that_runs_code_is_never_removed() -> None:
    runtime = "String.prototype.lonely = makeFunction();\n"
    assert prune(bundle(runtime, "var x = 1;\n")).removed == ()


def test_a_class_with_a_computed_key_or_a_spread_is_never_removed() -> None:
    runtime = ('var A = __class__("A", [object], {\n  [key()]: 1\n});\n'
               'var B = __class__("B", [object], {\n  ...extra()\n});\n')
    assert prune(bundle(runtime, "var x = 1;\n")).removed == ()


def test_an_iife_bundle_is_pruned_inside_its_function() -> None:
    code = ('"use strict";\n(() => {\n  ' + RUNTIME + '  String.prototype.rsplit = function () {\n'
            '    return 1;\n  };\n  ' + GAME + '  console.log("x");\n})();\n')
    pruned = prune(code)
    assert pruned.removed == ("String.rsplit",)
    assert pruned.code.count("\n") == code.count("\n")


def test_a_variable_is_named_by_identifiers_not_by_properties() -> None:
    runtime = "var input = terminal.input;\n"
    assert prune(bundle(runtime, "self.input = 1;\n")).removed == ("input",)
    assert prune(bundle(runtime, "input();\n")).removed == ()
    assert prune(bundle(runtime, "var o = {input};\n")).removed == ()


TERMINAL = ('var __Terminal__ = __class__("__Terminal__", [object], {\n'
            "  get __init__() {\n    return __get__(this, function(self) {\n"
            '      self.pending = "";\n    });\n  },\n'
            "  get print() {\n    return __get__(this, function(self) {\n"
            "      console.log(self.pending);\n    });\n  }\n});\n"
            "var __terminal__ = __Terminal__();\n"
            "var print = __terminal__.print;\n")


def test_an_unused_instance_of_a_class_that_only_stores_fields_goes() -> None:
    assert prune(bundle(TERMINAL, "var x = 1;\n")).removed == (
        "__Terminal__", "__terminal__", "print")
    assert prune(bundle(TERMINAL, 'print("hi");\n')).removed == ()


def test_an_instance_whose_making_runs_code_is_never_removed() -> None:
    for init in ("      register(self);\n", "      self.id = next_id();\n"):
        runtime = TERMINAL.replace('      self.pending = "";\n', init)
        assert "__terminal__" not in prune(bundle(runtime, "var x = 1;\n")).removed, init
    proxied = TERMINAL.replace("  get print()", "  __setattr__: hook,\n  get print()")
    assert "__terminal__" not in prune(bundle(proxied, "var x = 1;\n")).removed


def test_a_name_in_a_comment_keeps_nothing() -> None:
    runtime = 'String.prototype.rsplit = function (sep) {\n  return [sep];\n};\n'
    game = "// rsplit is mentioned here\n/** and rsplit here */\nvar x = 1;\n"
    assert prune(bundle(runtime, game)).removed == ("String.rsplit",)


def test_a_kept_setproperty_member_keeps_the_setproperty_function() -> None:
    runtime = ("function __setproperty__(o, name, d) {\n  Object.defineProperty(o, name, d);\n}\n"
               '__setproperty__(String.prototype, "format", {\n  get: function () {\n'
               "    return 1;\n  }\n});\n")
    assert prune(bundle(runtime, '"{}".format(1);\n')).removed == ()
    assert prune(bundle(runtime, "var x = 1;\n")).removed == ("__setproperty__", "String.format")


def test_an_unused_class_with_its_type_function_goes() -> None:
    # pmrt/bytes.js as esbuild writes it: `var X = class …`, its type's `__bases__ = [object]`
    runtime = ("var PyBytes = class {\n  constructor(v) {\n    this.v = v;\n  }\n"
               "  [Symbol.iterator]() {\n    return this.v[Symbol.iterator]();\n  }\n};\n"
               "function _pm_bytes(v) {\n  return new PyBytes(v);\n}\n"
               "PyBytes.prototype.__class__ = _pm_bytes;\n"
               '_pm_bytes.__name__ = "bytes";\n_pm_bytes.__bases__ = [object];\n')
    pruned = prune(bundle(runtime, "x.__class__;\n"))
    assert "PyBytes" not in pruned.code and "_pm_bytes" not in pruned.code
    assert prune(bundle(runtime, "_pm_bytes([1]).__class__;\n")).removed == ()


def test_a_class_whose_definition_runs_code_stays() -> None:
    runtime = "var Made = class extends mixin(Base) {\n};\nvar Counted = class {\n  static n = count();\n};\n"
    assert prune(bundle(runtime, "var c = 1;\n")).removed == ()
