export var __Terminal__ =  __class__ ('__Terminal__', [object], {
	__module__: __name__,
	get __init__ () {return __get__ (this, function (self, sink) {self.pending = ''; self.sink = sink;});},
	get write () {return __get__ (this, function (self, text) {
		if (typeof text !== 'string') throw py_TypeError ('write() argument must be str, not ' + py_typeof (text).__name__, new Error ());
		if (self.direct) {self.direct (text); return text.length;}
		var lines = self.pending + text, end = lines.lastIndexOf ('\n');
		if (end >= 0) self.emit (lines.slice (0, end));
		self.pending = end >= 0 ? lines.slice (end + 1) : lines;
		return text.length;
	});},
	get flush () {return __get__ (this, function (self) {if (self.pending) self.emit (self.pending); self.pending = '';});},
	emit: function (text) {if (this.sink === 'error') console.error (text); else console.log (text);},
	get print () {return __get__ (this, function (self) {
		var parts = [].slice.call (arguments, 1), last = parts [parts.length - 1];
		var sep = ' ', end = '\n', flush = false, stream = self;
		if (last && last.hasOwnProperty ('__kwargtrans__')) {
			parts.pop ();
			if (last.sep !== undefined && last.sep !== null) sep = last.sep;
			if (last.end !== undefined && last.end !== null) end = last.end;
			if (last.file !== undefined && last.file !== null) stream = last.file;
			flush = !!last.flush;
		}
		[['sep', sep], ['end', end]].forEach (function (pair) {if (typeof pair [1] !== 'string') throw py_TypeError (pair [0] + ' must be None or a string, not ' + py_typeof (pair [1]).__name__, new Error ());});
		if (stream.__class__ === __Terminal__) stream.write (parts.map (function (part) {return str (part);}).join (sep) + end);
		else {parts.forEach (function (part, i) {if (i) stream.write (sep); stream.write (str (part));}); stream.write (end);}  // as CPython calls file.write
		if (flush && stream.flush) stream.flush ();
	});},
	get input () {return __get__ (this, function (self) {throw NotImplementedError ('input() does not exist in games: read touches or use pyminis.tt', new Error ());});}
});
export var __terminal__ = __Terminal__ ();
export var print = __terminal__.print;
export var input = __terminal__.input;
