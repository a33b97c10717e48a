/**
 * The native-runtime emulator's page: the phone screen, its touches, and the game in a Worker.
 *
 * The page owns the only DOM: a canvas filling the window, whose control goes to the worker
 * (`transferControlToOffscreen`), pointer input turned into native touch events, visibility,
 * and the audio elements the worker's audio contexts play through. The game itself runs in
 * worker.js and can reach none of this.
 *
 * URL parameters: `game` (the package folder URL, default: the page's folder's parent `../../`),
 * `profile` (`tiktok`, the default, or `strict`: which runtime of the family, profiles.js),
 * `frames=manual` (the platform's manual stepping, for tests), `platform` (ios|android),
 * `language`, `query` (launch query, URL-encoded `a=1&b=2`), `storage` (JSON of initial storage),
 * `seed` (an integer: the game's `random` starts seeded with it, as `pyminis verify` seeds it).
 *
 * `globalThis.emulator` is the page's API for tests and the preview: `ready` (a Promise, true
 * when game.js ran without throwing), `profile` (its name), `errors` (with `errorReports`, the
 * raw name, message and stack of each), `console`, `audio`, `storage`, `setHidden(bool)`,
 * and `request(op, ...args)` for the worker's `calls`, `outcome`, `step`, `inject`, `pixels`, `pixel`, `stats`.
 * `answer(name, params)`, set by the page that embeds the emulator (the simulator), answers the
 * calls whose outcome is `{ask: true}` when the game makes them: `{ok}` / `{fail}`, a Promise of
 * one, or null for the stand-in's default (no `answer` set: the default).
 */
