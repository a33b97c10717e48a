/**
 * The platform interface: what `pyminis.engine` needs from its host, and nothing more.
 *
 * Every backend defines one object, the JS global `pyminisPlatform`, before the game runs:
 *   - runtime_js/platform/h5.js      browser page (h5, minis targets, simulator)
 *   - runtime_js/platform/native.js  native runtime (passes through `tt` / `wx` / `TTMinis.game`)
 *   - pyminis/headless/               CPython (pytest), same names, Pillow canvas
 *
 * It is shaped like the native runtime's globals (platform-docs/native-runtime.md), so the
 * native backend is mostly a pass-through. This file holds no code: it is the contract. A test
 * (tests/engine/test_platform_interface.py) reads every `@property` name of `PyminisPlatform`
 * below and checks each backend defines it; optional members are written `[name]`.
 *
 * Units: touch and window coordinates are CSS pixels of the window (what the native runtime
 * calls window pixels); canvas width/height are backing-store pixels. Times are milliseconds.
 *
 * Deterministic stepping (tests, benchmarks): when `globalThis.__pyminisManualFrames === true`
 * before the backend loads, `requestAnimationFrame` only queues, the clock stands still, and
 * the test drives time with `__step` and input with `__touch` / `__key`. Backends keep this
 * behaviour identical so one scripted plan plays the same on every backend.
 *
 * @typedef {Object} PyminisPlatform
 * @property {'h5'|'native'|'emulator'|'headless'} kind  Which backend this is.
 * @property {() => PlatformCanvas} createCanvas  The first call returns the on-screen canvas,
 *   sized to the window times pixelRatio; later calls return off-screen canvases (width and
 *   height 1 until set).
 * @property {() => PlatformImage} createImage  An image; set `onload`/`onerror`, then `src`
 *   (a path relative to the package root such as `assets/bunny.png`, a URL or a data URL).
 * @property {(path: string) => (string|null)} loadFont  Registers a font file; returns the
 *   family name to use in `ctx.font`, or null when it cannot. May complete after returning on
 *   h5 (text drawn before then uses a fallback font).
 * @property {() => SystemInfo} getSystemInfoSync  Window size, pixel ratio, safe area.
 * @property {(callback: (timestamp: number) => void) => number} requestAnimationFrame
 * @property {(id: number) => void} cancelAnimationFrame
 * @property {(fps: number) => void} setPreferredFramesPerSecond  1..60; a hint.
 * @property {() => number} now  Monotonic milliseconds (the virtual clock in manual mode).
 * @property {(cb: (e: TouchEvent) => void) => void} onTouchStart
 * @property {(cb: (e: TouchEvent) => void) => void} offTouchStart
 * @property {(cb: (e: TouchEvent) => void) => void} onTouchMove
 * @property {(cb: (e: TouchEvent) => void) => void} offTouchMove
 * @property {(cb: (e: TouchEvent) => void) => void} onTouchEnd
 * @property {(cb: (e: TouchEvent) => void) => void} offTouchEnd
 * @property {(cb: (e: TouchEvent) => void) => void} onTouchCancel
 * @property {(cb: (e: TouchEvent) => void) => void} offTouchCancel
 * @property {(cb: (e: KeyEvent) => void) => void} [onKeyDown]  Where a keyboard exists (h5).
 * @property {(cb: (e: KeyEvent) => void) => void} [onKeyUp]
 * @property {(cb: (e: KeyEvent) => void) => void} [offKeyDown]
 * @property {(cb: (e: KeyEvent) => void) => void} [offKeyUp]
 * @property {(cb: (size: Object) => void) => void} [onWindowResize]  `{windowWidth,
 *   windowHeight}`; the on-screen canvas is already resized when it runs.
 * @property {(cb: (size: Object) => void) => void} [offWindowResize]
 * @property {(cb: (e: Object) => void) => void} onShow  The game came back (`{scene, query}`
 *   natively; `{}` on h5).
 * @property {(cb: (e: Object) => void) => void} offShow
 * @property {(cb: (e: Object) => void) => void} onHide  The game went to the background.
 * @property {(cb: (e: Object) => void) => void} offHide
 * @property {(cb: () => void) => void} [onAudioInterruptionBegin]  A call or another app took
 *   the audio (native: the runtime's event); the engine pauses its sounds.
 * @property {(cb: () => void) => void} [onAudioInterruptionEnd]  The audio is back: the engine
 *   plays its music again (the runtime does not resume it by itself).
 * @property {(hook: (screen: PlatformCanvas) => void) => void} [afterFrame]  Runs `hook` after
 *   each display frame's callbacks, with the on-screen canvas (native: the open data canvas is
 *   drawn over the game there, runtime_js/platform/native_open_data.js).
 * @property {() => Object} [getSharedCanvas]  The open data domain's canvas as the game places
 *   it (`width`, `height`, `style.left/top/width/height/display` in vw, vh or px): natively the
 *   backend draws `getOpenDataContext().canvas` into that box each frame; absent where the SDK
 *   places it itself (h5: `TTMinis.game.getSharedCanvas()`).
 * @property {() => AudioContextLike} createInnerAudioContext  One sound or music track.
 * @property {() => void} [unlockAudio]  Called by the engine inside the first touch handler,
 *   so browsers that need a gesture let audio play; natively a no-op or absent.
 * @property {(name: string, onProgress?: (fraction: number) => void) => Promise<void>} [loadSubpackage]
 *   Download subpackage `name` (config `pyminis.subpackages`) and run its game.js once;
 *   `onProgress` gets 0..1 (native.js over `tt.loadSubpackage`; h5_subpackages.js in pages).
 * @property {(progress: number) => void} [setLoadingProgress]  0..1 on the platform's loading
 *   screen (the SDK's setLoadingProgress, failures logged); nothing where the SDK lacks it.
 * @property {() => Object} [getMenuButtonBoundingClientRect]  The SDK's menu button rect
 *   `{left, top, right, bottom}` in window CSS pixels (0 for a side it leaves out); throws
 *   where the SDK lacks it.
 * @property {(key: string) => *} getStorageSync  The value stored (JSON round trip), or ''.
 * @property {(key: string, value: *) => void} setStorageSync
 * @property {(key: string) => void} removeStorageSync
 * @property {(ms?: number) => void} __step  Manual mode: advance the clock by `ms` (default
 *   1000/60) and run the queued animation-frame callbacks once, with that timestamp.
 * @property {(kind: string, x: number, y: number, id?: number) => void} __touch  `kind` is
 *   'start' | 'move' | 'end' | 'cancel'. Manual or not: dispatch one touch (window CSS pixels) to the touch listeners, as
 *   the real input path would. `id` defaults to 1.
 * @property {(kind: 'down'|'up', key: string) => void} [__key]  Dispatch a key event.
 * @property {(hidden: boolean) => void} __visibility  Dispatch hide (true) or show (false).
 */

