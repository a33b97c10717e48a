/**
 * Emulator errors: turn what a game threw into the message an author can act on.
 *
 * A phone's native runtime has no DOM, so a game that reaches for `document` or `window`
 * dies with "document is not defined". The emulator names the name, the place in game.js and,
 * when the package ships its source map (dev builds), the Python line behind it.
 *
 * Loaded in the emulator worker with importScripts; exposes `__pyminisEmulator.errors`.
 */
(() => {
  /** Browser globals a native runtime does not have: touching one is a DOM (or web) access. */
  const BROWSER_ONLY = new Set([
    'document', 'window', 'navigator', 'location', 'history', 'localStorage', 'sessionStorage',
    'Image', 'Audio', 'HTMLElement', 'HTMLCanvasElement', 'HTMLImageElement', 'alert', 'prompt',
    'confirm', 'XMLHttpRequest', 'fetch', 'FontFace', 'OffscreenCanvas', 'indexedDB', 'Worker',
    'importScripts', 'postMessage', 'WebSocket',
  ]);

  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

  /** Decode one line of a source map's `mappings` into [column, source, line] segments. */
  function decodeLines(mappings) {
    const lines = [];
    let source = 0;
    let line = 0;
    for (const text of mappings.split(';')) {
      const segments = [];
      let column = 0;
      for (const part of text.split(',')) {
        if (!part) continue;
        const values = [];
        let shift = 0;
        let value = 0;
        for (const char of part) {
          const digit = B64.indexOf(char);
          value += (digit & 31) << shift;
          if (digit & 32) { shift += 5; continue; }
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          shift = 0;
          value = 0;
        }
        column += values[0];
        if (values.length >= 4) {
          source += values[1];
          line += values[2];
          segments.push([column, source, line]);
        }
      }
      lines.push(segments);
    }
    return lines;
  }

  /**
   * A source-map lookup: generated (1-based line, 1-based column) → `file:line` of the
   * original (the author's Python in pyminis bundles), or null.
   * @param {{sources: string[], mappings: string}} map
   */
  function sourceMapLookup(map) {
    const lines = decodeLines(map.mappings || '');
    return (line, column) => {
      const segments = lines[line - 1] || [];
      let best = null;
      for (const segment of segments) {
        if (segment[0] <= column - 1) best = segment;
      }
      best = best || segments[0];
      return best ? `${map.sources[best[1]]}:${best[2] + 1}` : null;
    };
  }

  /**
   * The first `file.js:line:column` of a stack that belongs to the package, preferring the
   * first that `author` accepts (a frame of the author's code rather than of a runtime that
   * raised on its behalf, such as Transcrypt's exception constructors).
   * @param {*} error
   * @param {?Object} fallback
   * @param {function(Object): boolean} [author]
   */
  function place(error, fallback, author = () => true) {
    const stack = (error && error.stack) || '';
    const frames = /(?:https?:\/\/[^\s)]*\/)?([^\s/()]+\.js):(\d+):(\d+)/g;
    let first = null;
    for (let found = frames.exec(stack); found; found = frames.exec(stack)) {
      if (/emulator|sdk\.js/.test(found[0])) continue;
      const where = { file: found[1], url: found[0].replace(/:\d+:\d+$/, ''), line: +found[2], column: +found[3] };
      if (author(where)) return where;
      first = first || where;
    }
    return first || fallback || null;
  }

  /**
   * The name and message of anything thrown: a JS error, or a compiled Python exception (a
   * Transcrypt object whose prototype is a function: String() of it throws TypeError).
   * @param {*} error
   * @returns {{name: string, message: string}}
   */
  function nameAndMessage(error) {
    let name = 'Error';
    let message = '';
    try {
      if (error && error.__class__ && error.__class__.__name__) name = String(error.__class__.__name__);
      else if (error && typeof error.name === 'string' && error.name) name = error.name;
    } catch { /* keep Error */ }
    try {
      if (error && typeof error.message === 'string' && error.message) message = error.message;
      else if (error && typeof error.__str__ === 'function') message = String(error.__str__());
      else message = String(error);
    } catch {
      message = Object.prototype.toString.call(error);
    }
    return { name, message };
  }

  /**
   * The author's message for a thrown value.
   * @param {*} error
   * @param {{file: string, line: number, column: number}|null} where
   * @param {?function(number, number): ?string} python  game.js position → Python file:line
   * @param {Set<string>} [removed]  Globals the emulator's profile took away (web APIs).
   */
  function describe(error, where, python, removed) {
    const { name, message: text } = nameAndMessage(error);
    const pythonAt = where && python ? python(where.line, where.column) : null;
    const at = where ? ` at ${where.file}:${where.line}:${where.column}` : '';
    const source = pythonAt ? ` (Python: ${pythonAt})` : '';
    const missing = /^(\w+) is not defined$/.exec(text);
    if (name === 'ReferenceError' && missing && BROWSER_ONLY.has(missing[1])) {
      return `the game touched \`${missing[1]}\`${at}${source}, but the native runtime has no DOM `
        + '(no document, window or other browser objects), as on a phone. Fix: draw on the canvas '
        + 'from tt.createCanvas() (pyminis.engine does) and use pyminis.tt and the platform APIs '
        + `instead of ${missing[1]}; build with --target h5 for a browser page.`;
    }
    if (name === 'ReferenceError' && missing && removed && removed.has(missing[1])) {
      return `the game used \`${missing[1]}\`${at}${source}, a web API the native runtime does not `
        + 'promise (its globals are ECMAScript\'s and the runtime\'s own: tt, console, the timers, '
        + `requestAnimationFrame). Fix: do without ${missing[1]}, or reach it through pyminis.tt and the `
        + 'platform APIs; docs/native-runtimes.md lists what every runtime of the family has.';
    }
    return `the game threw ${name}: ${text}${at}${source}`;
  }

  globalThis.__pyminisEmulator = Object.assign(globalThis.__pyminisEmulator || {}, {
    errors: { describe, place, sourceMapLookup, nameAndMessage, BROWSER_ONLY },
  });
})();
