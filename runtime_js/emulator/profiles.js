/**
 * Emulator profiles: which runtime of the WeChat / Douyin family the emulator plays.
 *
 * `tiktok` is the runtime TikTok's pages describe (and the emulator's behaviour before
 * profiles existed): a global `performance`, frame callbacks with a timestamp, touch points
 * with screenX/screenY, a main-context shared canvas placed by CSS `style` (003/004) beside
 * `getOpenDataContext().canvas`, friend data in 004's shape.
 * `strict` is the strictest the family's public typings allow (docs/native-runtimes.md): no
 * `performance` (only `getPerformance()`, in microseconds), frame callbacks without an
 * argument, touch points with clientX/clientY only and timeStamps in another time base, no
 * global beyond ECMAScript's and the runtime's own, pixelRatio 2 and no `devicePixelRatio`
 * field, the open data canvas only through `getOpenDataContext().canvas` (drawn by the game),
 * cloud storage answered in WeChat's shape (`KVDataList`, `nickname`, `openid`).
 *
 * Loaded with importScripts in the emulator's workers, and by host.js in the page;
 * exposes `__pyminisEmulator.profiles` and `__pyminisEmulator.ECMASCRIPT_GLOBALS`.
 */
(() => {
  /**
   * @typedef {Object} Profile
   * @property {boolean} performance  A global `performance` in the game's context.
   * @property {boolean} frameArgument  Frame callbacks get a timestamp.
   * @property {'screen'|'client'} touchFields  Which coordinates a touch point carries.
   * @property {'page'|'epoch'} timeStamps  Touch events' time base.
   * @property {'web'|'ecmascript'} globals  'web': the worker's web APIs a phone lacks are
   *   hidden (fetch, navigator…), the rest stays; 'ecmascript': only ECMAScript's globals and
   *   the runtime's own remain.
   * @property {?number} pixelRatio  Fixed pixel ratio, or null for the browser's.
   * @property {boolean} devicePixelRatio  getSystemInfoSync also names it `devicePixelRatio`.
   * @property {boolean} sharedCanvasStyle  The main context has getSharedCanvas() with a CSS
   *   `style` the platform places (003/004); otherwise only getOpenDataContext().canvas.
   * @property {'tiktok'|'wechat'} cloudShape  Friend and player cloud data shape.
   */

  /** @type {Record<string, Profile>} */
  const profiles = {
    tiktok: { performance: true, frameArgument: true, touchFields: 'screen', timeStamps: 'page',
      globals: 'web', pixelRatio: null, devicePixelRatio: true, sharedCanvasStyle: true,
      cloudShape: 'tiktok' },
    strict: { performance: false, frameArgument: false, touchFields: 'client', timeStamps: 'epoch',
      globals: 'ecmascript', pixelRatio: 2, devicePixelRatio: false, sharedCanvasStyle: false,
      cloudShape: 'wechat' },
  };

  /**
   * ECMAScript's global names (ECMA-262 "Global Object", ECMA-402 `Intl`), plus what every
   * runtime of the family declares globally (minigame-api-typings index.d.ts): console, the
   * timers, animation frames, GameGlobal. Everything else is a web API a phone may lack.
   */
  const ECMASCRIPT_GLOBALS = new Set([
    'globalThis', 'Infinity', 'NaN', 'undefined', 'eval', 'isFinite', 'isNaN', 'parseFloat',
    'parseInt', 'decodeURI', 'decodeURIComponent', 'encodeURI', 'encodeURIComponent', 'escape',
    'unescape', 'AggregateError', 'Array', 'ArrayBuffer', 'Atomics', 'BigInt', 'BigInt64Array',
    'BigUint64Array', 'Boolean', 'DataView', 'Date', 'Error', 'EvalError', 'FinalizationRegistry',
    'Float16Array', 'Float32Array', 'Float64Array', 'Function', 'Int8Array', 'Int16Array',
    'Int32Array', 'Iterator', 'JSON', 'Map', 'Math', 'Number', 'Object', 'Promise', 'Proxy',
    'RangeError', 'ReferenceError', 'Reflect', 'RegExp', 'Set', 'SharedArrayBuffer', 'String',
    'Symbol', 'SyntaxError', 'TypeError', 'Uint8Array', 'Uint8ClampedArray', 'Uint16Array',
    'Uint32Array', 'URIError', 'WeakMap', 'WeakRef', 'WeakSet', 'Intl',
    'DisposableStack', 'AsyncDisposableStack', 'SuppressedError',
    // declared by the runtime family
    'console', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
    'requestAnimationFrame', 'cancelAnimationFrame', 'GameGlobal', 'tt', 'wx',
    // Object.prototype's own members (ECMAScript): the global object inherits them
    'constructor', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString',
    'toString', 'valueOf', '__proto__', '__defineGetter__', '__defineSetter__', '__lookupGetter__',
    '__lookupSetter__',
  ]);

  /**
   * Remove from a worker's global object (and its prototypes up to Object.prototype) every name
   * `keep` does not allow. Returns the names that could not be removed.
   * @param {(name: string) => boolean} keep
   * @returns {string[]}
   */
  function stripGlobals(keep) {
    const stuck = [];
    for (let holder = globalThis; holder && holder !== Object.prototype; holder = Object.getPrototypeOf(holder)) {
      for (const name of Object.getOwnPropertyNames(holder)) {
        if (keep(name)) continue;
        try {
          if (!delete holder[name]) stuck.push(name);
        } catch {
          stuck.push(name);
        }
      }
    }
    return stuck;
  }

  globalThis.__pyminisEmulator = Object.assign(globalThis.__pyminisEmulator || {},
    { profiles, ECMASCRIPT_GLOBALS, stripGlobals });
})();
