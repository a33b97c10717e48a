// Python's built-in exceptions, spliced into Transcrypt's compiled runtime in place of its own
// (pyminis/guard/runtime_fixes.py): CPython's hierarchy (LookupError, ArithmeticError… are real
// bases), every argument kept (`repr(ValueError('a', 1))`, `e.args`), `str(KeyError(k))` is
// `repr(k)`, `__cause__`/`__context__`. Not a module: it runs inside the runtime, whose
// `__class__`, `object`, `tuple`, `repr` and `str` it uses. Runtime code raises with a JS Error
// last (`ValueError(message, new Error())`): its stack is kept and it is not an argument.
// Each class is its own `export var X = __class__ (…)` statement, so the bundle's prune drops
// the ones a game never names; keep this file shorter than the runtime text it replaces.

/** The arguments of an exception: a trailing JS Error (its stack) and keyword marker dropped. */
function exceptionArgs (self, args) {
	args = [].slice.call (args);
	if (args.length && args [args.length - 1] && args [args.length - 1].hasOwnProperty ('__kwargtrans__')) {
		args.pop ();
	}
	if (args [args.length - 1] instanceof Error) {
		self.stack = args.pop ().stack;
	}
	else if (self.stack === undefined) {
		self.stack = new Error ().stack;
	}
	self.__args__ = tuple (args);
}
export var BaseException =  __class__ ('BaseException', [object], {
	__module__: 'builtins', __cause__: null, __context__: null, __suppress_context__: false, __traceback__: null,
	// As CPython's BaseException.__new__: `args` holds the call's arguments even when a
	// subclass's __init__ never calls the base's.
	__new__: function (args) {
		const self = Object.create (this, {__class__: {value: this, enumerable: true, configurable: true}});
		exceptionArgs (self, args);
		this.__init__.apply (null, [self].concat (args));
		return self;
	},
	__init__: function (self) {exceptionArgs (self, [].slice.call (arguments, 1));},
	get args () {return this.__args__;},
	set args (value) {this.__args__ = tuple (value);},
	__repr__: function () {
		const args = this.__args__;
		return this.__class__.__name__ + (args.length === 1 ? '(' + repr (args [0]) + ')' : repr (args));
	},
	__str__: function () {
		const args = this.__args__;
		return args.length === 0 ? '' : args.length === 1 ? str (args [0]) : str (args);
	},
	with_traceback: function (tb) {this.__traceback__ = tb; return this;}
});
export var SystemExit =  __class__ ('SystemExit', [BaseException], {
	__module__: 'builtins',
	get code () {return this.__args__.length ? this.__args__ [0] : null;}
});
export var KeyboardInterrupt =  __class__ ('KeyboardInterrupt', [BaseException], {__module__: 'builtins'});
export var GeneratorExit =  __class__ ('GeneratorExit', [BaseException], {__module__: 'builtins'});
export var Exception =  __class__ ('Exception', [BaseException], {__module__: 'builtins'});
export var ArithmeticError =  __class__ ('ArithmeticError', [Exception], {__module__: 'builtins'});
export var ZeroDivisionError =  __class__ ('ZeroDivisionError', [ArithmeticError], {__module__: 'builtins'});
export var OverflowError =  __class__ ('OverflowError', [ArithmeticError], {__module__: 'builtins'});
export var FloatingPointError =  __class__ ('FloatingPointError', [ArithmeticError], {__module__: 'builtins'});
export var AssertionError =  __class__ ('AssertionError', [Exception], {__module__: 'builtins'});
export var AttributeError =  __class__ ('AttributeError', [Exception], {__module__: 'builtins'});
export var BufferError =  __class__ ('BufferError', [Exception], {__module__: 'builtins'});
export var EOFError =  __class__ ('EOFError', [Exception], {__module__: 'builtins'});
export var ImportError =  __class__ ('ImportError', [Exception], {__module__: 'builtins'});
export var ModuleNotFoundError =  __class__ ('ModuleNotFoundError', [ImportError], {__module__: 'builtins'});
export var LookupError =  __class__ ('LookupError', [Exception], {__module__: 'builtins'});
export var IndexError =  __class__ ('IndexError', [LookupError], {__module__: 'builtins'});
export var KeyError =  __class__ ('KeyError', [LookupError], {
	__module__: 'builtins',
	__str__: function () {
		return this.__args__.length === 1 ? repr (this.__args__ [0]) : BaseException.__str__.call (this);
	}
});
export var MemoryError =  __class__ ('MemoryError', [Exception], {__module__: 'builtins'});
export var NameError =  __class__ ('NameError', [Exception], {__module__: 'builtins'});
export var UnboundLocalError =  __class__ ('UnboundLocalError', [NameError], {__module__: 'builtins'});
// OSError(errno, strerror[, filename[, winerror[, filename2]]]): args (errno, strerror), str `[Errno 2] …: 'f'`.
export var OSError =  __class__ ('OSError', [Exception], {
	__module__: 'builtins',
	__init__: function (self) {const a = [].slice.call (arguments, 1); exceptionArgs (self, a); const n = self.__args__.length; if (n >= 2 && n <= 5) {self.__pm_os = self.__args__; self.__args__ = tuple (self.__args__.slice (0, 2));}},
	get errno () {return this.__pm_os ? this.__pm_os [0] : null;}, get strerror () {return this.__pm_os ? this.__pm_os [1] : null;},
	get filename () {return this.__pm_os && this.__pm_os.length > 2 ? this.__pm_os [2] : null;},
	get filename2 () {return this.__pm_os && this.__pm_os.length > 4 ? this.__pm_os [4] : null;},
	__str__: function () {
		const os = this.__pm_os, f = this.filename, f2 = this.filename2;
		return !os ? BaseException.__str__.call (this) : '[Errno ' + str (os [0]) + '] ' + str (os [1]) + (f !== null ? ': ' + repr (f) + (f2 !== null ? ' -> ' + repr (f2) : '') : '');
	}
});
export var ConnectionError =  __class__ ('ConnectionError', [OSError], {__module__: 'builtins'});
export var TimeoutError =  __class__ ('TimeoutError', [OSError], {__module__: 'builtins'});
export var FileNotFoundError =  __class__ ('FileNotFoundError', [OSError], {__module__: 'builtins'});
export var RuntimeError =  __class__ ('RuntimeError', [Exception], {__module__: 'builtins'});
export var NotImplementedError =  __class__ ('NotImplementedError', [RuntimeError], {__module__: 'builtins'});
export var RecursionError =  __class__ ('RecursionError', [RuntimeError], {__module__: 'builtins'});
export var StopIteration =  __class__ ('StopIteration', [Exception], {
	__module__: 'builtins',
	get value () {return this.__args__.length ? this.__args__ [0] : null;}
});
export var StopAsyncIteration =  __class__ ('StopAsyncIteration', [Exception], {__module__: 'builtins'});
export var py_TypeError =  __class__ ('py_TypeError', [Exception], {__module__: 'builtins'});
// Transcrypt's runtime raises it for `iter()` of what cannot be iterated: CPython's TypeError.
export var IterableError =  __class__ ('py_TypeError', [py_TypeError], {
	__module__: 'builtins',
	__init__: function (self, error) {BaseException.__init__ (self, 'object is not iterable', error);}
});
export var ValueError =  __class__ ('ValueError', [Exception], {__module__: 'builtins'});
export var UnicodeError =  __class__ ('UnicodeError', [ValueError], {__module__: 'builtins'});
// A JavaScript error that is none of Python's (a platform call failing): see pmrt/errors.js.
export var JavaScriptError =  __class__ ('JavaScriptError', [Exception], {__module__: 'builtins'});
export var Warning =  __class__ ('Warning', [Exception], {__module__: 'builtins'});
export var UserWarning =  __class__ ('UserWarning', [Warning], {__module__: 'builtins'});
export var DeprecationWarning =  __class__ ('DeprecationWarning', [Warning], {__module__: 'builtins'});
export var RuntimeWarning =  __class__ ('RuntimeWarning', [Warning], {__module__: 'builtins'});
// (the builtin types Transcrypt makes without `__class__`: CPython's qualname and module)
for (const t of [bool, list, tuple, str]) Object.assign (t, {__qualname__: t.__name__, __module__: 'builtins'});
