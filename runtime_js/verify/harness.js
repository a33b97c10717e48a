/**
 * `pyminis verify`, the compiled side: the recording layer over the platform interface and
 * the loop that replays, frame by frame, the inputs the CPython side gave.
 *
 * The twin of pyminis/verify/record.py: the same entries are recorded and the same things
 * are stood in for (that file lists both). Loaded before anything else runs: as an init
 * script in Chromium (h5 packages), through node's vm (native packages, runtime_js/verify/
 * node.js). `pyminisVerify.install(job, env)` then replaces, before the game loads:
 *   - `Math.random`: an sfc32 stream of `job.seed` (pyminis/verify/seeds.py `MathRandom` is
 *     its CPython twin), and the game's `random` starts seeded with `job.seed`
 *     (`__pyminisRandomSeed`, read by random.js), as the CPython side seeds its own;
 *   - `setTimeout` / `clearTimeout`: virtual timers that fall due only as frames are played
 *     (the SDK stand-in answers through them, as the CPython fake host does);
 *   - the platform: whatever sets `globalThis.pyminisPlatform` (h5.js, native.js) has it
 *     wrapped on the spot (canvas, images, fonts, audio, system info);
 *   - the SDK stand-in: setting `globalThis.TTMinis` gives it the job's answers and missing
 *     calls, and records its calls as they are made;
 *   - `console.log` (print) and `console.error` (the engine's reports): recorded.
 * `env` is what differs between node and a page: `yieldTask()` resolves once the microtasks
 * queued so far have run; `imageReady(raw, src)` loads a platform image and resolves
 * `{ok, width, height}`.
 */
