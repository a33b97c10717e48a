/**
 * The emulated device: the native runtime's screen, input, system and lifecycle API
 * (platform-docs/native-runtime.md "Globals"), implemented inside a Web Worker.
 *
 * The first `createCanvas()` is the phone screen: an OffscreenCanvas whose placeholder canvas
 * fills the emulator page. Touch events arrive from the page as documented native events
 * (`{touches, changedTouches, timeStamp}`, points `{identifier, screenX, screenY}` only: a game
 * that relies on browser-only fields fails here as on a phone).
 *
 * Loaded with importScripts; exposes `__pyminisEmulator.makeDevice(env)`.
 */
(() => {
  /**
   * @typedef {Object} DeviceEnv
   * @property {OffscreenCanvas} screen  The transferred on-screen canvas.
   * @property {string} base  URL of the package folder (ends with '/').
   * @property {Object} info  windowWidth, windowHeight, screenWidth, screenHeight, pixelRatio,
   *   platform, language, statusBarHeight, safeArea.
   * @property {Object} query  Launch query (from the emulator URL).
   * @property {Object} tools  Worker capabilities captured before they were hidden from the
   *   game: OffscreenCanvas, createImageBitmap, fetch, FontFace, fonts.
   * @property {function(Object): void} log  Records a device call for tests.
   * @property {{dataUrl: function(OffscreenCanvas): string}} png  The PNG encoder (png.js).
   * @property {Object} profile  The runtime played (profiles.js): touch fields, time base,
   *   system info fields.
   * @property {WeakMap<Object, function(): *>} drawables  Objects drawImage takes by their
   *   current bitmap (the open data canvas).
   */

  /** An image like the native runtime's `createImage()`: set `src`, get `onload`. */
  function imageClass(env) {
    return class EmulatedImage {
      constructor() {
        this.width = 0;
        this.height = 0;
        this.complete = false;
        this.onload = null;
        this.onerror = null;
        this.__bitmap = null;
        this.__src = '';
        this.__listeners = { load: [], error: [] };
      }

      get src() { return this.__src; }

      set src(value) {
        this.__src = String(value);
        this.complete = false;
        const url = new env.tools.URL(this.__src, env.base).href;
        env.tools.fetch(url)
          .then((response) => {
            if (!response.ok) throw new Error(`${response.status} for ${this.__src}`);
            return response.blob();
          })
          .then((blob) => env.tools.createImageBitmap(blob))
          .then((bitmap) => {
            this.__bitmap = bitmap;
            this.width = bitmap.width;
            this.height = bitmap.height;
            this.complete = true;
            this.__fire('load', {});
          })
          .catch((error) => this.__fire('error', { errMsg: `createImage: cannot load ${this.__src}: ${error.message}` }));
      }

      addEventListener(type, callback) { (this.__listeners[type] || []).push(callback); }

      removeEventListener(type, callback) {
        const list = this.__listeners[type] || [];
        if (list.includes(callback)) list.splice(list.indexOf(callback), 1);
      }

      __fire(type, event) {
        const handler = type === 'load' ? this.onload : this.onerror;
        if (handler) handler.call(this, event);
        for (const callback of this.__listeners[type].slice()) callback.call(this, event);
      }
    };
  }

  /** Let 2D contexts draw emulated images (they hold an ImageBitmap once loaded) and the
   * `drawables` (the open data canvas: its current bitmap, null before the first). */
  function teachContexts(Context, drawables) {
    const unwrap = (image) => {
      if (image && drawables && drawables.has(image)) return drawables.get(image)();
      return image && image.__bitmap !== undefined ? image.__bitmap : image;
    };
    const { drawImage, createPattern } = Context.prototype;
    Context.prototype.drawImage = function drawEmulated(image, ...rest) {
      const bitmap = unwrap(image);
      if (bitmap === null) return undefined; // not loaded yet: a phone draws nothing either
      return drawImage.call(this, bitmap, ...rest);
    };
    Context.prototype.createPattern = function patternEmulated(image, repeat) {
      return createPattern.call(this, unwrap(image), repeat);
    };
  }

  /** @param {DeviceEnv} env */
  function makeDevice(env) {
    const { info } = env;
    const Image = imageClass(env);
    teachContexts(env.tools.Context2D, env.drawables);
    const kinds = ['touchstart', 'touchmove', 'touchend', 'touchcancel', 'show', 'hide', 'error'];
    const listeners = Object.fromEntries(kinds.map((kind) => [kind, []]));
    const stats = { canvases: 0, touches: 0, fps: 60 };
    const on = (kind) => (callback) => { listeners[kind].push(callback); };
    const off = (kind) => (callback) => {
      const list = listeners[kind];
      if (!callback) list.length = 0;
      else if (list.includes(callback)) list.splice(list.indexOf(callback), 1);
    };
    const fire = (kind, event) => {
      for (const callback of listeners[kind].slice()) callback(event);
    };

    env.screen.width = info.windowWidth;
    env.screen.height = info.windowHeight;

    function createCanvas() {
      stats.canvases += 1;
      const canvas = stats.canvases === 1 ? env.screen : new env.tools.OffscreenCanvas(300, 150);
      // The native canvas answers toDataURL at once; an OffscreenCanvas cannot (png.js).
      canvas.toDataURL = () => env.png.dataUrl(canvas);
      return canvas;
    }

    function loadFont(path) {
      const family = String(path).split('/').pop().replace(/\.[^.]+$/, '');
      const face = new env.tools.FontFace(family, `url(${new env.tools.URL(path, env.base).href})`);
      face.load().then((loaded) => env.tools.fonts.add(loaded)).catch(() => {});
      env.log({ name: 'loadFont', params: { path } });
      return family;
    }

    const systemInfo = () => {
      const all = {
        brand: 'pyminis',
        model: 'emulator',
        pixelRatio: info.pixelRatio,
        screenWidth: info.screenWidth,
        screenHeight: info.screenHeight,
        windowWidth: info.windowWidth,
        windowHeight: info.windowHeight,
        statusBarHeight: info.statusBarHeight,
        safeArea: { ...info.safeArea },
        platform: info.platform,
        language: info.language,
        system: `${info.platform} emulator`,
        SDKVersion: 'emulator',
      };
      if (env.profile.devicePixelRatio) all.devicePixelRatio = info.pixelRatio; // TikTok's pages
      return all;
    };

    const launch = () => ({ scene: 1001, query: { ...env.query } });

    /** A touch point as the profile's runtime reports it: screenX/screenY (TikTok's pages)
     * or clientX/clientY with pageX/pageY and force (WeChat's typings), nothing else. */
    const strip = env.profile.touchFields === 'client'
      ? (t) => ({ identifier: t.identifier, clientX: t.screenX, clientY: t.screenY, pageX: t.screenX,
        pageY: t.screenY, force: 1 })
      : (t) => ({ identifier: t.identifier, screenX: t.screenX, screenY: t.screenY });

    /** A documented native touch event from the page's pointer data. */
    function touch(kind, data) {
      stats.touches += 1;
      fire(kind, {
        touches: data.touches.map(strip),
        changedTouches: data.changedTouches.map(strip),
        // The page's clock, or (strict) epoch milliseconds: no time base is documented.
        timeStamp: env.profile.timeStamps === 'epoch' ? Date.now() : data.timeStamp,
      });
    }

    const api = {
      createCanvas,
      createImage: () => new Image(),
      loadFont,
      getSystemInfoSync: systemInfo,
      getSystemInfo: (params = {}) => setTimeout(() => {
        params.success?.(systemInfo());
        params.complete?.();
      }, 0),
      getWindowInfo: () => {
        const all = systemInfo();
        return { pixelRatio: all.pixelRatio, screenWidth: all.screenWidth, screenHeight: all.screenHeight,
          windowWidth: all.windowWidth, windowHeight: all.windowHeight, statusBarHeight: all.statusBarHeight,
          safeArea: all.safeArea };
      },
      setPreferredFramesPerSecond: (fps) => { stats.fps = Math.max(1, Math.min(60, fps)); },
      onTouchStart: on('touchstart'), offTouchStart: off('touchstart'),
      onTouchMove: on('touchmove'), offTouchMove: off('touchmove'),
      onTouchEnd: on('touchend'), offTouchEnd: off('touchend'),
      onTouchCancel: on('touchcancel'), offTouchCancel: off('touchcancel'),
      onShow: on('show'), offShow: off('show'),
      onHide: on('hide'), offHide: off('hide'),
      onError: on('error'), offError: off('error'),
      getLaunchOptionsSync: launch,
      getEnterOptionsSync: launch,
    };

    return {
      api,
      stats,
      touch,
      visibility: (hidden) => fire(hidden ? 'hide' : 'show', hidden ? {} : launch()),
      /** An uncaught error of the game: its onError listeners get `{message, stack}`. */
      error: (details) => fire('error', details),
    };
  }

  globalThis.__pyminisEmulator = Object.assign(globalThis.__pyminisEmulator || {}, { makeDevice });
})();
