/**
 * Native-runtime platform backend: the platform interface (interface.js) over the native
 * globals `tt` / `wx` / `TTMinis.game` (platform-docs/native-runtime.md).
 *
 * Mostly a pass-through, written for every variation of the WeChat / Douyin runtime family
 * TikTok's native runtime follows (docs/native-runtimes.md has the sources):
 *   - the API object is the global `tt`, `GameGlobal.tt`, `wx` (or `GameGlobal.wx`) or
 *     `TTMinis.game`; a `tt` found only on GameGlobal is made a global, so every caller
 *     (pyminis.tt) finds it;
 *   - the clock is the global `performance` (milliseconds), else `getPerformance()` (whose
 *     `now()` counts microseconds on phones and milliseconds in some developer tools: the unit
 *     is checked against `Date`), else `Date`; the platform's `now()` is always milliseconds;
 *   - frame callbacks may get a timestamp or nothing, in an unknown time base and unit: the
 *     game's time follows the timestamps' steps where they look like milliseconds, else the
 *     clock, and the game's callbacks get that time, so frame times and `now()` agree;
 *   - touch points carry `clientX/clientY` (WeChat) or `screenX/screenY` (Douyin, TikTok);
 *   - window size from `getWindowInfo()` where present, else `getSystemInfoSync()`.
 * It uses no web global (no URL, TextEncoder, atob, structuredClone, crypto, document, window):
 * only ECMAScript and the runtime's API (tests/native/test_family_runtime.py runs every example
 * in such a context).
 *
 * It adds what the interface promises and the runtime does not: an on-screen canvas sized to
 * the window times pixelRatio, JSON-plain storage values (Transcrypt dicts carry hidden
 * properties), audio interruptions, and the manual-stepping hooks tests use (`__step`,
 * `__touch`, `__visibility`).
 */
