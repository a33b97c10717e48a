// Python semantics Transcrypt leaves out, for code rewritten by pyminis' guard.
//
// The guard (pyminis/guard/) rewrites natural Python into calls of these helpers, one module
// per concern; this folder replaces the compiled stub `_pmrt.js` in Transcrypt's output.
// Each helper takes the plain JS fast path first (numbers, arrays) so V8 inlines it in hot loops.
// A file's name appears in the bundle (esbuild's path comments), and the prune keeps any runtime
// member whose name appears anywhere: name files after concerns, never after a member (format).
//
// dicts.js and sets.js (with hashing.js, compare.js, items.js, shared.js, numbers.js,
// iterators.js) are also imported by Transcrypt's runtime module
// (pyminis/guard/runtime_containers.py): they replace its dict and set, so they load before the
// runtime's own code and use its bindings only inside functions. viewsets.js is not listed here:
// the guard imports it alone, where a program may need it.
export * from './numbers.js';
export * from './errors.js';
export * from './builtin_exceptions.js';
export * from './items.js';
export * from './iterators.js';
export * from './ints.js';
export * from './floats.js';
export * from './arith.js';
export * from './conversions.js';
export * from './compare.js';
export {_pm_ellipsis} from './constants.js';
export * from './hashing.js';
export * from './dicts.js';
export * from './sets.js';
export * from './specs.js';
export * from './calls.js';
export * from './arity.js';
export * from './introspection.js';
export * from './coroutines.js';
export * from './dataclasses.js';
export * from './records.js';
export * from './copying.js';
export * from './jsontext.js';
export * from './types.js';
export * from './special_methods.js';
export * from './bases.js';
export {_pm_abc_register, _pm_abc_subclass} from './virtual_subclasses.js';
export * from './methods.js';
export * from './unpack.js';
export * from './strings.js';
export * from './fields.js';
export * from './clock.js';
export * from './quoting.js';
export * from './slices.js';
export * from './streams.js';
export * from './ranges.js';
export * from './bytes.js';
export * from './class_values.js';
export * from './class_bodies.js';
export * from './metaclasses.js';
export * from './instance_dict.js';
export * from './module_globals.js';
export * from './attribute_listing.js';
export * from './slots.js';
export * from './identity.js';
export * from './regexps.js';
export * from './sequences.js';
export * from './patterns.js';
export * from './properties.js';
export * from './made_classes.js';
export * from './number_objects.js';
export * from './lists.js';
export * from './chardata.js';
// Last: StrEnum forwards the str methods strings.js defines.
export * from './enums.js';