(() => {
  const params = new URLSearchParams(location.search);
  const profileName = params.get('profile') || 'tiktok';
  const profile = globalThis.__pyminisEmulator.profiles[profileName];
  const base = new URL(params.get('game') || '../../', location.href).href.replace(/\/?$/, '/');
  const canvas = document.getElementById('screen');
  const banner = document.getElementById('banner');
  const here = document.currentScript.src; // emulator/host.js: its siblings are beside it
  const worker = new Worker(new URL('worker.js', here));
  const pending = new Map();
  let nextRequest = 1;
  let resolveReady;

  const state = {
    ready: new Promise((resolve) => { resolveReady = resolve; }),
    profile: profileName,
    errors: [],
    /** Per error: the raw {name, message, stack} behind `errors[i]` (or null). */
    errorReports: [],
    console: [],
    audio: [],
    storage: {},
    gameJson: null,
    /** @type {?function(string, Object): (Object|Promise<?Object>|null)} */
    answer: null,
    /** Ask the worker: resolves with its reply. */
    request(op, ...args) {
      const id = nextRequest++;
      worker.postMessage({ type: 'request', id, op, args });
      return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
    },
    /** Send the game to the background (true) or bring it back (false), as the app does. */
    setHidden(hidden) {
      worker.postMessage({ type: 'visibility', hidden: Boolean(hidden) });
    },
  };
  globalThis.emulator = state;

  /** The worker asks for a call's answer (see `answer`); a failing answerer fails the call. */
  async function answerAsk(message) {
    let answer;
    try {
      answer = state.answer ? await state.answer(message.name, message.params) : null;
    } catch (error) {
      answer = { fail: { errMsg: `${message.name}:fail ${(error && error.message) || error}` } };
    }
    worker.postMessage({ type: 'answer', id: message.id,
      answer: answer === null || answer === undefined ? null : JSON.parse(JSON.stringify(answer)) });
  }

  function showError(message, raw = null) {
    state.errors.push(message);
    state.errorReports.push(raw);
    console.error(`[pyminis emulator] ${message}`);
    banner.textContent = message;
    banner.hidden = false;
  }

  // -- touches: pointers on the screen become native touch events -------------------------
  const active = new Map();
  function forward(kind, event) {
    const rect = canvas.getBoundingClientRect();
    const point = { identifier: event.pointerId, screenX: event.clientX - rect.left, screenY: event.clientY - rect.top };
    if (kind === 'touchstart' || kind === 'touchmove') active.set(point.identifier, point);
    else active.delete(point.identifier);
    worker.postMessage({ type: 'touch', kind, touches: [...active.values()], changedTouches: [point],
      timeStamp: event.timeStamp });
  }
  canvas.addEventListener('pointerdown', (e) => { canvas.setPointerCapture?.(e.pointerId); forward('touchstart', e); });
  canvas.addEventListener('pointermove', (e) => { if (active.has(e.pointerId)) forward('touchmove', e); });
  canvas.addEventListener('pointerup', (e) => forward('touchend', e));
  canvas.addEventListener('pointercancel', (e) => forward('touchcancel', e));
  document.addEventListener('visibilitychange', () => worker.postMessage({ type: 'visibility', hidden: document.hidden }));

  // -- audio: each worker audio context plays through one element here ---------------------
  const elements = new Map();
  function audio(message) {
    state.audio.push({ id: message.id, op: message.op, key: message.key, value: message.value });
    let element = elements.get(message.id);
    if (message.op === 'create') {
      element = new Audio();
      elements.set(message.id, element);
      const send = (event, detail) => worker.postMessage({ type: 'audio-event', id: message.id, event, detail,
        state: { paused: element.paused, currentTime: element.currentTime, duration: element.duration || 0 } });
      element.addEventListener('canplay', () => send('Canplay'));
      element.addEventListener('play', () => send('Play'));
      element.addEventListener('pause', () => send('Pause'));
      element.addEventListener('ended', () => send('Ended'));
      element.addEventListener('timeupdate', () => send('TimeUpdate'));
      element.addEventListener('error', () => send('Error', { errMsg: 'audio error', errCode: 10001 }));
      return;
    }
    if (!element) return;
    if (message.op === 'set') {
      if (message.key === 'playbackRate' || message.key === 'loop' || message.key === 'volume' || message.key === 'src') {
        element[message.key] = message.value;
      } else if (message.key === 'autoplay') element.autoplay = Boolean(message.value);
    } else if (message.op === 'play') element.play().catch(() => {}); // headless pages may refuse
    else if (message.op === 'pause') element.pause();
    else if (message.op === 'stop') { element.pause(); element.currentTime = 0; }
    else if (message.op === 'seek') element.currentTime = message.value;
    else if (message.op === 'destroy') { element.pause(); elements.delete(message.id); }
  }

  worker.addEventListener('message', (event) => {
    const message = event.data;
    if (message.type === 'ready') resolveReady(message.ok);
    else if (message.type === 'error') showError(message.message, message.raw || null);
    else if (message.type === 'console') state.console.push([message.level, message.text]);
    else if (message.type === 'storage') state.storage = message.entries;
    else if (message.type === 'audio') audio(message);
    else if (message.type === 'opendata') openDataAnswer?.(message);
    else if (message.type === 'ask') answerAsk(message);
    else if (message.type === 'reply') {
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (message.error !== undefined) waiter.reject(new Error(message.error));
      else waiter.resolve(message.value);
    }
  });
  worker.addEventListener('error', (event) => showError(`the emulator failed: ${event.message}`));

  // -- the open data domain (runtime_js/opendata/): its own worker, its canvas over the screen --
  let openDataAnswer = null;
  function startOpenData(folder) {
    // Fake friends a test sets, or the simulator's editor (the `friends` query parameter).
    const seed = globalThis.__pyminisOpenDataSeed || friendsFromQuery();
    delete globalThis.__pyminisOpenDataSeed;
    state.openData = globalThis.pyminisOpenData.create({
      script: new URL(`${folder}/index.js`, base).href,
      domainUrl: new URL('../opendata/domain.js', here).href,
      appName: document.title,
      // The game draws the domain's canvas (getOpenDataContext().canvas): each change goes to
      // its worker; the CSS-placed overlay exists only where the profile's runtime has one.
      onFrame: (bitmap) => worker.postMessage({ type: 'opendata', op: 'frame', bitmap }, [bitmap]),
      overlay: profile.sharedCanvasStyle,
      cloudShape: profile.cloudShape,
      runtime: { globals: profile.globals, frameArgument: profile.frameArgument,
        profilesUrl: new URL('profiles.js', here).href },
      ...seed,
    });
    openDataAnswer = globalThis.pyminisOpenDataRemote.pageSide(state.openData, (m) => worker.postMessage(m));
  }

  function friendsFromQuery() {
    const friends = params.get('friends');
    if (!friends) return {};
    try {
      return { friends: JSON.parse(friends) };
    } catch {
      showError('the emulator\'s friends parameter is not JSON: the open data domain has no friends');
      return {};
    }
  }

  async function start() {
    const response = await fetch(new URL('game.json', base));
    if (!response.ok) {
      showError(`no game.json in ${base}: this is not a native package (build with --target native)`);
      resolveReady(false);
      return;
    }
    state.gameJson = await response.json();
    if (state.gameJson.openDataContext) startOpenData(state.gameJson.openDataContext);
    const width = window.innerWidth;
    const height = window.innerHeight;
    const ratio = profile.pixelRatio || window.devicePixelRatio || 1;
    const query = Object.fromEntries(new URLSearchParams(params.get('query') || ''));
    const offscreen = canvas.transferControlToOffscreen();
    worker.postMessage({
      type: 'init',
      canvas: offscreen,
      base,
      gameJson: state.gameJson,
      sdkUrl: new URL('../simulator/sdk.js', here).href,
      manualFrames: params.get('frames') === 'manual',
      randomSeed: params.has('seed') ? Number(params.get('seed')) : null,
      profile: profileName,
      storage: JSON.parse(params.get('storage') || '{}'),
      query,
      info: {
        windowWidth: width, windowHeight: height, screenWidth: width, screenHeight: height,
        pixelRatio: ratio, platform: params.get('platform') || 'ios',
        language: params.get('language') || 'en', statusBarHeight: 0,
        safeArea: { left: 0, top: 0, right: width, bottom: height, width, height },
      },
    }, [offscreen]);
  }

  if (!profile) {
    showError(`unknown emulator profile ${profileName}: use tiktok or strict`);
    resolveReady(false);
  } else start().catch((error) => { showError(`the emulator could not start: ${error.message}`); resolveReady(false); });
})();
