// Hand-written JavaScript twins of kernels_py.py: what a JS programmer would write.

class Enemy {
    constructor(x, v) { this.x = x; this.v = v; }
    update(dt) { this.x += this.v * dt; }
}

/** @param {number} n */
function methodCalls(n) {
    const enemies = [];
    for (let i = 0; i < 100; i++) enemies.push(new Enemy(i, 1.5));
    for (let frame = 0; frame < n; frame++) {
        for (const e of enemies) e.update(0.016);
    }
    return enemies[0].x;
}

function enumerateLoop(n) {
    const xs = [];
    for (let i = 0; i < 100; i++) xs.push(i * 0.5);
    let total = 0;
    for (let frame = 0; frame < n; frame++) {
        xs.forEach((x, i) => { total += i * x; });
    }
    return total;
}

function fstrings(n) {
    let total = 0;
    for (let i = 0; i < n * 100; i++) {
        const s = `score: ${i} / ${i * 2}`;
        total += s.length;
    }
    return total;
}

function minmax(a, b) { return a < b ? [a, b] : [b, a]; }

function tupleReturns(n) {
    let total = 0;
    for (let i = 0; i < n * 100; i++) {
        const [lo, hi] = minmax(i, 500);
        total += hi - lo;
    }
    return total;
}

function listLoops(n) {
    const xs = [];
    for (let i = 0; i < 100; i++) xs.push(i * 0.25);
    for (let frame = 0; frame < n; frame++) {
        for (let i = 0; i < xs.length; i++) xs[i] = xs[i] * 0.5 + 1.0;
    }
    return xs[xs.length - 1];
}

function modulo(n) {
    let total = 0;
    for (let i = 0; i < n * 100; i++) total += i % 7;
    return total;
}

function lengths(n) {
    const xs = [1, 2, 3];
    let total = 0;
    for (let i = 0; i < n * 100; i++) total += xs.length;
    return total;
}

module.exports = {
    'method calls': methodCalls, 'enumerate': enumerateLoop, 'f-strings': fstrings,
    'tuple returns': tupleReturns, 'list loops': listLoops, '% (modulo)': modulo, 'len': lengths,
};
