// Coroutines as CPython's: calling an `async def` makes a coroutine, and its body runs only
// when something awaits it (or starts it: pyminis.tt.start, the engine's event handlers, which
// call `then`). A coroutine never awaited never runs. JavaScript's async functions start at
// the call, so transcrypt_run.py decorates every `async def` of a game with `_pm_coroutine`.

/**
 * The decorator of every `async def`: a function whose call makes a {@link Coroutine} over
 * `fn`'s body (with the call's `this` and arguments) instead of starting it.
 * @param {Function} fn an async function @returns {Function}
 */
export function _pm_coroutine(fn) {
    return function (...args) {
        return new Coroutine(fn, this, args);
    };
}

/** A coroutine: a thenable whose body starts at its first `then` (an `await` calls it). */
class Coroutine {
    /** @param {Function} fn @param {*} self @param {Array} args */
    constructor(fn, self, args) {
        this._pm_fn = fn;
        this._pm_self = self;
        this._pm_args = args;
        /** @type {Promise|null} the running body, once started */
        this._pm_running = null;
    }

    /** @param {Function} [ok] @param {Function} [fail] @returns {Promise} */
    then(ok, fail) {
        if (this._pm_running === null) this._pm_running = this._pm_fn.apply(this._pm_self, this._pm_args);
        return this._pm_running.then(ok, fail);
    }

    /** @param {Function} fail @returns {Promise} */
    catch(fail) {
        return this.then(undefined, fail);
    }

    /** @param {Function} done @returns {Promise} */
    finally(done) {
        this.then();
        return this._pm_running.finally(done);
    }
}
