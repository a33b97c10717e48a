/**
 * The open data domain, emulated: a dedicated Worker that runs `openDataContext/index.js`.
 *
 * The platform runs the open data domain apart from the game so that only it can read friend
 * data (003/004). Here it is a Worker: the game cannot reach its memory, and it reaches the
 * page only through the messages below, none of which carries friend data. It owns the fake
 * cloud storage (the player's and the friends'), draws on the shared canvas (an OffscreenCanvas
 * whose placeholder the page composites over the game), and answers shareToUser itself.
 *
 * Messages from the page (host.js): `init` {canvas, script, me, friends, cloudShape} (no
 * `canvas`: the domain draws on its own and sends `frame`s), `message` {data} (the game's
 * postMessage), `resize` {width, height}, `cloud` {id, op, params} (the game's
 * setUserCloudStorage / removeUserCloudStorage), `friends` {friends} (the developer edited them).
 * To the page: `ready`, `error` {message}, `reply` {id, ok, errMsg}, and, when the domain owns
 * its canvas, `frame` {bitmap} after each change: the pixels the native runtime's main context
 * draws as `getOpenDataContext().canvas` (never friend data as data).
 *
 * `cloudShape` 'wechat' answers as WeChat's and Douyin's runtimes do (getUserCloudStorage
 * `{KVDataList}`, friends `{nickname, avatarUrl, openid, KVDataList}`), 'tiktok' as 004.
 *
 * Tests may inspect the domain itself (Playwright's page.workers): `globalThis.__pyminisDomain`
 * holds what was drawn (`drawn`), the SDK calls made (`calls`) and the cloud storage.
 */
