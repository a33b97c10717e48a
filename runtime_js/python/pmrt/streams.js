// sys.stdout, sys.stderr and sys.argv for pyminis/stdlib/sys.py. Standard output is print's
// terminal (runtime_js/python/runtime_print.js: lines to console.log); standard error is a
// second terminal writing to console.error. Under `pyminis run`, node_run.js gives the argv
// and the terminals write to node's streams as they are written (pyminis/pipeline/run.py).
import {__Terminal__, __terminal__} from '../org.transcrypt.__runtime__.js';

let stderr = null;

/** @param {string} name 'stdout' or 'stderr' @returns {Object} the stream */
export function _pm_stream(name) {
    if (name === 'stdout') return __terminal__;
    return stderr || (stderr = __Terminal__('error'));
}

/** `sys.argv`: the script and its arguments under `pyminis run`, `['']` in a game (no command line). */
export function _pm_argv() {
    const given = globalThis.__pyminis_argv__;
    return Array.isArray(given) ? given.slice() : [''];
}

/** The main script's absolute path under `pyminis run` (node_run.js); '' in a game. */
export function _pm_main_file() {
    const given = globalThis.__pyminis_main_file__;
    return typeof given === 'string' ? given : '';
}

/**
 * doctest's capture of standard output (pyminis/stdlib/doctest.py): from now on, what print()
 * and sys.stdout write is kept; the function returned ends the capture and gives the text.
 * @returns {function(): string}
 */
export function _pm_capture_stdout() {
    const t = __terminal__, own = Object.prototype.hasOwnProperty.call(t, 'direct');
    const direct = t.direct, pending = t.pending;
    let text = '';
    t.pending = '';
    t.direct = (s) => { text += s; };
    return () => {
        if (own) t.direct = direct; else delete t.direct;
        t.pending = pending;
        return text;
    };
}
