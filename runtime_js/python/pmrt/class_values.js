// A function a class body stores by assignment is a method in CPython (functions are
// descriptors): `on_mars = converter(…)`, `double = lambda self: …`, `area = helper`. Transcrypt
// stores it as a plain value, so `obj.on_mars()` called it without `self`. The rewrite passes
// such values through `_pm_method_value`, which marks a Python function (not a class, not a
// callable instance, not a partial: CPython binds none of those); the class model
// (runtime_classes.js classValue) then binds it on each read, as a `def`.
export function _pm_method_value(v) {
    if (typeof v === 'function' && !Object.prototype.hasOwnProperty.call(v, '__mro__')
            && !Object.prototype.hasOwnProperty.call(v, '__class__') && !v._pm_partial && !v.__pm_method__) {
        Object.defineProperty(v, '__pm_method__', {value: true});
    }
    return v;
}
