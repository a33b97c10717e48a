/**
 * The native-runtime emulator's worker: runs a native package's game.js with no DOM reachable.
 *
 * A dedicated Web Worker has no `document` and no `window`. Before game.js runs, this file
 * loads the SDK stand-in (runtime_js/simulator/sdk.js, the same recording stand-in the h5
 * preview uses), adds the emulated device to `TTMinis.game`, names it `tt` and `wx` as the
 * runtime does, and hides the worker's own web APIs (fetch, importScripts, navigator, …),
 * which a phone does not have either. Every uncaught error is reported to the page with the
 * author's message (errors.js), the Python line included when the package has a source map.
 *
 * Messages from the page: `init` (once, with the transferred screen canvas), `touch`,
 * `visibility`, `audio-event`, `request` ({id, op, args}) answered with `reply`, and `answer`
 * ({id, answer}): the page's answer to an `ask` this worker sent for a call whose outcome is
 * the page's to give at call time (`outcome` with `{ask: true}`).
 */
importScripts('profiles.js', 'errors.js', 'device.js', 'services.js', 'png.js', '../opendata/remote.js');

(() => {
  const emulator = globalThis.__pyminisEmulator;
  delete globalThis.__pyminisEmulator;
  const post = self.postMessage.bind(self);
  const tools = {
    fetch: self.fetch.bind(self),
    importScripts: self.importScripts.bind(self),
    createImageBitmap: self.createImageBitmap.bind(self),
    OffscreenCanvas: self.OffscreenCanvas,
    Context2D: self.OffscreenCanvasRenderingContext2D,
    FontFace: self.FontFace,
    fonts: self.fonts,
    URL: self.URL,
    AbortController: self.AbortController,
    performance: self.performance,
    requestAnimationFrame: self.requestAnimationFrame ? self.requestAnimationFrame.bind(self) : null,
    cancelAnimationFrame: self.cancelAnimationFrame ? self.cancelAnimationFrame.bind(self) : null,
  };
  /** Globals the worker had that a profile removed: a ReferenceError on one is a web API. */
  const removed = new Set();
  const deviceLog = [];
  const log = (entry) => deviceLog.push(entry);
  /** Script URL → (line, column) → Python `file:line`, for packages that ship source maps. */
  const maps = new Map();
  let device = null;
  let services = null;
  let screen = null;
  let frames = 0;
  let sdk = null; // the stand-in's TTMinis (a profile may hide the global from the game)
  /** Objects the game may draw whose pixels it must not read: object → its current bitmap. */
  const drawables = new WeakMap();
  let openData = null; // the game's side of the open data domain (runtime_js/opendata/remote.js)
  const openDataRemote = globalThis.pyminisOpenDataRemote;
  delete globalThis.pyminisOpenDataRemote;

  /**
   * An uncaught error: to the game's onError listeners (as the runtime family does:
   * `{message}` with the stack in it, minigame-api-typings ListenerError), and to the page with
   * the author's message (the Python line) and the raw name, message and stack (the simulator
   * asks the dev server for the Python traceback).
   */
  function report(error, fallback) {
    // The first frame in the author's Python (dev builds map game.js to it), not pyminis' own.
    const author = (at) => {
      const python = maps.get(at.url)?.(at.line, at.column);
      return !python || !/^pyminis:|transcrypt/.test(python);
    };
    const where = emulator.errors.place(error, fallback, author);
    const lookup = where ? maps.get(where.url) : null;
    const message = emulator.errors.describe(error, where, lookup, removed);
    const raw = { ...emulator.errors.nameAndMessage(error), stack: String((error && error.stack) || '') };
    post({ type: 'error', message, raw });
    if (device) {
      try {
        device.error({ message: `${raw.message}\n${raw.stack}`, stack: raw.stack });
      } catch (inListener) {
        post({ type: 'error', message: `an onError listener threw: ${inListener && inListener.message}`,
          raw: { name: 'Error', message: String(inListener), stack: String((inListener && inListener.stack) || '') } });
      }
    }
  }

  self.addEventListener('error', (event) => {
    event.preventDefault();
    report(event.error || { message: event.message }, event.filename
      ? { file: event.filename.split('/').pop(), url: event.filename, line: event.lineno, column: event.colno }
      : null);
  });
  self.addEventListener('unhandledrejection', (event) => {
    event.preventDefault();
    report(event.reason);
  });

  // The game's console reaches the page's log, where tests and the preview read it.
  for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
    const original = console[level].bind(console);
    console[level] = (...args) => {
      original(...args);
      post({ type: 'console', level, text: args.map((a) => (typeof a === 'string' ? a : safeText(a))).join(' ') });
    };
  }
  function safeText(value) {
    try { return JSON.stringify(value); } catch { return String(value); }
  }

  /** Load a script's source map (dev builds ship one) so errors can name the Python line. */
  async function loadMap(url) {
    try {
      const response = await tools.fetch(`${url}.map`);
      if (response.ok) maps.set(url, emulator.errors.sourceMapLookup(await response.json()));
    } catch { /* no map: errors name the game.js line only */ }
  }

  /**
   * Hide from the game what the profile's runtime does not have: the worker's web APIs a phone
   * lacks (`web`), or every global beyond ECMAScript's and the runtime's own (`ecmascript`).
   * @param {Object} profile  (profiles.js)
   */
  function hideWebGlobals(profile) {
    const before = new Set();
    for (let holder = globalThis; holder && holder !== Object.prototype; holder = Object.getPrototypeOf(holder)) {
      for (const name of Object.getOwnPropertyNames(holder)) before.add(name);
    }
    if (profile.globals === 'ecmascript') {
      const allowed = emulator.ECMASCRIPT_GLOBALS; // TTMinis too: WeChat and Douyin have only tt / wx
      emulator.stripGlobals((name) => allowed.has(name) || name.startsWith('pyminis') || name.startsWith('__pyminis'));
    } else {
      const names = ['navigator', 'location', 'fetch', 'XMLHttpRequest', 'importScripts', 'postMessage',
        'close', 'WebSocket', 'indexedDB', 'caches', 'OffscreenCanvas', 'createImageBitmap', 'FontFace',
        'fonts', 'Worker', 'EventSource', 'BroadcastChannel', 'onmessage'];
      if (!profile.performance) names.push('performance');
      emulator.stripGlobals((name) => !names.includes(name));
    }
    for (const name of before) if (!(name in globalThis)) removed.add(name);
  }

  /** Calls the emulated device answers even where the stand-in has an entry of that name. */
  const DEVICE_OWNED = new Set(['createCanvas', 'createImage', 'loadFont', 'getWindowInfo', 'onError', 'offError',
    'setPreferredFramesPerSecond', 'onTouchStart', 'offTouchStart', 'onTouchMove', 'offTouchMove',
    'onTouchEnd', 'offTouchEnd', 'onTouchCancel', 'offTouchCancel', 'createInnerAudioContext',
    'loadSubpackage']);

  /** When the stand-in keeps storage (`__state.storage`), show each change to the page. */
  function mirrorStandInStorage(game, initial) {
    const state = sdk.__state;
    if (!state || !state.storage || game.setStorageSync === services.api.setStorageSync) return;
    Object.assign(state.storage, JSON.parse(JSON.stringify(initial || {})));
    const mirror = () => post({ type: 'storage', entries: JSON.parse(JSON.stringify(state.storage)) });
    for (const name of ['setStorage', 'setStorageSync', 'removeStorage', 'removeStorageSync',
      'clearStorage', 'clearStorageSync']) {
      const call = game[name];
      if (typeof call !== 'function') continue;
      game[name] = (...args) => {
        const result = call(...args);
        mirror();
        return result;
      };
    }
    mirror();
  }

  /** Page visibility → the game's onShow/onHide, through the stand-in when it owns them. */
  function visibility(hidden) {
    const game = sdk.game;
    if (game.onShow !== device.api.onShow && typeof sdk.__emit === 'function') {
      sdk.__emit(hidden ? 'onHide' : 'onShow', hidden ? {} : game.getLaunchOptionsSync());
    } else {
      device.visibility(hidden);
    }
  }

  /** The runtime's animation frames, counted; with a timestamp or none (the profile). */
  function countFrames(profile) {
    const raf = tools.requestAnimationFrame;
    const caf = tools.cancelAnimationFrame || clearTimeout;
    globalThis.requestAnimationFrame = (callback) => {
      const run = () => {
        frames += 1;
        if (profile.frameArgument) callback(tools.performance.now());
        else callback();
      };
      return raf ? raf(run) : setTimeout(run, 1000 / 60);
    };
    globalThis.cancelAnimationFrame = caf;
  }

  async function start(init) {
    const profile = emulator.profiles[init.profile] || emulator.profiles.tiktok;
    screen = init.canvas;
    tools.importScripts(init.sdkUrl);
    sdk = globalThis.TTMinis;
    const game = sdk.game;
    delete game.init; // the native runtime has no init call (native-runtime.md "Globals")
    device = emulator.makeDevice({ screen, base: init.base, info: init.info, query: init.query, tools, log,
      png: emulator.png, profile, drawables });
    services = emulator.makeServices({ base: init.base, gameJson: init.gameJson, storage: init.storage,
      post, log, tools, loadedScript: (url) => { loadMap(url); } });
    const sdkInfo = typeof game.getSystemInfoSync === 'function' ? game.getSystemInfoSync : null;
    // The device owns the screen, input, images, audio and subpackages; the stand-in keeps
    // whatever else it implements (storage, lifecycle, network…), so its recording, its
    // outcomes and its state (`TTMinis.__state`) work here as in the h5 preview.
    for (const [name, call] of Object.entries({ ...device.api, ...services.api })) {
      if (DEVICE_OWNED.has(name) || typeof game[name] !== 'function') game[name] = call;
    }
    if (sdkInfo) {
      // The stand-in may choose language and theme (the simulator's switches).
      game.getSystemInfoSync = () => {
        const chosen = sdkInfo() || {};
        const own = device.api.getSystemInfoSync();
        for (const key of ['language', 'theme']) if (key in chosen) own[key] = chosen[key];
        return own;
      };
    }
    mirrorStandInStorage(game, init.storage);
    if (init.gameJson && init.gameJson.openDataContext) {
      // The open data domain runs beside the page (its own worker); the game reaches it by messages.
      openData = openDataRemote.gameSide(game, post, (name, params, answer) => sdk.__calls.push(
        { name, params: JSON.parse(JSON.stringify(params ?? null)), answer: JSON.parse(JSON.stringify(answer)) }),
      { sharedCanvasStyle: profile.sharedCanvasStyle, drawables });
    }
    // The family's clock: microseconds (minigame-api-typings, Performance.now).
    game.getPerformance = () => ({ now: () => tools.performance.now() * 1000 });
    globalThis.tt = game;
    globalThis.wx = game;
    globalThis.GameGlobal = globalThis;
    countFrames(profile);
    if (init.manualFrames) globalThis.__pyminisManualFrames = true;
    // Read by random.js and pyxel's rndi as they load: the same numbers as a seeded CPython run.
    if (typeof init.randomSeed === 'number') globalThis.__pyminisRandomSeed = init.randomSeed;
    const gameUrl = new tools.URL('game.js', init.base).href;
    await loadMap(gameUrl);
    hideWebGlobals(profile);
    try {
      tools.importScripts(gameUrl);
      post({ type: 'ready', ok: true });
    } catch (error) {
      report(error);
      post({ type: 'ready', ok: false });
    }
  }

  /** Summary of the screen's pixels: size, a hash, and how many colours a sample shows. */
  function pixels() {
    const context = screen.getContext('2d');
    const { data } = context.getImageData(0, 0, screen.width, screen.height);
    let hash = 2166136261;
    const colours = new Set();
    for (let i = 0; i < data.length; i += 4) {
      hash = Math.imul(hash ^ (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16)), 16777619) >>> 0;
      if (i % (4 * 97) === 0) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    }
    return { width: screen.width, height: screen.height, hash, colours: colours.size };
  }

  /**
   * An answer chosen per scope (the simulator's authorize): the first denied scope asked
   * denies the call; otherwise it is granted for every scope asked.
   */
  function scopedAnswer(byScope, params) {
    const asked = String(params?.scope || '').split(',').map((s) => s.trim()).filter(Boolean);
    const answers = asked.map((scope) => byScope[scope] || byScope['user.info.basic']);
    const denied = answers.find((answer) => answer && 'fail' in answer);
    if (denied) return JSON.parse(JSON.stringify(denied));
    const granted = JSON.parse(JSON.stringify(answers[0] || byScope['user.info.basic']));
    if (granted.ok && typeof granted.ok === 'object') granted.ok.scope = asked.join(',');
    return granted;
  }

  /** Calls waiting for the page's answer: ask id → resolve. */
  const asking = new Map();
  let nextAsk = 1;

  /**
   * The page's answer to a call, given when the call is made (the simulator's live rules: a
   * fresh login code each time, requests to the project's server, the pay sheet's webhook).
   * The params cross as plain data (the game's callbacks stay here); the answer `null` means
   * the stand-in's default. Only for calls with callbacks, whose answer may come later.
   */
  function askPage(name, params) {
    const id = nextAsk++;
    return new Promise((resolve) => {
      asking.set(id, resolve);
      post({ type: 'ask', id, name, params: JSON.parse(JSON.stringify(params ?? {})) });
    });
  }

  const platform = () => globalThis.pyminisPlatform;
  const ops = {
    calls: () => JSON.parse(JSON.stringify(sdk.__calls)),
    outcome: ([name, answer]) => {
      if (answer === null) delete sdk.__outcomes[name];
      else if (answer.ask) sdk.__outcomes[name] = (params) => askPage(name, params);
      else if (answer.byScope) sdk.__outcomes[name] = (params) => scopedAnswer(answer.byScope, params);
      else sdk.__outcomes[name] = () => JSON.parse(JSON.stringify(answer));
    },
    step: ([ms, count]) => {
      for (let i = 0; i < (count || 1); i += 1) { platform().__step(ms); frames += 1; }
    },
    inject: ([kind, x, y, id]) => platform().__touch(kind, x, y, id),
    pixels,
    pixel: ([x, y]) => Array.from(screen.getContext('2d').getImageData(x, y, 1, 1).data),
    stats: () => ({ ...device.stats, frames, deviceLog: deviceLog.slice() }),
  };

  self.addEventListener('message', (event) => {
    const message = event.data;
    if (message.type === 'init') start(message).catch((error) => report(error));
    else if (message.type === 'touch') device.touch(message.kind, message);
    else if (message.type === 'visibility') visibility(message.hidden);
    else if (message.type === 'opendata') openData?.receive(message);
    else if (message.type === 'audio-event') services.audioEvent(message.id, message.event, message.state, message.detail);
    else if (message.type === 'answer') {
      const resolve = asking.get(message.id);
      asking.delete(message.id);
      resolve?.(message.answer ?? null);
    }
    else if (message.type === 'request') {
      try {
        post({ type: 'reply', id: message.id, value: ops[message.op](message.args || []) });
      } catch (error) {
        post({ type: 'reply', id: message.id, error: String((error && error.message) || error) });
      }
    }
  });
})();
