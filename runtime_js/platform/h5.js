/**
 * H5 platform backend: the native runtime's game API, implemented over the DOM.
 *
 * The engine talks to one platform interface (runtime_js/platform/interface.js), shaped like
 * the native runtime's globals, so the same compiled game runs on both targets. This file
 * provides it in a browser page as `globalThis.pyminisPlatform`.
 */

/** @type {boolean} Tests set this before the page's scripts run to step frames by hand. */
const manual = globalThis.__pyminisManualFrames === true;

const listeners = {
  touchstart: [], touchmove: [], touchend: [], touchcancel: [],
  show: [], hide: [], keydown: [], keyup: [], resize: [],
};
/** @type {HTMLCanvasElement|null} */
let screenCanvas = null;
/** Touches currently down, by identifier, as the native runtime reports them. */
const active = new Map();

/** Call every listener of `kind` with `payload`; a copy, so listeners may unsubscribe. */
function emit(kind, payload) {
  for (const callback of listeners[kind].slice()) callback(payload);
}

/** A touch event in the native runtime's shape, from window CSS coordinates. */
function dispatchTouch(kind, id, x, y, timeStamp) {
  const touch = { identifier: id, screenX: x, screenY: y, clientX: x, clientY: y };
  if (kind === 'touchstart' || kind === 'touchmove') active.set(id, touch);
  else active.delete(id);
  emit(kind, { touches: [...active.values()], changedTouches: [touch], timeStamp });
}

function attachPointer(canvas) {
  canvas.style.touchAction = 'none';
  canvas.addEventListener('pointerdown', (e) => {
    canvas.setPointerCapture?.(e.pointerId);
    dispatchTouch('touchstart', e.pointerId, e.clientX, e.clientY, e.timeStamp);
  });
  canvas.addEventListener('pointermove', (e) => {
    if (active.has(e.pointerId)) dispatchTouch('touchmove', e.pointerId, e.clientX, e.clientY, e.timeStamp);
  });
  canvas.addEventListener('pointerup', (e) => dispatchTouch('touchend', e.pointerId, e.clientX, e.clientY, e.timeStamp));
  canvas.addEventListener('pointercancel', (e) => dispatchTouch('touchcancel', e.pointerId, e.clientX, e.clientY, e.timeStamp));
}

function on(kind) { return (callback) => { listeners[kind].push(callback); }; }
function off(kind) {
  return (callback) => {
    const list = listeners[kind];
    const at = list.indexOf(callback);
    if (at >= 0) list.splice(at, 1);
  };
}

document.addEventListener('visibilitychange', () => emit(document.hidden ? 'hide' : 'show', {}));
window.addEventListener('keydown', (e) => emit('keydown', { key: e.key, code: e.code }));
window.addEventListener('keyup', (e) => emit('keyup', { key: e.key, code: e.code }));

/** Keep the on-screen canvas the size of the window, in backing-store pixels. */
function fitScreenCanvas() {
  const ratio = window.devicePixelRatio || 1;
  screenCanvas.width = Math.round(window.innerWidth * ratio);
  screenCanvas.height = Math.round(window.innerHeight * ratio);
  screenCanvas.style.width = `${window.innerWidth}px`;
  screenCanvas.style.height = `${window.innerHeight}px`;
}

/** The first call returns the on-screen canvas (filling the window); later calls, off-screen ones. */
function createCanvas() {
  const canvas = document.createElement('canvas');
  if (screenCanvas === null) {
    screenCanvas = canvas;
    canvas.style.display = 'block';
    document.body.style.margin = '0';
    document.body.style.overflow = 'hidden';
    fitScreenCanvas();
    document.body.appendChild(canvas);
    attachPointer(canvas);
    window.addEventListener('resize', () => {
      fitScreenCanvas();
      emit('resize', { windowWidth: window.innerWidth, windowHeight: window.innerHeight });
    });
  } else {
    canvas.width = 1;
    canvas.height = 1;
  }
  return canvas;
}

function getSystemInfoSync() {
  const ratio = window.devicePixelRatio || 1;
  const width = window.innerWidth;
  const height = window.innerHeight;
  return {
    screenWidth: window.screen.width,
    screenHeight: window.screen.height,
    windowWidth: width,
    windowHeight: height,
    pixelRatio: ratio,
    devicePixelRatio: ratio,
    platform: /android/i.test(navigator.userAgent) ? 'android' : 'ios',
    language: navigator.language || 'en',
    safeArea: { left: 0, top: 0, right: width, bottom: height, width, height },
    statusBarHeight: 0,
  };
}

let fontCount = 0;
/** Registers a font file under a fresh family name (FontFace); text uses it once loaded. */
function loadFont(path) {
  if (typeof FontFace === 'undefined') return null;
  fontCount += 1;
  const family = `pyminis-font-${fontCount}`;
  const face = new FontFace(family, `url(${JSON.stringify(path)})`);
  face.load().then((loaded) => document.fonts.add(loaded), () => {});
  return family;
}

// Audio: HTMLAudioElement behind the native InnerAudioContext shape. Browsers refuse to play
// before a gesture, so `unlockAudio` (called by the engine inside the first touch) plays and
// pauses every element once, which unlocks each of them. A touch's pointerdown does not count
// as a gesture in every browser (Chrome waits for the pointerup), so a refused play() is
// retried at the next pointerup or key press.
const audios = [];
let audioUnlocked = false;
/** @type {Set<HTMLAudioElement>} */
const refused = new Set();

function retryRefused() {
  for (const element of [...refused]) {
    refused.delete(element);
    element.play().catch(() => {});
  }
}
window.addEventListener('pointerup', retryRefused, true);
window.addEventListener('keydown', retryRefused, true);

