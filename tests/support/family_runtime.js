/**
 * A mock of the WeChat / Douyin mini-game runtime family, in node, for tests.
 *
 * Shaped from the public typings (docs/native-runtimes.md), not from the pyminis emulator: a
 * game.js runs in a fresh V8 context holding only ECMAScript's globals plus what those
 * typings declare globally (console, the four timers, requestAnimationFrame /
 * cancelAnimationFrame, GameGlobal) and the API object. No URL, TextEncoder, atob,
 * structuredClone, crypto, performance (unless the shape has it), document or window.
 *
 * A shape picks one of each variation the family shows:
 *   clock   'performance' (a global performance.now() in ms) | 'getPerformance' (µs, as the
 *           typings say) | 'getPerformance-ms' (a developer tool's ms) | 'date' (only Date) |
 *           'performance-real' (real time, while the frames' timestamps are virtual)
 *   frames  'timestamp' (callbacks get the virtual time in ms) | 'bare' (no argument)
 *   api     'tt' (a global tt) | 'GameGlobal.tt' (only a property of GameGlobal, which is not
 *           the global object) | 'wx'
 *   touch   'client' (WeChat's clientX/clientY) | 'screen' (Douyin/TikTok's screenX/screenY)
 *   pace    'virtual' (time advances only by `frames`, 1000/60 ms each: a run is
 *           reproducible) | 'real' (each frame waits for 1000/60 ms of real time, and the
 *           clocks read real time, as a phone or a developer tool does)
 *
 * Protocol: one JSON request per stdin line, one JSON answer per stdout line.
 *   {op: 'load', package, shape, window: {width, height, pixelRatio}} → {ok, error}
 *   {op: 'frames', count, touches: [[kind, x, y, id]]}   touches in window CSS pixels, then frames
 *   {op: 'touchLogical', kind, x, y, id}  a touch at the game's logical point (pyminisGame.view)
 *   {op: 'eval', source}   → {value}  an expression evaluated in the game's context
 *   {op: 'frame'}          → {colours, digest}  what the last frame drew (recording canvas)
 *   {op: 'state'}          → {console, errors, calls, canvases}
 *   {op: 'interrupt', phase: 'begin'|'end'}  an audio interruption (onAudioInterruption*)
 * Any failure answers {error}.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const readline = require('readline');
const vm = require('vm');

let game = null; // the loaded game's world

/** A 2D context that records what is drawn (no pixels). */
function recordingContext(canvas, world) {
  const state = { fillStyle: '#000000', strokeStyle: '#000000', font: '10px sans-serif', globalAlpha: 1,
    lineWidth: 1, textAlign: 'start', textBaseline: 'alphabetic', imageSmoothingEnabled: true };
  const target = {
    canvas,
    measureText(text) {
      const size = Number((/(\d+(?:\.\d+)?)px/.exec(state.font) || [0, 10])[1]);
      return { width: String(text).length * size * 0.55 };
    },
    getImageData() {
      throw new Error('this mock canvas records draws and has no pixels');
    },
  };
  return new Proxy(target, {
    get(object, key) {
      if (key in object) return object[key];
      if (key in state) return state[key];
      // Any other member is a drawing call: record it (the on-screen canvas only).
      return (...args) => {
        if (canvas.onScreen) {
          world.drawn.push([String(key), state.fillStyle, state.strokeStyle,
            ...args.map((a) => (typeof a === 'object' && a ? (a.src || a.label || 'object') : a))]);
        }
        return undefined;
      };
    },
    set(object, key, value) {
      state[key] = value;
      return true;
    },
  });
}

/** PNG width and height from its IHDR chunk; JPEG and others answer 1 × 1. */
function imageSize(bytes) {
  if (bytes.length > 24 && bytes.readUInt32BE(12) === 0x49484452) {
    return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  }
  return [1, 1];
}

