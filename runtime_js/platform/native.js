/**
 * Native-runtime platform backend: the platform interface (interface.js) over the native
 * globals `tt` / `wx` / `TTMinis.game` (platform-docs/native-runtime.md).
 *
 * Mostly a pass-through. It adds only what the interface promises and the runtime does not:
 * touch points with clientX/clientY (the runtime documents screenX/screenY), an on-screen
 * canvas sized to the window times pixelRatio, JSON-plain storage values (Transcrypt dicts
 * carry hidden properties), and the manual-stepping hooks tests use (`__step`, `__touch`,
 * `__visibility`). It never touches `document` or `window`: the native runtime has neither.
 */
(() => {
  const api = globalThis.tt || globalThis.wx || (globalThis.TTMinis && globalThis.TTMinis.game);
  if (!api || typeof api.createCanvas !== 'function') {
    throw new Error('pyminis: this game.js is the native-runtime build and found no native API '
      + '(tt / wx / TTMinis.game with createCanvas). Run it in the TikTok app or the pyminis '
      + 'emulator; for a browser, build with --target h5.');
  }

  const manual = globalThis.__pyminisManualFrames === true;
  const kinds = ['touchstart', 'touchmove', 'touchend', 'touchcancel', 'show', 'hide'];
  /** @type {Record<string, Function[]>} */
  const listeners = Object.fromEntries(kinds.map((kind) => [kind, []]));

  function fire(kind, payload) {
    for (const callback of listeners[kind].slice()) callback(payload);
  }

  /** A native touch point, with the clientX/clientY the interface promises. */
  function point(touch) {
    return {
      identifier: touch.identifier,
      screenX: touch.screenX,
      screenY: touch.screenY,
      clientX: touch.clientX ?? touch.screenX,
      clientY: touch.clientY ?? touch.screenY,
    };
  }

  const nativeTouch = { touchstart: 'onTouchStart', touchmove: 'onTouchMove',
    touchend: 'onTouchEnd', touchcancel: 'onTouchCancel' };
  for (const [kind, method] of Object.entries(nativeTouch)) {
    api[method]((event) => fire(kind, {
      touches: Array.from(event.touches || [], point),
      changedTouches: Array.from(event.changedTouches || [], point),
      timeStamp: event.timeStamp,
    }));
  }
  if (typeof api.onShow === 'function') api.onShow((event) => fire('show', event || {}));
  if (typeof api.onHide === 'function') api.onHide((event) => fire('hide', event || {}));

  function on(kind) { return (callback) => { listeners[kind].push(callback); }; }
  function off(kind) {
    return (callback) => {
      const at = listeners[kind].indexOf(callback);
      if (at >= 0) listeners[kind].splice(at, 1);
    };
  }

  // -- time: the runtime's animation frames, or a virtual clock in manual mode -------------
  const perf = globalThis.performance || (typeof api.getPerformance === 'function' ? api.getPerformance() : null);
  const realNow = () => (perf ? perf.now() : Date.now());
  let clock = 0;
  let nextId = 1;
  /** @type {Map<number, Function>} */
  let queued = new Map();

  const raf = globalThis.requestAnimationFrame || api.requestAnimationFrame;
  const caf = globalThis.cancelAnimationFrame || api.cancelAnimationFrame;

  function requestAnimationFrame(callback) {
    if (!manual) return raf ? raf(callback) : setTimeout(() => callback(realNow()), 1000 / 60);
    const id = nextId++;
    queued.set(id, callback);
    return id;
  }

  function cancelAnimationFrame(id) {
    if (manual) queued.delete(id);
    else if (raf && caf) caf(id);
    else clearTimeout(id);
  }

  function step(ms = 1000 / 60) {
    clock += ms;
    const due = queued;
    queued = new Map();
    for (const callback of due.values()) callback(clock);
  }

  // -- injected input (tests): the same listeners the runtime's events reach --------------
  const injected = new Map();
  function touch(kind, x, y, id = 1) {
    const at = { identifier: id, screenX: x, screenY: y, clientX: x, clientY: y };
    if (kind === 'start' || kind === 'move') injected.set(id, at);
    else injected.delete(id);
    fire(`touch${kind}`, { touches: [...injected.values()], changedTouches: [at], timeStamp: manual ? clock : realNow() });
  }

  // -- canvas -------------------------------------------------------------------------------
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
    const info = Object.assign({}, api.getSystemInfoSync());
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
    loadFont: (path) => (typeof api.loadFont === 'function' ? api.loadFont(path) || null : null),
    getSystemInfoSync,
    requestAnimationFrame,
    cancelAnimationFrame,
    setPreferredFramesPerSecond: (fps) => {
      if (typeof api.setPreferredFramesPerSecond === 'function') {
        api.setPreferredFramesPerSecond(Math.max(1, Math.min(60, Math.round(fps))));
      }
    },
    now: () => (manual ? clock : realNow()),
    onTouchStart: on('touchstart'), offTouchStart: off('touchstart'),
    onTouchMove: on('touchmove'), offTouchMove: off('touchmove'),
    onTouchEnd: on('touchend'), offTouchEnd: off('touchend'),
    onTouchCancel: on('touchcancel'), offTouchCancel: off('touchcancel'),
    onShow: on('show'), offShow: off('show'),
    onHide: on('hide'), offHide: off('hide'),
    createInnerAudioContext: () => api.createInnerAudioContext(),
    unlockAudio: () => {}, // native audio needs no gesture
    getStorageSync: (key) => api.getStorageSync(key),
    setStorageSync: (key, value) => api.setStorageSync(key, plain(value)),
    removeStorageSync: (key) => api.removeStorageSync(key),
    // The two SDK calls the engine makes itself (pyminis.tt's semantics, without its code).
    setLoadingProgress: (progress) => {
      if (typeof api.setLoadingProgress !== 'function') return;
      const failed = (error) => console.error('tt.set_loading_progress failed:', error);
      try {
        api.setLoadingProgress({ progress, success: () => {}, fail: failed });
      } catch (error) {
        failed(error);
      }
    },
    getMenuButtonBoundingClientRect: () => {
      if (typeof api.getMenuButtonBoundingClientRect !== 'function') {
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
