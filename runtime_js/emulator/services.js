/**
 * The emulated device's services: storage, audio, subpackages, vibration and network
 * (platform-docs/native-runtime.md), in the callback style of the native runtime
 * (`{success, fail, complete}`) with the documented task objects.
 *
 * Loaded in the emulator worker with importScripts; exposes `__pyminisEmulator.makeServices`.
 */
(() => {
  /** Answer a `{success, fail, complete}` call asynchronously, as the runtime does. */
  function answer(params, fail, value) {
    setTimeout(() => {
      if (fail) params.fail?.(fail);
      else params.success?.(value);
      params.complete?.();
    }, 0);
  }

  /**
   * @param {Object} env
   * @param {string} env.base  The package folder URL.
   * @param {Object} env.gameJson  The package's game.json.
   * @param {Object<string, *>} env.storage  Initial storage (key → value).
   * @param {function(Object): void} env.post  Sends a message to the emulator page.
   * @param {function(Object): void} env.log  Records a device call for tests.
   * @param {Object} env.tools  fetch, importScripts, URL, AbortController, captured before being
   *   hidden.
   * @param {function(string): void} env.loadedScript  Called before a subpackage script runs.
   */
  function makeServices(env) {
    // -- storage: values kept as JSON text, as a phone's storage keeps plain data ------------
    const store = new Map(Object.entries(env.storage || {}).map(([k, v]) => [k, JSON.stringify(v)]));
    const mirror = () => env.post({ type: 'storage', entries: Object.fromEntries(
      [...store].map(([k, text]) => [k, JSON.parse(text)])) });
    const storage = {
      setStorageSync(key, data) {
        if (data === undefined) throw new Error('setStorageSync: data is undefined');
        store.set(String(key), JSON.stringify(data));
        mirror();
      },
      getStorageSync: (key) => (store.has(key) ? JSON.parse(store.get(key)) : ''),
      removeStorageSync(key) { store.delete(key); mirror(); },
      clearStorageSync() { store.clear(); mirror(); },
      getStorageInfoSync: () => ({ keys: [...store.keys()], limitSize: 10240,
        currentSize: Math.ceil([...store].reduce((n, [k, v]) => n + k.length + v.length, 0) / 1024) }),
    };
    for (const name of ['setStorage', 'getStorage', 'removeStorage', 'clearStorage', 'getStorageInfo']) {
      storage[name] = (params = {}) => {
        try {
          const sync = storage[`${name}Sync`];
          const result = name === 'setStorage' ? sync(params.key, params.data) : sync(params.key);
          answer(params, null, name === 'getStorage' ? { data: result }
            : name === 'getStorageInfo' ? result : { errMsg: `${name}:ok` });
        } catch (error) {
          answer(params, { errMsg: `${name}:fail ${error.message}` });
        }
      };
    }

    // -- audio: the page plays; the worker holds the context the game sees -----------------
    const audios = new Map();
    let nextAudio = 1;
    function createInnerAudioContext() {
      const id = nextAudio++;
      const handlers = {};
      const state = { src: '', loop: false, volume: 1, autoplay: false, startTime: 0,
        playbackRate: 1, paused: true, currentTime: 0, duration: 0, buffered: 0 };
      const send = (op, extra = {}) => env.post({ type: 'audio', id, op, ...extra });
      const context = {};
      for (const key of ['src', 'loop', 'volume', 'autoplay', 'startTime', 'playbackRate']) {
        Object.defineProperty(context, key, {
          get: () => state[key],
          set: (value) => {
            state[key] = value;
            send('set', { key, value: key === 'src' ? new env.tools.URL(String(value), env.base).href : value });
          },
        });
      }
      for (const key of ['paused', 'currentTime', 'duration', 'buffered']) {
        Object.defineProperty(context, key, { get: () => state[key] });
      }
      for (const op of ['play', 'pause', 'stop', 'destroy']) {
        context[op] = () => { send(op); if (op === 'destroy') audios.delete(id); };
      }
      context.seek = (seconds) => send('seek', { value: seconds });
      for (const event of ['Canplay', 'Play', 'Pause', 'Stop', 'Ended', 'Error', 'TimeUpdate', 'Waiting', 'Seeking', 'Seeked']) {
        handlers[event] = [];
        context[`on${event}`] = (callback) => handlers[event].push(callback);
        context[`off${event}`] = (callback) => {
          const list = handlers[event];
          if (!callback) list.length = 0;
          else if (list.includes(callback)) list.splice(list.indexOf(callback), 1);
        };
      }
      audios.set(id, { state, handlers });
      send('create');
      return context;
    }
    /** An event of the page's audio element, for context `id`. */
    function audioEvent(id, event, latest, detail) {
      const audio = audios.get(id);
      if (!audio) return;
      Object.assign(audio.state, latest);
      for (const callback of audio.handlers[event].slice()) callback(detail || {});
    }

    // -- subpackages: fetch the script with progress, then run it --------------------------
    const subpackages = (env.gameJson.subpackages || []);
    const loaded = new Set();
    function loadSubpackage(params = {}) {
      const progress = [];
      const task = {
        onProgressUpdate: (callback) => progress.push(callback),
        offProgressUpdate: (callback) => { if (progress.includes(callback)) progress.splice(progress.indexOf(callback), 1); },
      };
      const sub = subpackages.find((s) => s.name === params.name || s.root === params.name);
      env.log({ name: 'loadSubpackage', params: { name: params.name } });
      if (!sub) {
        answer(params, { errMsg: `loadSubpackage:fail subpackage ${params.name} is not in game.json` });
        return task;
      }
      const url = new env.tools.URL(`${sub.root.replace(/\/$/, '')}/game.js`, env.base).href;
      const report = (written, total) => {
        const update = { progress: total ? Math.round((written / total) * 100) : 100,
          totalBytesWritten: written, totalBytesExpectedToWrite: total };
        for (const callback of progress.slice()) callback(update);
      };
      (async () => {
        const response = await env.tools.fetch(url);
        if (!response.ok) throw new Error(`${response.status} for ${sub.root}/game.js`);
        const total = Number(response.headers.get('content-length')) || 0;
        const reader = response.body.getReader();
        let written = 0;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          written += value.length;
          report(written, total || written);
        }
        report(written, written);
        if (!loaded.has(sub.name)) {
          loaded.add(sub.name);
          env.loadedScript(url);
          env.tools.importScripts(url); // a phone runs the subpackage's game.js once
        }
      })().then(() => answer(params, null, { errMsg: 'loadSubpackage:ok' }),
        (error) => answer(params, { errMsg: `loadSubpackage:fail ${error.message}` }));
      return task;
    }

    // -- small device calls -----------------------------------------------------------------
    const device = {
      vibrateShort: (params = {}) => { env.log({ name: 'vibrateShort', params: { type: params.type } }); answer(params, null, {}); },
      vibrateLong: (params = {}) => { env.log({ name: 'vibrateLong', params: {} }); answer(params, null, {}); },
      request(params = {}) {
        const controller = new env.tools.AbortController();
        env.log({ name: 'request', params: { url: params.url, method: params.method || 'GET' } });
        const body = params.data === undefined || (params.method || 'GET') === 'GET' ? undefined
          : (typeof params.data === 'string' ? params.data : JSON.stringify(params.data));
        env.tools.fetch(params.url, { method: params.method || 'GET', headers: params.header || {}, body,
          signal: controller.signal })
          .then(async (response) => {
            const text = await response.text();
            let data = text;
            if ((params.dataType || 'json') === 'json') {
              try { data = JSON.parse(text); } catch { /* the runtime hands back the text */ }
            }
            answer(params, null, { data, statusCode: response.status, header: Object.fromEntries(response.headers) });
          })
          .catch((error) => answer(params, { errMsg: `request:fail ${error.message}` }));
        return { abort: () => controller.abort() };
      },
    };

    return {
      api: { ...storage, createInnerAudioContext, loadSubpackage, ...device },
      audioEvent,
    };
  }

  globalThis.__pyminisEmulator = Object.assign(globalThis.__pyminisEmulator || {}, { makeServices });
})();