function makeWorld(request) {
  const shape = { clock: 'performance', frames: 'timestamp', api: 'tt', touch: 'client', pace: 'virtual',
    ...request.shape };
  const win = { width: 390, height: 844, pixelRatio: 2, ...request.window };
  const root = request.package;
  const world = { shape, time: 0, frameQueue: new Map(), nextFrame: 1, drawn: [], lastDrawn: [],
    console: [], errors: [], calls: [], canvases: 0, listeners: {}, storage: new Map(), timers: [] };
  const listen = (name) => (callback) => { (world.listeners[name] = world.listeners[name] || []).push(callback); };
  const unlisten = (name) => (callback) => {
    const list = world.listeners[name] || [];
    if (list.includes(callback)) list.splice(list.indexOf(callback), 1);
  };
  const emit = (name, event) => { for (const callback of (world.listeners[name] || []).slice()) callback(event); };
  world.emit = emit;
  /** A `{success, fail, complete}` answer, a turn later, recorded. */
  const answer = (name, options, ok, fail) => {
    world.calls.push(name);
    setTimeout(() => {
      if (fail) options?.fail?.(fail);
      else options?.success?.(ok);
      options?.complete?.();
    }, 0);
  };

  const api = {
    createCanvas() {
      world.canvases += 1;
      const canvas = { width: 300, height: 150, onScreen: world.canvases === 1, label: `canvas${world.canvases}` };
      const context = recordingContext(canvas, world);
      canvas.getContext = () => context;
      canvas.toDataURL = () => 'data:image/png;base64,';
      return canvas;
    },
    createImage() {
      const image = { width: 0, height: 0, onload: null, onerror: null, complete: false };
      let source = '';
      Object.defineProperty(image, 'src', {
        get: () => source,
        set(value) {
          source = String(value);
          setTimeout(() => {
            try {
              [image.width, image.height] = imageSize(fs.readFileSync(path.join(root, source)));
              image.complete = true;
              image.onload?.();
            } catch (error) {
              image.onerror?.({ errMsg: `createImage: ${error.message}` });
            }
          }, 0);
        },
      });
      image.addEventListener = (type, callback) => { if (type === 'load') image.onload = callback; };
      return image;
    },
    loadFont: () => null,
    getSystemInfoSync: () => ({ windowWidth: win.width, windowHeight: win.height, screenWidth: win.width,
      screenHeight: win.height, pixelRatio: win.pixelRatio, platform: 'android', language: 'en',
      statusBarHeight: 24, SDKVersion: '3.0.0',
      safeArea: { left: 0, top: 24, right: win.width, bottom: win.height, width: win.width, height: win.height - 24 } }),
    getWindowInfo: () => ({ windowWidth: win.width, windowHeight: win.height, screenWidth: win.width,
      screenHeight: win.height, pixelRatio: win.pixelRatio, statusBarHeight: 24,
      safeArea: { left: 0, top: 24, right: win.width, bottom: win.height, width: win.width, height: win.height - 24 } }),
    getLaunchOptionsSync: () => ({ scene: 1001, query: {} }),
    setPreferredFramesPerSecond: () => {},
    onTouchStart: listen('touchstart'), offTouchStart: unlisten('touchstart'),
    onTouchMove: listen('touchmove'), offTouchMove: unlisten('touchmove'),
    onTouchEnd: listen('touchend'), offTouchEnd: unlisten('touchend'),
    onTouchCancel: listen('touchcancel'), offTouchCancel: unlisten('touchcancel'),
    onShow: listen('show'), offShow: unlisten('show'),
    onHide: listen('hide'), offHide: unlisten('hide'),
    onError: listen('error'), offError: unlisten('error'),
    onAudioInterruptionBegin: listen('interruptionbegin'), onAudioInterruptionEnd: listen('interruptionend'),
    getStorageSync: (key) => (world.storage.has(key) ? JSON.parse(world.storage.get(key)) : ''),
    setStorageSync: (key, value) => { world.storage.set(key, JSON.stringify(value)); },
    removeStorageSync: (key) => { world.storage.delete(key); },
    createInnerAudioContext() {
      const audio = { src: '', loop: false, volume: 1, paused: true };
      for (const op of ['play', 'pause', 'stop']) {
        audio[op] = () => { audio.paused = op !== 'play'; world.calls.push(`audio.${op}`); };
      }
      audio.seek = () => {};
      audio.destroy = () => {};
      for (const event of ['onCanplay', 'onEnded', 'onError', 'onPlay', 'onPause', 'onStop']) audio[event] = () => {};
      return audio;
    },
    canIUse: (name) => typeof api[name] === 'function',
    login: (options) => answer('login', options, { code: 'mock-code', errMsg: 'login:ok' }),
    createRewardedVideoAd() {
      const ad = { onClose: () => {}, offClose: () => {}, onError: () => {}, offError: () => {},
        onLoad: () => {}, offLoad: () => {},
        load: () => Promise.resolve(), show: () => Promise.resolve() };
      return ad;
    },
    getMenuButtonBoundingClientRect: () => ({ left: win.width - 95, top: 30, right: win.width - 8, bottom: 62,
      width: 87, height: 32 }),
    vibrateShort: (options) => answer('vibrateShort', options, {}),
    request(options) {
      world.calls.push('request');
      return { abort: () => world.calls.push('request.abort') };
    },
  };
  if (shape.clock === 'getPerformance') api.getPerformance = () => ({ now: () => world.time * 1000 });
  if (shape.clock === 'getPerformance-ms') api.getPerformance = () => ({ now: () => world.time });

  const frame = (callback) => {
    const id = world.nextFrame++;
    world.frameQueue.set(id, callback);
    return id;
  };
  const sandbox = {
    console: Object.fromEntries(['log', 'info', 'warn', 'error', 'debug'].map((level) => [level,
      (...args) => world.console.push([level, args.map((a) => (typeof a === 'string' ? a : safe(a))).join(' ')])])),
    setTimeout: (callback, ms, ...rest) => setTimeout(() => guarded(() => callback(...rest)), ms),
    clearTimeout: (id) => clearTimeout(id),
    setInterval: (callback, ms, ...rest) => setInterval(() => guarded(() => callback(...rest)), ms),
    clearInterval: (id) => clearInterval(id),
    requestAnimationFrame: frame,
    cancelAnimationFrame: (id) => world.frameQueue.delete(id),
  };
  const gameGlobal = {}; // GameGlobal: not the global object in the 'GameGlobal.tt' shape
  if (shape.api === 'tt') sandbox.tt = api;
  else if (shape.api === 'wx') sandbox.wx = api;
  else if (shape.api === 'GameGlobal.tt') gameGlobal.tt = api;
  if (shape.clock === 'performance') sandbox.performance = { now: () => world.time };
  // A runtime whose clock is real time while its frames carry its own (virtual) timeline.
  if (shape.clock === 'performance-real') sandbox.performance = { now: () => performance.now() };
  const context = vm.createContext(sandbox);
  sandbox.GameGlobal = shape.api === 'GameGlobal.tt' ? gameGlobal : vm.runInContext('globalThis', context);
  // Only Date: it keeps the virtual time too, so a run stays reproducible.
  if (shape.clock === 'date') vm.runInContext(`Date.now = () => ${Date.now()} + __time()`, context);
  sandbox.__time = () => world.time;
  world.context = context;
  world.started = performance.now();
  world.api = api;
  world.win = win;

  function guarded(run) {
    try {
      run();
    } catch (error) {
      uncaught(error);
    }
  }
  function uncaught(error) {
    world.errors.push(String((error && error.stack) || error));
    emit('error', { message: String((error && error.message) || error), stack: String((error && error.stack) || '') });
  }
  world.guarded = guarded;
  return world;
}

