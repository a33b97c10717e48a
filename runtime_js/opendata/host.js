/**
 * The platform's side of the open data domain, in the page (the "Main Frame" of 004).
 *
 * Starts the domain (domain.js, a Worker) on the package's `openDataContext/index.js`, puts the
 * shared canvas over the game (its control transferred to the domain, so the game can place it
 * but never read it), shows the authorization dialog of 004 (avatar and nickname, friend
 * relationship chain, incremental), and gives the game its calls: getOpenDataContext,
 * getSharedCanvas, authorizeOpenContext, setUserCloudStorage, removeUserCloudStorage.
 *
 * `log` records every message between the game and the domain, both ways, for tests: the
 * domain never sends the game friend data, and a test can check it.
 *
 * Usage (a page that already loaded the SDK stand-in):
 *   pyminisOpenData.install(TTMinis.game, { script, domainUrl | domainSource, friends, me,
 *                                           granted, appName })
 */
(() => {
  /** The calls 003/004 give the open data domain alone. */
  const DOMAIN_ONLY = ['getFriendCloudStorage', 'getUserCloudStorage', 'shareToUser', 'onMessage'];
  const SCOPES = {
    profile: 'Use your avatar and nickname',
    friends: 'See your friends who play this game (mutual followers)',
  };

  /** A PNG avatar (a coloured disc with an initial) for fake friends without one. */
  function avatarFor(name, index) {
    const hues = [348, 178, 48, 268, 128, 18, 208];
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 64;
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = `hsl(${hues[index % hues.length]} 80% 55%)`;
    ctx.fillRect(0, 0, 64, 64);
    ctx.fillStyle = '#ffffff';
    ctx.font = 'bold 36px sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText((name || '?').slice(0, 1).toUpperCase(), 32, 34);
    return canvas.toDataURL('image/png');
  }

  function withAvatars(friends) {
    return (friends || []).map((friend, index) => {
      const name = friend.display_name ?? friend.nickname ?? '';
      if (friend.avatar_url || friend.avatarUrl) return friend;
      return { ...friend, avatar_url: avatarFor(name, index) };
    });
  }

  function domainWorker(options) {
    if (options.domainUrl) return new Worker(options.domainUrl);
    const blob = new Blob([options.domainSource], { type: 'text/javascript' });
    return new Worker(URL.createObjectURL(blob));
  }

  /**
   * @param {Object} options
   * @param {string} options.script  URL of the package's openDataContext/index.js.
   * @param {string} [options.domainUrl]  URL of domain.js (same origin), or
   * @param {string} [options.domainSource]  its source text.
   * @param {Array<Object>} [options.friends]  Fake friends (003 or 004 shape); avatars made if absent.
   * @param {Object<string,string>} [options.me]  The player's cloud storage at start.
   * @param {Array<string>} [options.granted]  Scopes already granted: "profile", "friends".
   * @param {string} [options.appName]  Shown in the authorization dialog.
   * @param {function(string, Object, Object): void} [options.record]  Records a game call.
   * @param {function(string, Object): void} [options.cloudChanged]  The player's storage changed.
   * @param {function(ImageBitmap): void} [options.onFrame]  The native emulator: the domain
   *   draws on a canvas of its own and each change arrives here (for the game's
   *   `getOpenDataContext().canvas`); the page's overlay, if any, shows it only once the game
   *   places it by `style` (003/004). Without it (h5), the overlay's control moves to the
   *   domain and the overlay shows at once.
   * @param {boolean} [options.overlay=true]  With onFrame: keep a CSS-placed overlay at all.
   * @param {'tiktok'|'wechat'} [options.cloudShape]  The shape of the domain's cloud answers.
   * @param {{globals: string, frameArgument: boolean, profilesUrl: string}} [options.runtime]
   *   The emulator profile's runtime for the domain's script too (profiles.js).
   */
  function create(options) {
    const record = options.record || (() => {});
    const log = [];
    const granted = new Set(options.granted || []);
    const worker = domainWorker(options);
    const native = typeof options.onFrame === 'function';
    const element = document.createElement('canvas');
    element.id = 'pyminis-shared-canvas';
    element.style.cssText = 'position:fixed;left:0;top:0;width:100vw;height:100vh;pointer-events:none;z-index:10';
    // Natively the game draws the domain's canvas itself: the overlay waits for a `style`.
    if (native) element.style.display = 'none';
    if (!native || options.overlay !== false) (document.body || document.documentElement).appendChild(element);
    const offscreen = native ? null : element.transferControlToOffscreen();
    const size = { width: 300, height: 150 };
    const pending = new Map();
    let nextId = 1;
    let resolveReady;
    const ready = new Promise((resolve) => { resolveReady = resolve; });
    const errors = [];

    worker.addEventListener('message', (event) => {
      const message = event.data;
      if (message.type !== 'frame') log.push({ from: 'open-data', to: 'platform', data: message });
      if (message.type === 'frame') {
        if (element.isConnected) { // drawn even while hidden: shown as soon as the game places it
          element.width = message.bitmap.width;
          element.height = message.bitmap.height;
          element.getContext('2d').drawImage(message.bitmap, 0, 0);
        }
        options.onFrame?.(message.bitmap);
        return;
      }
      if (message.type === 'ready') resolveReady(message.ok);
      else if (message.type === 'error') {
        errors.push(message.message);
        console.error(`[open data domain] ${message.message}`);
      } else if (message.type === 'reply') {
        const done = pending.get(message.id);
        pending.delete(message.id);
        done?.(message);
      }
    });
    worker.postMessage({ type: 'init', canvas: offscreen || undefined, script: options.script,
      friends: withAvatars(options.friends), me: options.me || {}, cloudShape: options.cloudShape || 'tiktok',
      runtime: options.runtime || null },
    offscreen ? [offscreen] : []);

    function send(data) {
      log.push({ from: 'game', to: 'open-data', data });
      worker.postMessage({ type: 'message', data });
    }

    /** A callback-style answer to the game, recorded like the SDK stand-in's calls. */
    function settle(name, params, fail, value) {
      record(name, params, fail ? { fail } : { ok: value });
      log.push({ from: 'platform', to: 'game', call: name, data: fail || value });
      setTimeout(() => {
        if (fail) params?.fail?.(fail);
        else params?.success?.(value);
        params?.complete?.();
      }, 0);
    }

    function cloud(name, op, params) {
      const id = nextId++;
      const plain = JSON.parse(JSON.stringify({ data: params?.data, keyList: params?.keyList }));
      pending.set(id, (reply) => {
        if (reply.ok) options.cloudChanged?.(op, plain);
        settle(name, params, reply.ok ? null : { errMsg: `${name}:fail ${reply.errMsg}` }, { errMsg: `${name}:ok` });
      });
      worker.postMessage({ type: 'cloud', id, op, params: plain });
    }

    // -- the authorization dialog (004 "Authorization Stage") ------------------------------
    let dialog = null;
    function ask(missing, done) {
      dialog = document.createElement('div');
      dialog.id = 'pyminis-authorize';
      dialog.setAttribute('role', 'dialog');
      dialog.style.cssText = 'position:fixed;left:6vw;right:6vw;bottom:6vh;z-index:30;padding:20px;border-radius:14px;'
        + 'background:#fff;color:#161823;font:16px/1.4 sans-serif;box-shadow:0 8px 40px rgba(0,0,0,.5)';
      const title = document.createElement('p');
      title.style.fontWeight = 'bold';
      title.textContent = `${options.appName || document.title || 'This game'} would like to:`;
      const list = document.createElement('ul');
      for (const scope of missing) {
        const item = document.createElement('li');
        item.dataset.scope = scope;
        item.textContent = SCOPES[scope];
        list.appendChild(item);
      }
      const buttons = document.createElement('div');
      buttons.style.cssText = 'display:flex;gap:12px;justify-content:flex-end';
      for (const [answer, label] of [['deny', "Don't allow"], ['allow', 'Allow']]) {
        const button = document.createElement('button');
        button.dataset.answer = answer;
        button.textContent = label;
        button.style.cssText = 'font:inherit;padding:8px 18px;border-radius:8px;border:0;'
          + (answer === 'allow' ? 'background:#fe2c55;color:#fff' : 'background:#eee;color:#161823');
        button.addEventListener('click', () => {
          dialog.remove();
          dialog = null;
          done(answer === 'allow');
        });
        buttons.appendChild(button);
      }
      dialog.append(title, list, buttons);
      document.body.appendChild(dialog);
    }

    function authorizeOpenContext(params = {}) {
      const name = 'authorizeOpenContext';
      const missing = Object.keys(SCOPES).filter((scope) => !granted.has(scope));
      const code = { code: 'stand-in-open-context-code', errMsg: `${name}:ok` };
      if (missing.length === 0) return settle(name, params, null, code);
      if (params.get_status_only) return settle(name, params, { errMsg: `${name}:fail auth deny` });
      if (dialog) return settle(name, params, { errMsg: `${name}:fail another request is in progress` });
      // Incremental: only the scopes not granted yet are asked for.
      return ask(missing, (allowed) => {
        if (allowed) missing.forEach((scope) => granted.add(scope));
        settle(name, params, allowed ? null : { errMsg: `${name}:fail auth deny` }, code);
      });
    }

    const view = {
      get width() { return size.width; },
      set width(value) { size.width = value; worker.postMessage({ type: 'resize', width: value }); },
      get height() { return size.height; },
      set height(value) { size.height = value; worker.postMessage({ type: 'resize', height: value }); },
      style: element.style,
    };

    const api = {
      getOpenDataContext() {
        record('getOpenDataContext', null, { ok: {} });
        return { postMessage: (data) => send(JSON.parse(JSON.stringify(data ?? null))) };
      },
      getSharedCanvas: () => view,
      authorizeOpenContext,
      setUserCloudStorage: (params) => cloud('setUserCloudStorage', 'set', params),
      removeUserCloudStorage: (params) => cloud('removeUserCloudStorage', 'remove', params),
    };

    return {
      api,
      view,
      send,
      log,
      errors,
      ready,
      element,
      granted,
      /** The developer edited the fake friends (the simulator's panel). */
      setFriends: (friends) => worker.postMessage({ type: 'friends', friends: withAvatars(friends) }),
      terminate: () => worker.terminate(),
    };
  }

  /**
   * Give `game` (TTMinis.game, after the SDK stand-in) the open data calls, recording them in
   * TTMinis.__calls. The domain starts when the game first uses one, so a game without an
   * open data domain never loads one; `TTMinis.__openData` is its host once started.
   */
  function install(game, options) {
    const sdk = globalThis.TTMinis;
    const record = (name, params, answer) => {
      const copy = JSON.parse(JSON.stringify(params ?? null));
      sdk?.__calls?.push({ name, params: copy, answer });
    };
    // The player's own values (never a friend's) show in the simulator's cloud-storage view.
    const cloudChanged = (op, params) => {
      const mine = sdk?.__state?.cloud;
      if (!mine) return;
      if (op === 'set') for (const item of params.data || []) mine[item.key] = item.value;
      else for (const key of params.keyList || []) delete mine[key];
    };
    let host = null;
    const started = () => {
      if (!host) {
        host = create({ record, cloudChanged, ...options, friends: options.friends ?? sdk?.__state?.friends ?? [] });
        if (sdk) sdk.__openData = host;
      }
      return host;
    };
    for (const name of ['getOpenDataContext', 'getSharedCanvas', 'authorizeOpenContext',
      'setUserCloudStorage', 'removeUserCloudStorage']) {
      game[name] = (...args) => started().api[name](...args);
    }
    // 003: only the open data domain may call these; the game's namespace does not have them.
    for (const name of DOMAIN_ONLY) {
      if (sdk?.__remove) sdk.__remove(name);
      else delete game[name];
    }
    return { started };
  }

  globalThis.pyminisOpenData = { create, install };
})();
