/**
 * What the simulator does to a game's window before the game runs (called by bridge.js):
 * installs the outcome rules in the SDK stand-in, makes the chosen language and theme what
 * the page's own APIs report, and forwards every recorded SDK call to the log.
 *
 * Values cross from the simulator's realm into the game's through the game's own JSON, so
 * the game only ever sees plain objects of its own window.
 */

/**
 * @param {Window} win  The game's window (same origin, inside the phone frame).
 * @param {{current: () => Object, rules: Object<string, function(Object): Object>,
 *          onCall: (record: Object) => void}} host
 */
export function attachGame(win, host) {
  const settings = host.current();
  const copy = (value) => (value === undefined ? undefined : win.JSON.parse(JSON.stringify(value)));

  const sdk = win.TTMinis;
  if (sdk && sdk.__outcomes) {
    for (const [name, rule] of Object.entries(host.rules)) {
      sdk.__outcomes[name] = (params) => {
        const answer = rule(params);
        // A Promise (a request to the game's server): its answer crosses when it settles.
        return answer && typeof answer.then === 'function' ? answer.then(copy) : copy(answer);
      };
    }
  }
  if (sdk && Array.isArray(sdk.__calls)) {
    const calls = sdk.__calls;
    const push = calls.push.bind(calls);
    calls.push = (...records) => {
      const length = push(...records);
      for (const record of records) host.onCall(JSON.parse(JSON.stringify(record)));
      return length;
    };
  }

  // H5 games read the language and theme from the browser (000 "Obtain additional data").
  const language = settings.language;
  Object.defineProperty(win.navigator, 'language', { configurable: true, get: () => language });
  Object.defineProperty(win.navigator, 'languages', { configurable: true, get: () => [language] });
  const realMatchMedia = win.matchMedia.bind(win);
  win.matchMedia = (query) => {
    const scheme = /prefers-color-scheme:\s*(dark|light)/.exec(String(query));
    if (!scheme) return realMatchMedia(query);
    // An EventTarget of the game's realm that answers like a MediaQueryList (the theme is
    // fixed for one run of the game: changing it restarts the game).
    const list = new win.EventTarget();
    Object.defineProperties(list, {
      matches: { value: scheme[1] === settings.theme, enumerable: true },
      media: { value: String(query), enumerable: true },
    });
    return Object.assign(list, { onchange: null, addListener() {}, removeListener() {} });
  };
  win.document.documentElement.style.colorScheme = settings.theme;
}
