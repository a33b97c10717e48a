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

function dictFields(n) {
    const s = {x: 0.0, y: 0.0, vx: 1.5, vy: 0.5};
    for (let i = 0; i < n * 100; i++) {
        s.x += s.vx * 0.016;
        s.y += s.vy * 0.016;
    }
    return s.x + s.y;
}

function dictCounting(n) {
    const counts = new Map();
    for (let i = 0; i < n * 100; i++) {
        const k = i % 97;
        counts.set(k, (counts.get(k) || 0) + 1);
    }
    return counts.get(5);
}

function tupleKeys(n) {
    const grid = new Map();
    for (let x = 0; x < 20; x++) for (let y = 0; y < 20; y++) grid.set(`${x},${y}`, x + y);
    let total = 0;
    for (let frame = 0; frame < Math.floor(n / 4); frame++) {
        for (let x = 0; x < 20; x++) for (let y = 0; y < 20; y++) total += grid.get(`${x},${y}`);
    }
    return total;
}

function setMembership(n) {
    const seen = new Set();
    let hits = 0;
    for (let i = 0; i < n * 100; i++) {
        const k = (i * 7) % 1000;
        if (seen.has(k)) hits++;
        else seen.add(k);
    }
    return hits;
}

module.exports = {
    'method calls': methodCalls, 'enumerate': enumerateLoop, 'f-strings': fstrings,
    'tuple returns': tupleReturns, 'list loops': listLoops, '% (modulo)': modulo, 'len': lengths,
    'dict fields': dictFields, 'dict counting': dictCounting, 'tuple keys': tupleKeys,
    'set membership': setMembership,
};