(() => {
  const host = typeof GameGlobal !== 'undefined' && GameGlobal ? GameGlobal : globalThis;
  const api = globalThis.tt || host.tt || globalThis.wx || host.wx
    || (globalThis.TTMinis && globalThis.TTMinis.game);
  if (!api || typeof api.createCanvas !== 'function') {
    throw new Error('pyminis: this game.js is the native-runtime build and found no native API '
      + '(tt / wx / TTMinis.game with createCanvas). Run it in the TikTok app or the pyminis '
      + 'emulator; for a browser, build with --target h5.');
  }
  // pyminis.tt looks for the global `tt`: give it the one GameGlobal holds.
  if (typeof tt === 'undefined' && host.tt === api) globalThis.tt = api;

  const manual = globalThis.__pyminisManualFrames === true;
  const has = (name) => typeof api[name] === 'function';
  const kinds = ['touchstart', 'touchmove', 'touchend', 'touchcancel', 'show', 'hide',
    'interruptionbegin', 'interruptionend'];
  /** @type {Record<string, Function[]>} */
  const listeners = Object.fromEntries(kinds.map((kind) => [kind, []]));

  function fire(kind, payload) {
    for (const callback of listeners[kind].slice()) callback(payload);
  }

  function on(kind) { return (callback) => { listeners[kind].push(callback); }; }
  function off(kind) {
    return (callback) => {
      const at = listeners[kind].indexOf(callback);
      if (at >= 0) listeners[kind].splice(at, 1);
    };
  }

  // -- time ---------------------------------------------------------------------------------
  /**
   * A monotonic millisecond clock over `read`, whose unit is `scale` milliseconds. With
   * `check`, the unit is compared with Date's once 200 ms have passed: a source that keeps
   * Date's pace (ratio 0.5..2) counts milliseconds whatever it claimed (WeChat's developer
   * tool answers getPerformance() in milliseconds, phones in microseconds).
   * @param {() => number} read
   * @param {number} scale
   * @param {boolean} check
   * @returns {() => number}
   */
  function monotonic(read, scale, check) {
    const firstRaw = read();
    const firstDate = Date.now();
    let anchorRaw = firstRaw;
    let anchorMs = 0;
    let last = 0;
    let checked = !check;
    return () => {
      const raw = read();
      if (!checked) {
        const wall = Date.now() - firstDate;
        if (wall >= 200) {
          checked = true;
          const ratio = (raw - firstRaw) / wall;
          if (scale !== 1 && ratio > 0.5 && ratio < 2) {
            anchorMs = last;
            anchorRaw = raw;
            scale = 1;
          }
        }
      }
      const ms = anchorMs + (raw - anchorRaw) * scale;
      if (ms > last) last = ms;
      return last;
    };
  }

  function makeClock() {
    const web = globalThis.performance;
    if (web && typeof web.now === 'function') return monotonic(() => web.now(), 1, false);
    const own = has('getPerformance') ? api.getPerformance() : null;
    if (own && typeof own.now === 'function') return monotonic(() => own.now(), 0.001, true);
    return monotonic(() => Date.now(), 1, false);
  }

  const realNow = makeClock();
  let clock = 0; // manual mode's virtual clock

  // The game's time: advanced at each frame by the runtime's timestamps when they look like
  // milliseconds between frames (0 < step <= 1100), else by the clock; between frames, the
  // clock's progress since the last frame. So time follows whichever of the two the runtime
  // keeps (a runtime that drives frames by its own timeline, or one with bare callbacks),
  // a microsecond or foreign-based timestamp cannot warp it, and it never goes back.
  let frameTime = 0; // the game's time at the last frame
  let frameClock = null; // realNow() at the last frame
  let lastStamp = null; // the runtime's timestamp at the last frame
  let lastGiven = 0; // the last time handed out

  function gameNow() {
    const elapsed = frameClock === null ? realNow() : frameTime + Math.max(0, realNow() - frameClock);
    lastGiven = Math.max(lastGiven, elapsed);
    return lastGiven;
  }

  /** The game's time for a frame the runtime called back with `stamp` (maybe undefined). */
  function frameNow(stamp) {
    const clockNow = realNow();
    const stamped = typeof stamp === 'number' && Number.isFinite(stamp);
    if (frameClock === null) frameTime = Math.max(lastGiven, clockNow);
    else {
      const byStamp = stamped && lastStamp !== null ? stamp - lastStamp : NaN;
      const step = byStamp > 0 && byStamp <= 1100 ? byStamp : clockNow - frameClock;
      frameTime = Math.max(frameTime + step, lastGiven);
    }
    frameClock = clockNow;
    lastStamp = stamped ? stamp : null;
    lastGiven = frameTime;
    return frameTime;
  }

  const now = () => (manual ? clock : gameNow());

  // -- frames: the game's callbacks run in one runtime frame, with `now()` ------------------
  const globalRaf = globalThis.requestAnimationFrame || host.requestAnimationFrame;
  const runtimeRaf = typeof globalRaf === 'function' ? (callback) => globalRaf(callback)
    : has('requestAnimationFrame') ? (callback) => api.requestAnimationFrame(callback) : null;
  let nextId = 1;
  /** @type {Map<number, Function>} */
  let queued = new Map();
  let scheduled = false;
  /** Run after each frame's callbacks, with the screen canvas (native_open_data.js draws the
   * open data canvas there). */
  const afterFrame = [];

  function runFrame(time) {
    const due = queued;
    queued = new Map();
    for (const callback of due.values()) callback(time);
    for (const hook of afterFrame) hook(screen);
  }

  function tick(stamp) {
    scheduled = false;
    runFrame(frameNow(stamp));
  }

  function schedule() {
    if (scheduled || manual) return;
    scheduled = true;
    if (runtimeRaf) runtimeRaf(tick);
    else setTimeout(() => tick(), 1000 / 60);
  }

  function requestAnimationFrame(callback) {
    const id = nextId++;
    queued.set(id, callback);
    schedule();
    return id;
  }

  function cancelAnimationFrame(id) {
    queued.delete(id);
  }

  function step(ms = 1000 / 60) {
    clock += ms;
    runFrame(clock);
  }

  // -- touches ------------------------------------------------------------------------------
  /** A touch point with both coordinate pairs the interface promises. */
  function point(touch) {
    const x = touch.clientX ?? touch.screenX ?? touch.pageX ?? touch.x;
    const y = touch.clientY ?? touch.screenY ?? touch.pageY ?? touch.y;
    return { identifier: touch.identifier, screenX: touch.screenX ?? x, screenY: touch.screenY ?? y,
      clientX: x, clientY: y };
  }

  const nativeTouch = { touchstart: 'onTouchStart', touchmove: 'onTouchMove',
    touchend: 'onTouchEnd', touchcancel: 'onTouchCancel' };
  for (const [kind, method] of Object.entries(nativeTouch)) {
    if (!has(method)) continue;
    api[method]((event) => {
      const touches = Array.from((event && event.touches) || [], point);
      fire(kind, {
        touches,
        // Without changedTouches (not every runtime sends it), the touches still down.
        changedTouches: event && event.changedTouches ? Array.from(event.changedTouches, point) : touches,
        timeStamp: now(), // the runtime's own timeStamp has no documented time base
      });
    });
  }
  if (has('onShow')) api.onShow((event) => fire('show', event || {}));
  if (has('onHide')) api.onHide((event) => fire('hide', event || {}));
  if (has('onAudioInterruptionBegin')) api.onAudioInterruptionBegin(() => fire('interruptionbegin', {}));
  if (has('onAudioInterruptionEnd')) api.onAudioInterruptionEnd(() => fire('interruptionend', {}));

  // Injected input (tests): the same listeners the runtime's events reach.
  const injected = new Map();
  function touch(kind, x, y, id = 1) {
    const at = { identifier: id, screenX: x, screenY: y, clientX: x, clientY: y };
    if (kind === 'start' || kind === 'move') injected.set(id, at);
    else injected.delete(id);
    fire(`touch${kind}`, { touches: [...injected.values()], changedTouches: [at], timeStamp: now() });
  }

  // -- canvas and window --------------------------------------------------------------------
  let screen = null;
  function createCanvas() {
    const canvas = api.createCanvas();
    if (screen === null) {
      // The first canvas is the screen; give it window × pixelRatio pixels, as h5 does.
      screen = canvas;
      const info = getSystemInfoSync();
      canvas.width = Math.round(info.windowWidth * info.pixelRatio);
      canvas.height = Math.round(info.windowHeight * info.pixelRatio);
    }
    return canvas;
  }

  function getSystemInfoSync() {
    const info = Object.assign({}, has('getSystemInfoSync') ? api.getSystemInfoSync() : {});
    // WeChat moved the window's fields to getWindowInfo (getSystemInfoSync is deprecated there).
    if (has('getWindowInfo')) {
      const window = api.getWindowInfo() || {};
      for (const key of Object.keys(window)) if (window[key] !== undefined) info[key] = window[key];
    }
    info.pixelRatio = info.pixelRatio || info.devicePixelRatio || 1;
    info.windowWidth = info.windowWidth || info.screenWidth;
    info.windowHeight = info.windowHeight || info.screenHeight;
    info.statusBarHeight = info.statusBarHeight || 0;
    info.safeArea = info.safeArea || { left: 0, top: 0, right: info.windowWidth,
      bottom: info.windowHeight, width: info.windowWidth, height: info.windowHeight };
    return info;
  }

  const plain = (value) => (value === undefined ? value : JSON.parse(JSON.stringify(value)));

  globalThis.pyminisPlatform = {
    kind: 'native',
    createCanvas,
    createImage: () => api.createImage(),
    loadFont: (path) => (has('loadFont') ? api.loadFont(path) || null : null),
    getSystemInfoSync,
    requestAnimationFrame,
    cancelAnimationFrame,
    setPreferredFramesPerSecond: (fps) => {
      if (has('setPreferredFramesPerSecond')) {
        api.setPreferredFramesPerSecond(Math.max(1, Math.min(60, Math.round(fps))));
      }
    },
    now,
    afterFrame: (hook) => { afterFrame.push(hook); },
    onTouchStart: on('touchstart'), offTouchStart: off('touchstart'),
    onTouchMove: on('touchmove'), offTouchMove: off('touchmove'),
    onTouchEnd: on('touchend'), offTouchEnd: off('touchend'),
    onTouchCancel: on('touchcancel'), offTouchCancel: off('touchcancel'),
    onShow: on('show'), offShow: off('show'),
    onHide: on('hide'), offHide: off('hide'),
    onAudioInterruptionBegin: on('interruptionbegin'),
    onAudioInterruptionEnd: on('interruptionend'),
    createInnerAudioContext: () => api.createInnerAudioContext(),
    unlockAudio: () => {}, // native audio needs no gesture
    getStorageSync: (key) => api.getStorageSync(key),
    setStorageSync: (key, value) => api.setStorageSync(key, plain(value)),
    removeStorageSync: (key) => api.removeStorageSync(key),
    // The two SDK calls the engine makes itself (pyminis.tt's semantics, without its code).
    setLoadingProgress: (progress) => {
      if (!has('setLoadingProgress')) return;
      const failed = (error) => console.error('tt.set_loading_progress failed:', error);
      try {
        api.setLoadingProgress({ progress, success: () => {}, fail: failed });
      } catch (error) {
        failed(error);
      }
    },
    getMenuButtonBoundingClientRect: () => {
      if (!has('getMenuButtonBoundingClientRect')) {
        throw new Error('this runtime has no getMenuButtonBoundingClientRect');
      }
      const rect = api.getMenuButtonBoundingClientRect() || {};
      return { left: rect.left ?? 0, top: rect.top ?? 0, right: rect.right ?? 0, bottom: rect.bottom ?? 0 };
    },
    /**
     * Load a subpackage (game.json `subpackages`); resolves when its game.js has run.
     * @param {string} name
     * @param {(progress: number) => void} [onProgress]  0..1
     * @returns {Promise<void>}
     */
    loadSubpackage: (name, onProgress) => new Promise((resolve, reject) => {
      const task = api.loadSubpackage({
        name,
        success: () => resolve(),
        fail: (error) => reject(new Error(`subpackage ${name} did not load: ${JSON.stringify(error)}`)),
      });
      if (onProgress && task && typeof task.onProgressUpdate === 'function') {
        task.onProgressUpdate((update) => onProgress(Math.min(1, (update.progress || 0) / 100)));
      }
    }),
    __step: step,
    __touch: touch,
    __visibility: (hidden) => fire(hidden ? 'hide' : 'show', {}),
  };
})();
