// Prelude for `pyminis run` under node: an uncaught Python exception ends the script the way
// CPython does (a traceback line naming the exception on stderr, exit status 1).

/**
 * @param {*} error what was thrown: a Transcrypt exception object or a JS Error
 * @returns {string} `Name: message`, as CPython's last traceback line
 */
function describe(error) {
    if (error && error.__class__ && error.__class__.__name__) {
        const args = error.__args__ || [];
        let message = args.length ? String(args[0]) : '';
        // CPython shows a KeyError's key as its repr.
        if (error.__class__.__name__ === 'KeyError' && typeof args[0] === 'string' && !/^'.*'$/.test(message)) {
            message = `'${message}'`;
        }
        return message ? `${error.__class__.__name__}: ${message}` : error.__class__.__name__;
    }
    return `JavaScriptError: ${error && error.stack ? error.stack : String(error)}`;
}

function fail(error) {
    process.stderr.write('Traceback (most recent call last):\n' + describe(error) + '\n');
    process.exit(1);
}

process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);
