/**
 * H5 platform backend: the native runtime's game API, implemented over the DOM.
 *
 * The engine talks to one platform interface, shaped like the native runtime's globals
 * (createCanvas, onTouchStart, getSystemInfoSync…), so the same compiled game runs on both
 * targets. This file provides it in a browser page as `globalThis.pyminisPlatform`.
 */

const listeners = { touchstart: [], touchmove: [], touchend: [], touchcancel: [], show: [], hide: [] };
let screenCanvas = null;

function toTouch(event) {
  return {
    identifier: event.pointerId,
    screenX: event.clientX,
    screenY: event.clientY,
    clientX: event.clientX,
    clientY: event.clientY,
  };
}

const active = new Map();

function dispatch(kind, event) {
  const touch = toTouch(event);
  if (kind === 'touchstart' || kind === 'touchmove') active.set(touch.identifier, touch);
  else active.delete(touch.identifier);
  const payload = { touches: [...active.values()], changedTouches: [touch], timeStamp: event.timeStamp };
  for (const callback of listeners[kind].slice()) callback(payload);
}

function attachPointer(canvas) {
  canvas.style.touchAction = 'none';
  canvas.addEventListener('pointerdown', (e) => { canvas.setPointerCapture?.(e.pointerId); dispatch('touchstart', e); });
  canvas.addEventListener('pointermove', (e) => { if (active.has(e.pointerId)) dispatch('touchmove', e); });
  canvas.addEventListener('pointerup', (e) => dispatch('touchend', e));
  canvas.addEventListener('pointercancel', (e) => dispatch('touchcancel', e));
}

function on(kind) { return (callback) => { listeners[kind].push(callback); }; }
function off(kind) {
  return (callback) => {
    const list = listeners[kind];
    const at = list.indexOf(callback);
    if (at >= 0) list.splice(at, 1);
  };
}

document.addEventListener('visibilitychange', () => {
  for (const callback of listeners[document.hidden ? 'hide' : 'show'].slice()) callback({});
});

/** The first call returns the on-screen canvas (filling the window); later calls, off-screen ones. */
function createCanvas() {
  const canvas = document.createElement('canvas');
  if (screenCanvas === null) {
    screenCanvas = canvas;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(window.innerWidth * ratio);
    canvas.height = Math.round(window.innerHeight * ratio);
    canvas.style.width = `${window.innerWidth}px`;
    canvas.style.height = `${window.innerHeight}px`;
    document.body.appendChild(canvas);
    attachPointer(canvas);
  }
  return canvas;
}

function getSystemInfoSync() {
  const ratio = window.devicePixelRatio || 1;
  return {
    screenWidth: window.screen.width,
    screenHeight: window.screen.height,
    windowWidth: window.innerWidth,
    windowHeight: window.innerHeight,
    pixelRatio: ratio,
    devicePixelRatio: ratio,
    platform: /android/i.test(navigator.userAgent) ? 'android' : 'ios',
    language: navigator.language || 'en',
    safeArea: { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight,
      width: window.innerWidth, height: window.innerHeight },
    statusBarHeight: 0,
  };
}

globalThis.pyminisPlatform = {
  kind: 'h5',
  createCanvas,
  createImage: () => new Image(),
  getSystemInfoSync,
  requestAnimationFrame: (callback) => window.requestAnimationFrame(callback),
  cancelAnimationFrame: (id) => window.cancelAnimationFrame(id),
  now: () => performance.now(),
  onTouchStart: on('touchstart'), offTouchStart: off('touchstart'),
  onTouchMove: on('touchmove'), offTouchMove: off('touchmove'),
  onTouchEnd: on('touchend'), offTouchEnd: off('touchend'),
  onTouchCancel: on('touchcancel'), offTouchCancel: off('touchcancel'),
  onShow: on('show'), offShow: off('show'),
  onHide: on('hide'), offHide: off('hide'),
  getStorageSync: (key) => {
    const text = window.localStorage.getItem(key);
    return text === null ? '' : JSON.parse(text);
  },
  setStorageSync: (key, value) => window.localStorage.setItem(key, JSON.stringify(value)),
  removeStorageSync: (key) => window.localStorage.removeItem(key),
};
