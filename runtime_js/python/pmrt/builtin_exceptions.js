// The rest of CPython's built-in exceptions, in its hierarchy (one statement each: the bundle's
// prune drops those a game never names). Not in errors.js: Transcrypt's runtime imports that
// file (through dicts.js) before its own classes exist.
import {
    __class__, ConnectionError, Exception, OSError, UnicodeError, Warning,
} from '../org.transcrypt.__runtime__.js';

export {OSError as IOError, OSError as EnvironmentError} from '../org.transcrypt.__runtime__.js';
export const BlockingIOError = __class__('BlockingIOError', [OSError], {__module__: 'builtins'});
export const ChildProcessError = __class__('ChildProcessError', [OSError], {__module__: 'builtins'});
export const FileExistsError = __class__('FileExistsError', [OSError], {__module__: 'builtins'});
export const InterruptedError = __class__('InterruptedError', [OSError], {__module__: 'builtins'});
export const IsADirectoryError = __class__('IsADirectoryError', [OSError], {__module__: 'builtins'});
export const NotADirectoryError = __class__('NotADirectoryError', [OSError], {__module__: 'builtins'});
export const PermissionError = __class__('PermissionError', [OSError], {__module__: 'builtins'});
export const ProcessLookupError = __class__('ProcessLookupError', [OSError], {__module__: 'builtins'});
export const BrokenPipeError = __class__('BrokenPipeError', [ConnectionError], {__module__: 'builtins'});
export const ConnectionAbortedError = __class__('ConnectionAbortedError', [ConnectionError], {__module__: 'builtins'});
export const ConnectionRefusedError = __class__('ConnectionRefusedError', [ConnectionError], {__module__: 'builtins'});
export const ConnectionResetError = __class__('ConnectionResetError', [ConnectionError], {__module__: 'builtins'});
// (JavaScript's own SyntaxError is a global: without this one, `raise SyntaxError(…)` raised it.)
export const SyntaxError = __class__('SyntaxError', [Exception], {__module__: 'builtins'});
export const IndentationError = __class__('IndentationError', [SyntaxError], {__module__: 'builtins'});
export const TabError = __class__('TabError', [IndentationError], {__module__: 'builtins'});
export const SystemError = __class__('SystemError', [Exception], {__module__: 'builtins'});
export const UnicodeDecodeError = __class__('UnicodeDecodeError', [UnicodeError], {__module__: 'builtins'});
export const UnicodeEncodeError = __class__('UnicodeEncodeError', [UnicodeError], {__module__: 'builtins'});
export const UnicodeTranslateError = __class__('UnicodeTranslateError', [UnicodeError], {__module__: 'builtins'});
export const PendingDeprecationWarning = __class__('PendingDeprecationWarning', [Warning], {__module__: 'builtins'});
export const SyntaxWarning = __class__('SyntaxWarning', [Warning], {__module__: 'builtins'});
export const FutureWarning = __class__('FutureWarning', [Warning], {__module__: 'builtins'});
export const ImportWarning = __class__('ImportWarning', [Warning], {__module__: 'builtins'});
export const UnicodeWarning = __class__('UnicodeWarning', [Warning], {__module__: 'builtins'});
export const BytesWarning = __class__('BytesWarning', [Warning], {__module__: 'builtins'});
export const ResourceWarning = __class__('ResourceWarning', [Warning], {__module__: 'builtins'});
export const EncodingWarning = __class__('EncodingWarning', [Warning], {__module__: 'builtins'});
