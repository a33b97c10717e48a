// How Python numbers live in JavaScript (docs/architecture.md, "Value model"):
//   bool  — a JS boolean;
//   int   — a JS number with an integral value within ±(2**53 - 1), never -0; a BigInt beyond;
//   float — a JS number, except that an integral finite float, held where the compiler has not
//           proved that only floats live, is a PyFloat: a raw integral number there is an int.
// A raw non-integral number, NaN, ±Infinity and -0 can only be floats.

/** A Python float with an integral value (2.0), kept apart from the int 2. */
export class PyFloat {
    /** @param {number} value */
    constructor(value) { this.value = value; }
    /** JavaScript arithmetic and the canvas read the number. */
    valueOf() { return this.value; }
    toJSON() { return this.value; }
}

/** @param {*} x @returns {boolean} a PyFloat */
export function isPyFloat(x) { return x instanceof PyFloat; }