function createInnerAudioContext() {
  const element = new Audio();
  element.preload = 'auto';
  audios.push(element);
  const hook = (event) => (callback) => element.addEventListener(event, () => callback());
  return {
    get src() { return element.getAttribute('src') || ''; },
    set src(value) { element.src = value; },
    get loop() { return element.loop; },
    set loop(value) { element.loop = Boolean(value); },
    get volume() { return element.volume; },
    set volume(value) { element.volume = Math.min(1, Math.max(0, value)); },
    get paused() { return element.paused; },
    play() { element.play().catch(() => refused.add(element)); },
    pause() { refused.delete(element); element.pause(); },
    stop() { refused.delete(element); element.pause(); element.currentTime = 0; },
    seek(seconds) { element.currentTime = seconds; },
    destroy() { element.pause(); element.removeAttribute('src'); audios.splice(audios.indexOf(element), 1); },
    onCanplay: hook('canplaythrough'),
    onEnded: hook('ended'),
    onError: (callback) => element.addEventListener('error', () => callback({ errMsg: 'audio error' })),
  };
}

function unlockAudio() {
  if (audioUnlocked) return;
  audioUnlocked = true;
  for (const element of audios) {
    if (!element.paused || !element.src) continue;
    const muted = element.muted;
    element.muted = true;
    element.play().then(() => { element.pause(); element.muted = muted; }, () => { element.muted = muted; });
  }
}

// Time: real frames, throttled to the preferred rate; or, in manual mode, a virtual clock that
// only the test advances, so a scripted plan plays identically every run.
let clock = 0;
let minFrameGap = 0;
let lastFrameAt = -Infinity;
let nextFrameId = 1;
const queued = new Map();

function requestAnimationFrame(callback) {
  if (manual) {
    const id = nextFrameId++;
    queued.set(id, callback);
    return id;
  }
  const tick = (timestamp) => {
    if (timestamp - lastFrameAt < minFrameGap - 1) return window.requestAnimationFrame(tick);
    lastFrameAt = timestamp;
    return callback(timestamp);
  };
  return window.requestAnimationFrame(tick);
}

function cancelAnimationFrame(id) {
  if (manual) queued.delete(id);
  else window.cancelAnimationFrame(id);
}

function step(ms = 1000 / 60) {
  clock += ms;
  const due = [...queued.values()];
  queued.clear();
  for (const callback of due) callback(clock);
}

// The two SDK calls the engine makes itself, here so a game that makes no other carries no
// pyminis.tt code.

/**
 * The SDK namespace if it has function `name`, else null. Resolved at each call, as pyminis.tt
 * does: TTMinis.game on a game page, TTMinis itself in a Minis app.
 * @param {string} name
 */
function sdkWith(name) {
  const minis = globalThis.TTMinis;
  const api = minis ? minis.game || minis : globalThis.tt || globalThis.wx;
  return api && typeof api[name] === 'function' ? api : null;
}

/** @param {number} progress 0..1 on the platform's loading screen, where it has one. */
function setLoadingProgress(progress) {
  const api = sdkWith('setLoadingProgress');
  const failed = (error) => console.error('tt.set_loading_progress failed:', error);
  try {
    if (api) api.setLoadingProgress({ progress, success() {}, fail: failed });
  } catch (error) {
    failed(error);
  }
}

/**
 * @returns {{left: number, top: number, right: number, bottom: number}} The menu button's
 *   rect (CSS pixels; 0 for a side the SDK leaves out); throws where the SDK has none.
 */
function getMenuButtonBoundingClientRect() {
  const rect = sdkWith('getMenuButtonBoundingClientRect').getMenuButtonBoundingClientRect() || {};
  return { left: rect.left ?? 0, top: rect.top ?? 0, right: rect.right ?? 0, bottom: rect.bottom ?? 0 };
}

globalThis.pyminisPlatform = {
  kind: 'h5',
  createCanvas,
  createImage: () => new Image(),
  loadFont,
  getSystemInfoSync,
  requestAnimationFrame,
  cancelAnimationFrame,
  setPreferredFramesPerSecond: (fps) => { minFrameGap = 1000 / Math.min(60, Math.max(1, fps)); },
  now: () => (manual ? clock : performance.now()),
  onTouchStart: on('touchstart'), offTouchStart: off('touchstart'),
  onTouchMove: on('touchmove'), offTouchMove: off('touchmove'),
  onTouchEnd: on('touchend'), offTouchEnd: off('touchend'),
  onTouchCancel: on('touchcancel'), offTouchCancel: off('touchcancel'),
  onKeyDown: on('keydown'), offKeyDown: off('keydown'),
  onKeyUp: on('keyup'), offKeyUp: off('keyup'),
  onShow: on('show'), offShow: off('show'),
  onHide: on('hide'), offHide: off('hide'),
  onWindowResize: on('resize'), offWindowResize: off('resize'),
  createInnerAudioContext,
  unlockAudio,
  getStorageSync: (key) => {
    const text = window.localStorage.getItem(key);
    return text === null ? '' : JSON.parse(text);
  },
  setStorageSync: (key, value) => window.localStorage.setItem(key, JSON.stringify(value)),
  removeStorageSync: (key) => window.localStorage.removeItem(key),
  setLoadingProgress,
  getMenuButtonBoundingClientRect,
  __step: step,
  __touch: (kind, x, y, id = 1) => dispatchTouch(`touch${kind}`, id, x, y, manual ? clock : performance.now()),
  __key: (kind, key) => emit(`key${kind}`, { key, code: key }),
  __visibility: (hidden) => emit(hidden ? 'hide' : 'show', {}),
};
