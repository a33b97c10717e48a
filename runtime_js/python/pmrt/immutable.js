// A tuple is a JS array marked `tuple` (items.js), so it reaches the list methods Transcrypt
// puts on Array.prototype: `(1, 2).append(3)` appended. Each mutating list method calls this
// first when its array is not a plain list (one compare on the list's path).
//
// Imported by the runtime's own module: runtime bindings are used only inside the function.
import {AttributeError} from '../org.transcrypt.__runtime__.js';
import {isTuple, typeName} from './shared.js';

/** CPython's AttributeError when `o` is a tuple: it has no method `name`. */
export function refuseOnTuple(o, name) {
    if (isTuple(o)) throw AttributeError(`'${typeName(o)}' object has no attribute '${name}'`, new Error());
}
