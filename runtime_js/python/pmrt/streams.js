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