(() => {
  const TWO_32 = 4294967296;
  const TWO_53 = 9007199254740992;
  // The context's members the engine uses (interface.js); the defaults of a fresh canvas.
  const METHODS = ['save', 'restore', 'setTransform', 'translate', 'rotate', 'scale', 'fillRect',
    'clearRect', 'strokeRect', 'beginPath', 'arc', 'rect', 'moveTo', 'lineTo', 'closePath',
    'fill', 'stroke', 'fillText', 'drawImage'];
  const PROPERTIES = { globalAlpha: 1, fillStyle: '#000000', strokeStyle: '#000000', lineWidth: 1,
    font: '10px sans-serif', textAlign: 'start', textBaseline: 'alphabetic', imageSmoothingEnabled: true };
  // SDK calls not recorded (pyminis/verify/record.py UNRECORDED_SDK says why).
  const UNRECORDED_SDK = new Set(['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout',
    'clearTimeout', 'init', 'TTMinis.init', 'getSystemInfoSync', 'getSharedCanvas']);
  const TEXT_WIDTH_PER_PX = 0.5;

  /** murmur3's finaliser: nearby seeds give unrelated states. */
  function mix(h) {
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  }

  /**
   * `Math.random` for the game: sfc32 (a small fast chaotic generator) from the seed's words.
   * @param {number} seed @returns {() => number}
   */
  function mathRandom(seed) {
    const n = Math.abs(seed);
    const lo = n % TWO_32;
    const hi = Math.floor(n / TWO_32) % TWO_32;
    let sa = mix(lo ^ 0x9e3779b9);
    let sb = mix(hi ^ 0x243f6a88);
    let sc = mix((lo + 0x7f4a7c15) ^ (hi >>> 1));
    let sd = 1;
    function next32() {
      const t = (((sa + sb) | 0) + sd) | 0;
      sd = (sd + 1) | 0;
      sa = sb ^ (sb >>> 9);
      sb = (sc + (sc << 3)) | 0;
      sc = (sc << 21) | (sc >>> 11);
      sc = (sc + t) | 0;
      return t >>> 0;
    }
    for (let i = 0; i < 15; i++) next32();
    return () => ((next32() >>> 5) * 67108864 + (next32() >>> 6)) / TWO_53;
  }

  /** measureText's width on both sides: code points × the font's px size × 0.5. */
  function textWidth(text, font) {
    let size = 10;
    for (const part of String(font).split(/\s+/)) {
      if (part.endsWith('px')) {
        const value = parseFloat(part.slice(0, -2));
        if (!Number.isNaN(value)) size = value;
      }
    }
    return Array.from(text).length * size * TEXT_WIDTH_PER_PX;
  }

  function className(value) {
    if (value && value.__class__ && value.__class__.__name__) return value.__class__.__name__;
    if (value && value.constructor && value.constructor.name) return value.constructor.name;
    return typeof value;
  }

  /** A number boxed by the value model (an object whose valueOf is a number), or null. */
  function boxedNumber(value) {
    if (value === null || typeof value !== 'object' || typeof value.valueOf !== 'function') return null;
    const primitive = value.valueOf();
    return typeof primitive === 'number' ? primitive : null;
  }

  /** A call argument as recorded (record.py `plain_arg`). */
  function arg(value) {
    if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
    if (value === null || value === undefined) return null;
    if (typeof value === 'string' || typeof value === 'boolean') return value;
    if (value.__verifyImage) return { image: value.__src };
    if (value.__verifyCanvas) return { canvas: value.__id };
    if (Array.isArray(value)) return value.map(arg);
    const boxed = boxedNumber(value);
    if (boxed !== null) return arg(boxed);
    return { object: className(value) };
  }

  let job = null;
  let env = null;
  /** Above 0 while the platform backend asks the SDK for its own needs (not the game's calls). */
  let quiet = 0;
  let frameNo = 0;
  let entries = [];
  const frames = [];
  let captured = null;
  /** "frame:entry" → the stack of an error recorded there. */
  const errors = {};

  function add(entry) {
    const capture = job.capture;
    if (capture && capture.entry !== undefined && capture.entry !== null
        && frameNo === capture.frame && entries.length === capture.entry) {
      captured = Object.assign(captured || {}, { stack: String(new Error().stack) });
    }
    entries.push(entry);
  }

  function errorName(error) {
    if (error && error.__class__ && error.__class__.__name__) return error.__class__.__name__;
    return (error && error.name) || 'Error';
  }

  function errorMessage(error) {
    if (error && Array.isArray(error.__args__)) return error.__args__.length ? String(error.__args__[0]) : '';
    if (error && error.message !== undefined) return String(error.message);
    return String(error);
  }

  function recordError(error) {
    errors[`${frameNo}:${entries.length}`] = String((error && error.stack) || '');
    add(['error', errorName(error), errorMessage(error)]);
  }

  function guarded(fn) {
    try {
      fn();
    } catch (error) {
      recordError(error);
    }
  }

  /** One JavaScript task: `fn`, then the microtasks it queued. */
  async function task(fn) {
    guarded(fn);
    await env.yieldTask();
  }

  // -- the context, canvas, image and audio stand-ins -------------------------------------
  // Calls are recorded, not drawn: the recording is what is compared, and rasterising every
  // frame of a phone-sized canvas in a page costs more than the game (about 5 ms a frame).
  function wrapContext(id) {
    const ctx = { __verifyContext: true };
    let values = { ...PROPERTIES };
    for (const name of Object.keys(PROPERTIES)) {
      Object.defineProperty(ctx, name, {
        enumerable: true,
        get: () => values[name],
        set: (value) => {
          add([id, `=${name}`, arg(value)]);
          values[name] = value;
        },
      });
    }
    for (const name of METHODS) {
      ctx[name] = (...args) => { add([id, name, ...args.map(arg)]); };
    }
    ctx.measureText = (text) => {
      const shown = String(text);
      add([id, 'measureText', shown]);
      return { width: textWidth(shown, values.font) };
    };
    // Pixels put whole (pyminis.pyxel's framebuffer): recorded by their CRC-32, so every
    // frame's pixels are compared (record.py does the same with zlib.crc32).
    ctx.createImageData = (width, height) => ({ width, height, data: new Uint8ClampedArray(width * height * 4) });
    ctx.putImageData = (image, x, y) => {
      add([id, 'putImageData', { crc32: crc32(image.data), size: [image.width, image.height] }, arg(x), arg(y)]);
    };
    // A canvas whose size is set starts over with a fresh context state, as a real one does.
    ctx.__reset = () => { values = { ...PROPERTIES }; };
    return ctx;
  }

  let crcTable = null;
  /** CRC-32 (zlib's) of a byte array. @param {ArrayLike<number>} bytes @returns {number} */
  function crc32(bytes) {
    if (crcTable === null) {
      crcTable = new Uint32Array(256);
      for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        crcTable[n] = c >>> 0;
      }
    }
    let crc = 0xffffffff;
    for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]) & 255] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
  }

  function wrapCanvas(raw, id) {
    const ctx = wrapContext(id);
    const resize = (side, value) => {
      add([id, `=${side}`, arg(value)]);
      raw[side] = value;
      ctx.__reset();
    };
    return {
      __verifyCanvas: true,
      __id: id,
      __raw: raw,
      get width() { return raw.width; },
      set width(value) { resize('width', value); },
      get height() { return raw.height; },
      set height(value) { resize('height', value); },
      getContext(kind) {
        if (kind !== '2d') throw new Error("the verify canvas has only a '2d' context");
        return ctx;
      },
    };
  }

  /** Images waiting to be delivered at the start of the next frame. */
  const pendingImages = [];

  function wrapImage(raw) {
    const image = { __verifyImage: true, __raw: raw, __src: '', width: 0, height: 0, complete: false,
      onload: null, onerror: null };
    Object.defineProperty(image, 'src', {
      enumerable: true,
      get: () => image.__src,
      set: (value) => {
        image.__src = String(value);
        pendingImages.push({ image, ready: env.imageReady(raw, image.__src) });
      },
    });
    return image;
  }

  function deliverImage(image, result) {
    if (!result || !result.ok) {
      if (image.onerror) image.onerror({ errMsg: `cannot load ${image.__src}` });
      return;
    }
    image.width = result.width;
    image.height = result.height;
    image.complete = true;
    if (image.onload) image.onload();
  }

  function standInAudio(id) {
    const state = { src: '', loop: false, volume: 1 };
    const audio = { paused: true };
    for (const key of Object.keys(state)) {
      Object.defineProperty(audio, key, {
        enumerable: true,
        get: () => state[key],
        set: (value) => { add(['audio', id, `=${key}`, arg(value)]); state[key] = value; },
      });
    }
    const op = (name, paused) => (...args) => {
      if (paused !== undefined) audio.paused = paused;
      add(['audio', id, name, ...args.map(arg)]);
    };
    Object.assign(audio, { play: op('play', false), pause: op('pause', true), stop: op('stop', true),
      seek: op('seek'), destroy: op('destroy'), onCanplay() {}, onEnded() {}, onError() {} });
    return audio;
  }

  function wrapPlatform(platform) {
    const wrapped = { ...platform };
    let canvases = 0;
    let audios = 0;
    let fonts = 0;
    wrapped.createCanvas = () => {
      const id = canvases;
      canvases += 1;
      return wrapCanvas(platform.createCanvas(), id);
    };
    wrapped.createImage = () => wrapImage(platform.createImage());
    wrapped.loadFont = (path) => {
      fonts += 1;
      try {
        if (typeof platform.loadFont === 'function') platform.loadFont(path);
      } catch { /* the family below is the answer on both sides */ }
      return `pyminis-font-${fonts}`;
    };
    wrapped.getSystemInfoSync = () => JSON.parse(JSON.stringify(job.device));
    wrapped.createInnerAudioContext = () => { audios += 1; return standInAudio(audios); };
    // The backend's own SDK questions for the shared canvas (native_open_data.js adds this
    // member later) are not the game's calls.
    let sharedCanvas = wrapped.getSharedCanvas;
    Object.defineProperty(wrapped, 'getSharedCanvas', {
      enumerable: true,
      get: () => sharedCanvas && ((...args) => {
        quiet += 1;
        try { return sharedCanvas(...args); } finally { quiet -= 1; }
      }),
      set: (given) => { sharedCanvas = given; },
    });
    return wrapped;
  }

  function prepareStandIn(sdk) {
    for (const [key, answer] of Object.entries(job.outcomes || {})) {
      sdk.__outcomes[key] = () => JSON.parse(JSON.stringify(answer));
    }
    for (const name of job.missing || []) sdk.__remove(name);
    const calls = sdk.__calls;
    calls.push = function recordCalls(...items) {
      for (const call of items) {
        Array.prototype.push.call(this, call);
        if (!UNRECORDED_SDK.has(call.name) && quiet === 0) add(['sdk', call.name, call.params]);
      }
      return this.length;
    };
  }

  /** A global whose assignment is seen: the value is passed through `prepare` on the way in. */
  function trap(name, prepare) {
    let value;
    Object.defineProperty(globalThis, name, {
      configurable: true,
      enumerable: true,
      get: () => value,
      set: (given) => { value = prepare(given); },
    });
  }

  // -- virtual timers ------------------------------------------------------------------------
  const timers = [];
  let timerClock = 0;
  let timerIds = 0;

  function installTimers() {
    globalThis.setTimeout = (fn, delay, ...args) => {
      timerIds += 1;
      const wait = Number(delay) > 0 ? Number(delay) : 0;
      timers.push({ id: timerIds, due: timerClock + wait, fn, args });
      return timerIds;
    };
    globalThis.clearTimeout = (id) => {
      const at = timers.findIndex((timer) => timer.id === id);
      if (at >= 0) timers.splice(at, 1);
    };
  }

  function installConsole() {
    console.log = (...args) => {
      const text = args.map((a) => (typeof a === 'string' ? a : String(a))).join(' ');
      for (const line of text.split('\n')) add(['print', line]);
    };
    console.error = (...args) => {
      if (args.length === 1 && args[0] !== null && typeof args[0] === 'object') recordError(args[0]);
      else add(['log', args.map((a) => (typeof a === 'string' ? a : String(a))).join(' ')]);
    };
  }

  // -- the named state and the diagnosis pass's watch ---------------------------------------
  function member(target, name) {
    if (target === null || target === undefined) return undefined;
    const value = target[name];
    if (value === undefined && typeof target === 'object' && `py_${name}` in target) return target[`py_${name}`];
    return value;
  }

  /** `score` → the scene's score; `game.frames` → the game's. */
  function resolve(path) {
    const game = globalThis.pyminisGame;
    let parts = path.split('.');
    let target;
    if (parts[0] === 'game') {
      target = game;
      parts = parts.slice(1);
    } else {
      target = member(game, 'scene');
    }
    for (const part of parts) {
      target = member(target, part);
      if (target === undefined) return undefined;
    }
    return target;
  }

  function plainState(value, depth) {
    if (value === null || value === undefined) return null;
    if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
    if (typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'function') return '<method>';
    const boxed = boxedNumber(value);
    if (boxed !== null) return plainState(boxed, depth);
    const kind = className(value);
    if (depth > 4) return `<${kind}>`;
    if (Array.isArray(value) && kind !== 'set' && kind !== 'frozenset') return value.map((v) => plainState(v, depth + 1));
    if (kind === 'dict') {
      const out = {};
      for (const key of Object.keys(value)) out[key] = plainState(value[key], depth + 1);
      return out;
    }
    return `<${kind}>`;
  }

  function readState() {
    const state = {};
    for (const path of job.state || []) {
      const value = resolve(path);
      state[path] = value === undefined ? '<missing>' : plainState(value, 0);
    }
    return state;
  }

  /** The diagnosis pass: every write of the watched value during this frame, with its stack. */
  function watchState(path) {
    const at = path.lastIndexOf('.');
    const owner = at < 0 ? resolve('game.scene') : resolve(path.slice(0, at));
    let name = at < 0 ? path : path.slice(at + 1);
    if (owner === null || typeof owner !== 'object') return;
    if (!(name in owner) && `py_${name}` in owner) name = `py_${name}`;
    let value = owner[name];
    const writes = [];
    captured = Object.assign(captured || {}, { writes });
    Object.defineProperty(owner, name, {
      configurable: true,
      enumerable: true,
      get: () => value,
      set: (given) => {
        value = given;
        writes.push({ value: String(given), stack: String(new Error().stack) });
      },
    });
  }

  function closeFrame() {
    frames.push({ entries, state: readState() });
    entries = [];
    frameNo += 1;
    const capture = job.capture;
    if (capture && capture.state && capture.frame === frameNo) watchState(capture.state);
  }

  // -- playing ------------------------------------------------------------------------------
  const platform = () => globalThis.pyminisPlatform;

  function apply(input) {
    const p = platform();
    if (input[0] === 'touch') p.__touch(input[1], input[2], input[3], input[4]);
    else if (input[0] === 'key') { if (typeof p.__key === 'function') p.__key(input[1], input[2]); }
    else if (input[0] === 'visibility') p.__visibility(input[1]);
  }

  /** One frame, in the CPython side's order: images, SDK timers, the animation frame. */
  async function step(ms) {
    for (const { image, ready } of pendingImages.splice(0)) {
      const result = await ready;
      await task(() => deliverImage(image, result));
    }
    timerClock += ms;
    const due = timers.filter((timer) => timer.due <= timerClock)
      .sort((a, b) => a.due - b.due || a.id - b.id);
    for (const timer of due) timers.splice(timers.indexOf(timer), 1);
    for (const timer of due) await task(() => timer.fn(...timer.args));
    await task(() => platform().__step(ms));
  }

  async function play() {
    await env.yieldTask();
    closeFrame(); // frame 0: the module's own top-level run
    for (let frame = 1; frame <= job.frames; frame += 1) {
      for (const input of job.inputs[String(frame)] || []) await task(() => apply(input));
      await step(job.ms);
      closeFrame();
    }
    return { frames, captured, errors };
  }

  function install(given, environment) {
    job = given;
    env = environment;
    Math.random = mathRandom(job.seed);
    globalThis.__pyminisRandomSeed = job.seed;
    installTimers();
    installConsole();
    trap('pyminisPlatform', wrapPlatform);
    trap('TTMinis', (sdk) => { prepareStandIn(sdk); return sdk; });
    globalThis.__pyminisManualFrames = true;
  }

  /** The page's environment (Chromium): a task boundary, and images loaded for real. */
  function pageEnv() {
    const channel = new MessageChannel();
    const waiting = [];
    channel.port1.onmessage = () => waiting.shift()();
    globalThis.addEventListener('unhandledrejection', (event) => { event.preventDefault(); recordError(event.reason); });
    globalThis.addEventListener('error', (event) => { event.preventDefault(); recordError(event.error || event.message); });
    return {
      yieldTask: () => new Promise((resolve) => { waiting.push(resolve); channel.port2.postMessage(null); }),
      imageReady: (raw, src) => new Promise((resolve) => {
        raw.onload = () => resolve({ ok: true, width: raw.naturalWidth, height: raw.naturalHeight });
        raw.onerror = () => resolve({ ok: false });
        raw.src = src;
      }),
    };
  }

  globalThis.pyminisVerify = { install, play, pageEnv, recordError, mathRandom, textWidth };
})();
