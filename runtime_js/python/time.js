// Python's `time` module for games, in place of Transcrypt's (which read a global `performance`
// that the native runtime may lack, and had no perf_counter): the clocks a game times frames
// and measures with. time() is the wall clock; monotonic() and perf_counter() are the
// platform's clock (runtime_js/platform: the native runtime's own clock in milliseconds, the
// virtual clock when a test steps the game), or performance/Date where no platform runs
// (`pyminis run`). sleep() is refused by the guard: a game never blocks.
//
// pyminis/compile/python.py stages a one-line `time.py` re-exporting this file. Floats are raw
// numbers: the guard types these results as floats (guard/types/evaluate.py, TIME_FLOAT).
import {normBig} from './_pmrt_impl/ints.js';

/** Monotonic milliseconds. */
function clockMs() {
    const platform = globalThis.pyminisPlatform;
    if (platform && typeof platform.now === 'function') return platform.now();
    const web = globalThis.performance;
    return web && typeof web.now === 'function' ? web.now() : Date.now();
}

/**
 * Milliseconds since the epoch, with the fraction the high-resolution clock has (Date's whole
 * milliseconds made two reads in a row equal, which CPython's microseconds never are).
 */
function epochMs() {
    const web = globalThis.performance;
    return web && typeof web.now === 'function' && typeof web.timeOrigin === 'number'
        ? web.timeOrigin + web.now() : Date.now();
}

/** `time.time()`: seconds since the epoch, a float. */
export function time() {
    return epochMs() / 1000;
}

/** `time.time_ns()`: an int of nanoseconds since the epoch (beyond 2**53: a big int). */
export function time_ns() {
    const ms = epochMs();
    const whole = Math.floor(ms);
    return normBig(BigInt(whole) * 1000000n + BigInt(Math.round((ms - whole) * 1e6)));
}

/** `time.monotonic()`: seconds of a clock that never goes back, a float. */
export function monotonic() {
    return clockMs() / 1000;
}

/** `time.perf_counter()`: CPython's is the monotonic clock too. */
export function perf_counter() {
    return clockMs() / 1000;
}

/** `time.monotonic_ns()` / `time.perf_counter_ns()`: an int of nanoseconds. */
export function monotonic_ns() {
    return normBig(BigInt(Math.round(clockMs() * 1e6)));
}

export function perf_counter_ns() {
    return monotonic_ns();
}
