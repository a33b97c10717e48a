// str and list methods Transcrypt lacks (it extends the same prototypes for the others).
import {ValueError, tuple} from '../org.transcrypt.__runtime__.js';
import {define} from './shared.js';
import {_pm_eq} from './compare.js';

define(Array.prototype, 'count', function (x) { let n = 0; for (const y of this) if (_pm_eq(x, y)) n++; return n; });
define(String.prototype, 'count', function (sub) {
    if (sub.length === 0) return this.length + 1;
    let n = 0, i = 0;
    while ((i = this.indexOf(sub, i)) >= 0) { n++; i += sub.length; }
    return n;
});
define(String.prototype, 'index', function (sub, start) {
    const i = this.indexOf(sub, start || 0);
    if (i < 0) throw ValueError('substring not found', new Error());
    return i;
});
define(String.prototype, 'center', function (width, fill = ' ') {
    const pad = width - this.length;
    if (pad <= 0) return String(this);
    const left = (pad >> 1) + (pad & width & 1);
    return fill.repeat(left) + this + fill.repeat(pad - left);
});
define(String.prototype, 'zfill', function (width) {
    const sign = this[0] === '-' || this[0] === '+' ? this[0] : '';
    const body = sign ? this.slice(1) : String(this);
    return sign + '0'.repeat(Math.max(0, width - this.length)) + body;
});
define(String.prototype, 'ljust', function (width, fill = ' ') { return this + fill.repeat(Math.max(0, width - this.length)); });
define(String.prototype, 'rjust', function (width, fill = ' ') { return fill.repeat(Math.max(0, width - this.length)) + this; });
define(String.prototype, 'title', function () {
    return this.toLowerCase().replace(/(^|[^a-zA-Z])([a-z])/g, (m, p, c) => p + c.toUpperCase());
});
define(String.prototype, 'partition', function (sep) {
    const i = this.indexOf(sep);
    return i < 0 ? tuple([String(this), '', '']) : tuple([this.slice(0, i), sep, this.slice(i + sep.length)]);
});
define(String.prototype, 'rpartition', function (sep) {
    const i = this.lastIndexOf(sep);
    return i < 0 ? tuple(['', '', String(this)]) : tuple([this.slice(0, i), sep, this.slice(i + sep.length)]);
});