(() => {
  const post = self.postMessage.bind(self);
  const listeners = [];
  const calls = [];
  const drawn = [];
  /** Cloud storage: the player's key → value, and the friends with their KV lists. */
  const cloud = { me: new Map(), friends: [] };
  let canvas = null;
  let cloudShape = 'tiktok';
  let dirty = false; // the canvas changed since the last frame sent (own-canvas mode)
  const tools = { fetch: self.fetch.bind(self), createImageBitmap: self.createImageBitmap.bind(self) };

  // 003: keys at most 128 characters, values at most 2048.
  function checkKV(item) {
    if (!item || typeof item.key !== 'string' || item.key.length === 0 || item.key.length > 128) {
      return 'key must be a string of 1 to 128 characters';
    }
    if (typeof item.value !== 'string' || item.value.length > 2048) {
      return `value of ${item.key} must be a string of at most 2048 characters`;
    }
    return null;
  }

  function answer(name, params, fail, value) {
    calls.push({ name, params: JSON.parse(JSON.stringify(params || {})), fail: fail || null });
    setTimeout(() => {
      if (fail) params?.fail?.({ errMsg: `${name}:fail ${fail}` });
      else params?.success?.(value);
      params?.complete?.();
    }, 0);
  }

  function setUser(params) {
    if (!Array.isArray(params?.data)) return 'data must be an array of {key, value}';
    for (const item of params.data) {
      const problem = checkKV(item);
      if (problem) return problem;
    }
    for (const item of params.data) cloud.me.set(item.key, item.value);
    return null;
  }

  function removeUser(params) {
    if (!Array.isArray(params?.keyList)) return 'keyList must be an array of keys';
    for (const key of params.keyList) cloud.me.delete(key);
    return null;
  }

  /** The friends' entries in the shape 004 documents (or WeChat's), with only the asked keys. */
  function friendData(keyList) {
    return cloud.friends.map((friend) => {
      const values = (friend.data || []).filter((kv) => keyList.includes(kv.key));
      if (cloudShape === 'wechat') {
        return { nickname: friend.display_name, avatarUrl: friend.avatar_url, openid: friend.open_id,
          KVDataList: values };
      }
      return { display_name: friend.display_name, avatar_url: friend.avatar_url, open_id: friend.open_id,
        user_id: friend.user_id, data: values };
    });
  }

  /** An image for the shared canvas: `src` loads through fetch into an ImageBitmap. */
  function createImage() {
    const image = { width: 0, height: 0, complete: false, onload: null, onerror: null, bitmap: null };
    let source = '';
    Object.defineProperty(image, 'src', {
      get: () => source,
      set: (value) => {
        source = String(value);
        tools.fetch(source).then((r) => {
          if (!r.ok) throw new Error(`HTTP ${r.status}`);
          return r.blob();
        }).then(tools.createImageBitmap).then((bitmap) => {
          Object.assign(image, { bitmap, width: bitmap.width, height: bitmap.height, complete: true });
          image.onload?.();
        }).catch((error) => image.onerror?.({ errMsg: `image ${source}: ${error.message}` }));
      },
    });
    return image;
  }

  // drawImage takes the images above as the platform's own images; fillText is recorded so a
  // test can read what the board shows without the game ever seeing it.
  const Context = self.OffscreenCanvasRenderingContext2D.prototype;
  const drawImage = Context.drawImage;
  Context.drawImage = function drawImageOf(image, ...rest) {
    if (image && image.bitmap !== undefined) {
      if (!image.bitmap) return undefined; // not loaded yet: draws nothing, as a real image
      return drawImage.call(this, image.bitmap, ...rest);
    }
    return drawImage.call(this, image, ...rest);
  };
  const fillText = Context.fillText;
  Context.fillText = function fillTextOf(text, x, y, ...rest) {
    drawn.push({ text: String(text), x, y, fill: String(this.fillStyle), frame: drawn.frame || 0 });
    return fillText.call(this, text, x, y, ...rest);
  };
  // Any drawing marks the canvas changed (own-canvas mode sends it to the page).
  for (const name of ['fillRect', 'strokeRect', 'fill', 'stroke', 'fillText', 'strokeText',
    'drawImage', 'putImageData', 'clearRect']) {
    const original = Context[name];
    Context[name] = function marked(...args) {
      dirty = true;
      return original.apply(this, args);
    };
  }
  const clearRect = Context.clearRect;
  Context.clearRect = function clearRectOf(x, y, w, h) {
    if (x <= 0 && y <= 0 && w >= this.canvas.width && h >= this.canvas.height) {
      drawn.length = 0; // a full clear starts a new picture
      drawn.frame = (drawn.frame || 0) + 1;
    }
    return clearRect.call(this, x, y, w, h);
  };

  const performance = self.performance;
  const nativeRaf = self.requestAnimationFrame ? self.requestAnimationFrame.bind(self)
    : (callback) => setTimeout(() => callback(performance.now()), 16);
  let frameArgument = true; // the strict runtime calls frame callbacks with none
  const raf = (callback) => nativeRaf((time) => (frameArgument ? callback(time) : callback()));
  const caf = self.cancelAnimationFrame ? self.cancelAnimationFrame.bind(self) : clearTimeout;
  const load = self.importScripts.bind(self);

  /** The open data domain's API (003/004 "Open Data Domain APIs"). */
  const tt = {
    onMessage: (callback) => { listeners.push(callback); },
    offMessage: (callback) => { const at = listeners.indexOf(callback); if (at >= 0) listeners.splice(at, 1); },
    getSharedCanvas: () => canvas,
    createImage,
    requestAnimationFrame: raf,
    cancelAnimationFrame: caf,
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (id) => clearTimeout(id),
    getFriendCloudStorage(params) {
      const keys = params?.keyList;
      if (!Array.isArray(keys)) return answer('getFriendCloudStorage', params, 'keyList must be an array');
      return answer('getFriendCloudStorage', params, null, cloudShape === 'wechat'
        ? { data: friendData(keys), errMsg: 'getFriendCloudStorage:ok' }
        : { data: friendData(keys), status_code: 0 });
    },
    getUserCloudStorage(params) {
      const keys = Array.isArray(params?.keyList) ? params.keyList : [];
      const data = keys.filter((k) => cloud.me.has(k)).map((key) => ({ key, value: cloud.me.get(key) }));
      return answer('getUserCloudStorage', params, null,
        cloudShape === 'wechat' ? { KVDataList: data, errMsg: 'getUserCloudStorage:ok' } : { data });
    },
    setUserCloudStorage: (params) => answer('setUserCloudStorage', params, setUser(params), {}),
    removeUserCloudStorage: (params) => answer('removeUserCloudStorage', params, removeUser(params), {}),
    shareToUser(params) {
      // 003: imageUrl and openid are required; the openid must be one of the friends.
      let fail = null;
      if (typeof params?.openid !== 'string' || !cloud.friends.some((f) => f.open_id === params.openid)) {
        fail = 'openid must be the open_id of a friend from getFriendCloudStorage';
      } else if (typeof params.imageUrl !== 'string') fail = 'imageUrl is required';
      return answer('shareToUser', params, fail, {});
    },
  };

  function setFriends(friends) {
    cloud.friends = (friends || []).map((f) => ({
      display_name: String(f.display_name ?? f.nickname ?? ''),
      avatar_url: String(f.avatar_url ?? f.avatarUrl ?? ''),
      open_id: String(f.open_id ?? f.openid ?? ''),
      user_id: Number(f.user_id ?? 0),
      data: (f.data ?? f.KVDataList ?? []).map((kv) => ({ key: String(kv.key), value: String(kv.value) })),
    }));
  }

  /**
   * A canvas of the domain's own (the native emulator): every 16 ms after a change, its pixels
   * go to the page as an ImageBitmap, for the game's `getOpenDataContext().canvas`.
   */
  function ownCanvas() {
    const own = new OffscreenCanvas(300, 150);
    setInterval(() => {
      if (!dirty || own.width === 0 || own.height === 0) return;
      dirty = false;
      tools.createImageBitmap(own).then((bitmap) => post({ type: 'frame', bitmap }, [bitmap]));
    }, 16);
    return own;
  }

  globalThis.__pyminisDomain = { drawn, calls, cloud };

  function report(error) {
    post({ type: 'error', message: String((error && (error.stack || error.message)) || error) });
  }
  self.addEventListener('error', (event) => { event.preventDefault(); report(event.error || event.message); });
  self.addEventListener('unhandledrejection', (event) => { event.preventDefault(); report(event.reason); });

  self.addEventListener('message', (event) => {
    const message = event.data;
    if (message.type === 'init') {
      cloudShape = message.cloudShape || 'tiktok';
      canvas = message.canvas || ownCanvas();
      setFriends(message.friends);
      for (const [key, value] of Object.entries(message.me || {})) cloud.me.set(key, String(value));
      globalThis.tt = tt;
      globalThis.GameGlobal = globalThis;
      if (message.runtime) {
        // The emulator's profile (profiles.js): the domain's script gets the same runtime.
        frameArgument = message.runtime.frameArgument !== false;
        if (message.runtime.globals === 'ecmascript') {
          load(message.runtime.profilesUrl);
          const { ECMASCRIPT_GLOBALS, stripGlobals } = globalThis.__pyminisEmulator;
          stripGlobals((name) => ECMASCRIPT_GLOBALS.has(name) || name.startsWith('__pyminis'));
        }
      }
      try {
        load(message.script);
        post({ type: 'ready', ok: true });
      } catch (error) {
        report(error);
        post({ type: 'ready', ok: false });
      }
    } else if (message.type === 'message') {
      for (const callback of listeners.slice()) callback(message.data);
    } else if (message.type === 'resize') {
      if (message.width > 0) canvas.width = message.width;
      if (message.height > 0) canvas.height = message.height;
      dirty = true;
    } else if (message.type === 'cloud') {
      const problem = message.op === 'set' ? setUser(message.params) : removeUser(message.params);
      post({ type: 'reply', id: message.id, ok: !problem, errMsg: problem || '' });
    } else if (message.type === 'friends') {
      setFriends(message.friends);
    }
  });
})();