function safe(value) {
  try { return JSON.stringify(value); } catch { return String(value); }
}

/** A touch event as the shape's runtime sends it. */
function touchEvent(world, kind, x, y, id) {
  const point = world.shape.touch === 'screen' ? { identifier: id, screenX: x, screenY: y }
    : { identifier: id, clientX: x, clientY: y, pageX: x, pageY: y, force: 1 };
  world.down = world.down || new Map();
  if (kind === 'start' || kind === 'move') world.down.set(id, point);
  else world.down.delete(id);
  // timeStamp in a base of its own (the typings give none): epoch milliseconds here.
  return { touches: [...world.down.values()], changedTouches: [point], timeStamp: 1.7e12 + world.time };
}

function touch(world, kind, x, y, id = 1) {
  const event = touchEvent(world, kind, x, y, id);
  world.guarded(() => world.emit(`touch${kind}`, event));
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function frames(world, count) {
  for (let i = 0; i < count; i += 1) {
    if (world.shape.pace === 'real') {
      // A display's cadence: a frame every 1000/60 ms of real time, the driver's own work
      // between frames included (a phone does not wait for the test), no bursts to catch up.
      world.nextFrame = world.nextFrame ?? performance.now();
      await sleep(Math.max(0, world.nextFrame - performance.now()));
      const at = performance.now();
      world.nextFrame += 1000 / 60;
      if (world.nextFrame < at) world.nextFrame = at + 1000 / 60; // a stall: the next vsync
      world.time = at - world.started;
    } else world.time += 1000 / 60;
    const due = world.frameQueue;
    world.frameQueue = new Map();
    world.drawn = [];
    for (const callback of due.values()) {
      world.guarded(() => (world.shape.frames === 'bare' ? callback() : callback(world.time)));
    }
    if (world.drawn.length) world.lastDrawn = world.drawn;
  }
}

/** Let the game's timers and promises run (images load, awaits settle). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

async function handle(request) {
  if (request.op === 'load') {
    game = makeWorld(request);
    const source = fs.readFileSync(path.join(request.package, 'game.js'), 'utf8');
    try {
      vm.runInContext(source, game.context, { filename: 'game.js' });
    } catch (error) {
      return { ok: false, error: String((error && error.stack) || error) };
    }
    await settle();
    return { ok: true };
  }
  if (!game) return { error: 'load a package first' };
  if (request.op === 'frames') {
    for (const [kind, x, y, id] of request.touches || []) touch(game, kind, x, y, id);
    await frames(game, request.count || 1);
    await settle();
    return {};
  }
  if (request.op === 'touchLogical') {
    const view = vm.runInContext('pyminisGame.view', game.context);
    touch(game, request.kind, (request.x * view.k + view.offset_x) / view.ratio,
      (request.y * view.k + view.offset_y) / view.ratio, request.id || 1);
    await settle();
    return {};
  }
  if (request.op === 'eval') {
    const value = vm.runInContext(request.source, game.context);
    return { value: value === undefined ? null : JSON.parse(JSON.stringify(value)) };
  }
  if (request.op === 'frame') {
    const colours = new Set(game.lastDrawn.filter((c) => /^fill/.test(c[0])).map((c) => c[1]));
    let hash = 2166136261;
    for (const char of JSON.stringify(game.lastDrawn)) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
    return { colours: colours.size, digest: hash.toString(16) };
  }
  if (request.op === 'interrupt') {
    game.guarded(() => game.emit(request.phase === 'begin' ? 'interruptionbegin' : 'interruptionend', {}));
    return {};
  }
  if (request.op === 'state') {
    return { console: game.console, errors: game.errors, calls: game.calls, canvases: game.canvases };
  }
  return { error: `unknown op ${request.op}` };
}

process.on('uncaughtException', (error) => { if (game) game.errors.push(String(error.stack || error)); });
process.on('unhandledRejection', (error) => { if (game) game.errors.push(String((error && error.stack) || error)); });

const lines = readline.createInterface({ input: process.stdin });
let chain = Promise.resolve();
lines.on('line', (line) => {
  chain = chain.then(async () => {
    let reply;
    try {
      reply = await handle(JSON.parse(line));
    } catch (error) {
      reply = { error: String((error && error.stack) || error) };
    }
    process.stdout.write(`${JSON.stringify(reply)}\n`);
  });
});
lines.on('close', () => chain.then(() => process.exit(0)));
