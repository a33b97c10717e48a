// Prelude for `pyminis run` under node: an uncaught Python exception ends the script the way
// CPython does (a traceback line naming the exception on stderr, exit status 1; SystemExit
// exits with its code), `sys.argv` is the script and its arguments
// (runtime_js/python/pmrt/streams.js reads them).

globalThis.__pyminis_argv__ = process.argv.slice(2);
// The script's absolute path, as CPython's `__main__.__file__` (doctest's reports name it).
globalThis.__pyminis_main_file__ = ((script) => {
    const parts = [];
    for (const part of (script.startsWith('/') ? script : `${process.cwd()}/${script}`).split('/')) {
        if (part === '..') parts.pop(); else if (part && part !== '.') parts.push(part);
    }
    return '/' + parts.join('/');
})(process.argv[2] || '');

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
    if (error && error.__class__ && error.__class__.__name__ === 'SystemExit') {
        // sys.exit(): None is status 0, an int is the status, anything else is printed, status 1.
        const code = error.code === undefined ? null : error.code;
        if (code === null || typeof code === 'number' || typeof code === 'boolean') process.exit(code === null ? 0 : +code);
        process.stderr.write((typeof code.__str__ === 'function' ? code.__str__() : String(code)) + '\n');
        process.exit(1);
    }
    process.stderr.write('Traceback (most recent call last):\n' + describe(error) + '\n');
    process.exit(1);
}

process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);