/**
 * @typedef {Object} PlatformCanvas
 * @property {number} width   Backing-store pixels (settable).
 * @property {number} height
 * @property {(kind: '2d') => CanvasRenderingContext2D} getContext  The engine uses: save,
 *   restore, setTransform, translate, rotate, scale, globalAlpha, fillStyle, strokeStyle,
 *   lineWidth, font, textAlign, textBaseline, fillRect, clearRect, strokeRect, beginPath,
 *   arc, rect, moveTo, lineTo, closePath, fill, stroke, fillText, measureText,
 *   drawImage (3, 5 and 9 arguments; a canvas is accepted as the image), imageSmoothingEnabled.
 *   The headless backend implements exactly this list.
 */

/**
 * @typedef {Object} PlatformImage
 * @property {string} src
 * @property {number} width
 * @property {number} height
 * @property {?function(): void} onload
 * @property {?function(*): void} onerror
 */

/**
 * @typedef {Object} SystemInfo
 * @property {number} windowWidth   CSS pixels.
 * @property {number} windowHeight
 * @property {number} screenWidth
 * @property {number} screenHeight
 * @property {number} pixelRatio    Backing-store pixels per CSS pixel.
 * @property {{left: number, top: number, right: number, bottom: number, width: number,
 *   height: number}} safeArea  In window CSS pixels.
 * @property {number} statusBarHeight
 * @property {string} platform  'ios' | 'android' | 'devtools' …
 * @property {string} language
 */

/**
 * @typedef {Object} TouchPoint
 * @property {number} identifier
 * @property {number} clientX  Window CSS pixels (natively equal to screenX).
 * @property {number} clientY
 * @property {number} screenX
 * @property {number} screenY
 */

/**
 * @typedef {Object} TouchEvent
 * @property {TouchPoint[]} touches         Every point still down after this event.
 * @property {TouchPoint[]} changedTouches  The points this event is about.
 * @property {number} timeStamp
 */

/**
 * @typedef {Object} KeyEvent
 * @property {string} key   As DOM `KeyboardEvent.key`: 'ArrowLeft', ' ', 'a' …
 * @property {string} code
 */

/**
 * @typedef {Object} AudioContextLike  The native InnerAudioContext subset the engine uses.
 * @property {string} src
 * @property {boolean} loop
 * @property {number} volume  0..1
 * @property {boolean} paused
 * @property {() => void} play
 * @property {() => void} pause
 * @property {() => void} stop
 * @property {(seconds: number) => void} seek
 * @property {() => void} destroy
 * @property {(cb: () => void) => void} onCanplay
 * @property {(cb: () => void) => void} onEnded
 * @property {(cb: (e: *) => void) => void} onError
 */
