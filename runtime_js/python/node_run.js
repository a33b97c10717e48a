// Prelude for `pyminis run` under node: an uncaught Python exception ends the script the way
// CPython does (a traceback line naming the exception on stderr, exit status 1).

// JavaScript errors that never met an `except` (which would have made them Python's, see
// runtime_js/python/pmrt/errors.js), named as CPython names the same mistake.
const JS_NAMES = [
    [RangeError, /call stack/, 'RecursionError'],
    [TypeError, /^Cannot (read|set) propert/, 'AttributeError'],
    [TypeError, /./, 'TypeError'],
    [ReferenceError, /./, 'NameError'],
];

/**
 * @param {*} error what was thrown: a Python exception object or a JS Error
 * @returns {string} `Name: message`, as CPython's last traceback line
 */
function describe(error) {
    if (error && error.__class__ && error.__class__.__name__ && typeof error.__str__ === 'function') {
        const message = error.__str__();
        return message ? `${error.__class__.__name__}: ${message}` : error.__class__.__name__;
    }
    for (const [kind, pattern, name] of JS_NAMES) {
        if (error instanceof kind && pattern.test(error.message)) return `${name}: ${error.message}`;
    }
    return `JavaScriptError: ${error && error.stack ? error.stack : String(error)}`;
}

function fail(error) {
    process.stderr.write('Traceback (most recent call last):\n' + describe(error) + '\n');
    process.exit(1);
}

process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);
