/**
 * The open data calls of a game that runs in a Worker (the native-runtime emulator).
 *
 * The platform side (host.js: the domain worker, the shared canvas over the screen, the
 * authorization dialog) lives in the page; the game lives in its own worker. `gameSide`
 * gives the game's `tt` the open data calls as messages to the page; `pageSide` answers them
 * with a host made by `pyminisOpenData.create`. Only the game's own data crosses: its
 * messages, the canvas box, authorization and its own cloud storage results.
 *
 * Messages (both ways) are `{type: 'opendata', op, …}`: game → page `post` {data}, `style`
 * {key, value}, `size` {width, height}, `call` {id, name, params}; page → game `answer`
 * {id, ok | fail}, `frame` {bitmap} (the domain's canvas after a change).
 *
 * As in the WeChat / Douyin runtimes, `getOpenDataContext()` has a `canvas` the game draws
 * itself (its pixels are the last `frame`; the game's 2D contexts draw it through
 * `drawables`, it has no other way to read them). With `sharedCanvasStyle` the game also
 * gets 003/004's `getSharedCanvas()`, placed by the page through its CSS `style`.
 */
(() => {
  const CALLS = ['authorizeOpenContext', 'setUserCloudStorage', 'removeUserCloudStorage'];
  /** The calls 003/004 give the open data domain alone. */
  const DOMAIN_ONLY = ['getFriendCloudStorage', 'getUserCloudStorage', 'shareToUser', 'onMessage'];
  const plain = (value) => JSON.parse(JSON.stringify(value ?? null));

  /**
   * Install the open data calls on `game` (the worker's TTMinis.game / tt).
   * @param {Object} game  The namespace the game calls.
   * @param {function(Object): void} post  Sends a message to the page.
   * @param {function(string, Object, Object): void} [record]  Records an answered call.
   * @param {{sharedCanvasStyle?: boolean, drawables?: WeakMap<Object, function(): *>}} [options]
   *   `drawables`: where the open data canvas registers how to get its current pixels.
   * @returns {{receive: function(Object): void}}  Feed it the page's `opendata` messages.
   */
  function gameSide(game, post, record = () => {}, options = {}) {
    const pending = new Map();
    let nextId = 1;
    const styles = {};
    const size = { width: 300, height: 150 };
    const style = new Proxy(styles, {
      set(target, key, value) {
        target[key] = String(value);
        post({ type: 'opendata', op: 'style', key, value: String(value) });
        return true;
      },
      get: (target, key) => target[key] ?? '',
    });
    const view = {
      get width() { return size.width; },
      set width(value) { size.width = value; post({ type: 'opendata', op: 'size', width: value }); },
      get height() { return size.height; },
      set height(value) { size.height = value; post({ type: 'opendata', op: 'size', height: value }); },
      style,
    };
    // The open data canvas the game draws (WeChat's OpenDataContext.canvas): its size is the
    // domain's canvas's, set from here; its pixels are the domain's last frame.
    let pixels = null;
    const openCanvas = {
      get width() { return size.width; },
      set width(value) { view.width = value; },
      get height() { return size.height; },
      set height(value) { view.height = value; },
    };
    options.drawables?.set(openCanvas, () => pixels);
    const context = {
      postMessage: (data) => post({ type: 'opendata', op: 'post', data: plain(data) }),
      canvas: openCanvas,
    };
    game.getOpenDataContext = () => {
      record('getOpenDataContext', null, { ok: {} });
      return context;
    };
    if (options.sharedCanvasStyle !== false) game.getSharedCanvas = () => view;
    else delete game.getSharedCanvas; // the family's main context has none
    for (const name of CALLS) {
      game[name] = (params = {}) => {
        const id = nextId++;
        pending.set(id, { name, params });
        const copy = { ...params };
        for (const key of ['success', 'fail', 'complete']) delete copy[key];
        post({ type: 'opendata', op: 'call', id, name, params: plain(copy) });
      };
    }
    for (const name of DOMAIN_ONLY) delete game[name];
    return {
      receive(message) {
        if (message.op === 'frame') {
          pixels?.close?.();
          pixels = message.bitmap;
          return;
        }
        const waiting = pending.get(message.id);
        if (message.op !== 'answer' || !waiting) return;
        pending.delete(message.id);
        const { name, params } = waiting;
        record(name, params, 'fail' in message ? { fail: message.fail } : { ok: message.ok });
        if ('fail' in message) params.fail?.(message.fail);
        else params.success?.(message.ok);
        params.complete?.();
      },
    };
  }

  /**
   * Answer a worker game's open data messages with `host` (from pyminisOpenData.create).
   * @param {Object} host
   * @param {function(Object): void} postToGame  Sends a message to the game's worker.
   * @returns {function(Object): void}  Call it with each `opendata` message from the game.
   */
  function pageSide(host, postToGame) {
    let displaySet = false;
    return (message) => {
      if (message.op === 'post') host.send(message.data);
      else if (message.op === 'style') {
        host.element.style[message.key] = message.value;
        // Placed by style (003/004): the overlay shows unless the game says how to display it.
        if (message.key === 'display') displaySet = true;
        else if (!displaySet) host.element.style.display = '';
      } else if (message.op === 'size') {
        if (message.width !== undefined) host.view.width = message.width;
        if (message.height !== undefined) host.view.height = message.height;
      } else if (message.op === 'call' && CALLS.includes(message.name)) {
        host.api[message.name]({
          ...message.params,
          success: (ok) => postToGame({ type: 'opendata', op: 'answer', id: message.id, ok: plain(ok) }),
          fail: (fail) => postToGame({ type: 'opendata', op: 'answer', id: message.id, fail: plain(fail) }),
        });
      }
    };
  }

  globalThis.pyminisOpenDataRemote = { gameSide, pageSide };
})();
