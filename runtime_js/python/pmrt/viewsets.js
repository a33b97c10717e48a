// The set algebra of dict views (`d.keys() & other`, `d.items() - seen`, `<=`, `isdisjoint`):
// keys and items views behave as sets, and operators give sets (CPython builds them from the
// view). Loaded by the guard's rewrite where a program may use it (pyminis/guard/rewrite.py,
// VIEW_SETS_MODULE), so a game that never does carries no set code; not in index.js.
import {DictView, VALUES, setLike} from './dicts.js';
import {set} from './sets.js';
import {NotImplemented, toArray} from './compare.js';

/** `view op other` (or `other op view` when reflected) as a set operation. */
function operation(name, reflected) {
    return function (other) {
        if (this._pm_kind === VALUES) return NotImplemented;
        const mine = set(this);
        if (reflected) return set(toArray(other, false))[name](mine);
        return mine[name](other);
    };
}

/** A comparison of views and sets by inclusion. */
function inclusion(strict, subset) {
    return function (other) {
        if (this._pm_kind === VALUES || !setLike(other)) return NotImplemented;
        const [small, big] = subset ? [this, other] : [other, this];
        const n = small.__len__(), m = big.__len__();
        if (strict ? n >= m : n > m) return false;
        for (const x of small) if (!big.__contains__(x)) return false;
        return true;
    };
}

const methods = {
    __and__: operation('intersection', false),
    __or__: operation('union', false),
    __sub__: operation('difference', false),
    __xor__: operation('symmetric_difference', false),
    __rand__: operation('intersection', true),
    __ror__: operation('union', true),
    __rsub__: operation('difference', true),
    __rxor__: operation('symmetric_difference', true),
    __le__: inclusion(false, true),
    __lt__: inclusion(true, true),
    __ge__: inclusion(false, false),
    __gt__: inclusion(true, false),
    isdisjoint(other) {
        for (const x of toArray(other, false)) if (this.__contains__(x)) return false;
        return true;
    },
};
for (const name of Object.keys(methods)) {
    Object.defineProperty(DictView.prototype, name, {value: methods[name], writable: true, configurable: true});
}

/** Imported by the guard's rewrite to load this module. */
export const _pm_viewsets = true;
