/**
 * The native target in the simulator: the native-runtime emulator (runtime_js/emulator/) in
 * the phone frame instead of the H5 page.
 *
 * The game runs in the emulator's Web Worker, beyond reach of attach.js: outcomes go in as
 * fixed answers through the emulator's `request('outcome', name, answer)`, recomputed when a
 * control changes, except the calls the page answers when they are made (`ASKED`: the
 * emulator's `answer` hook runs the same rules as the H5 game's); the call log and errors are
 * polled from it. The fake friends go in the emulator's URL and, when edited, to its running
 * open data domain.
 */

import { DEFAULT_FRIENDS, parseFriends } from './friends.js';

/** The emulator's profiles (runtime_js/emulator/profiles.js), as the simulator offers them. */
export const PROFILES = [['tiktok', 'TikTok (performance, timestamps)'],
  ['strict', 'Strictest of the family (µs clock, bare frames, ECMAScript only)']];

/**
 * @param {{language: string, friends?: string, profile?: string}} settings
 * @param {{platform: string}} device @param {number} version
 */
export function emulatorUrl(settings, device, version) {
  const query = new URLSearchParams({ game: '/game/', platform: device.platform, language: settings.language,
    profile: settings.profile || 'tiktok',
    // The editor's fake friends, for the open data domain the emulator page starts.
    friends: JSON.stringify(parseFriends(settings.friends ?? DEFAULT_FRIENDS)),
    v: String(version), t: String(Date.now()) });
  return `/__pyminis/rt/emulator/index.html?${query}`;
}

/**
 * Calls whose answer the emulator asks the page for when the game makes them (`{ask: true}`),
 * as the H5 game's rules answer them: a fresh login code each time (the game's server exchanges
 * a code once), and with the project's server its requests and the pay sheet, which delivers
 * the webhook. All are calls with callbacks, whose answer may come later.
 */
export const ASKED = new Set(['login', 'request', 'pay']);

/**
 * The answers for every rule, as data the emulator's stand-in takes: `{ask: true}` for the
 * `ASKED` calls, fixed ones for the others, and for authorize one answer per scope
 * (`{byScope}`), since the answer depends on the scopes asked.
 */
export function fixedAnswers(rules, scopes) {
  const plain = (answer) => JSON.parse(JSON.stringify(answer));
  const answers = {};
  for (const [name, rule] of Object.entries(rules)) {
    if (ASKED.has(name)) answers[name] = { ask: true };
    else if (name === 'authorize') {
      const byScope = {};
      for (const scope of new Set(['user.info.basic', ...Object.keys(scopes)])) byScope[scope] = plain(rule({ scope }));
      answers[name] = { byScope };
    } else answers[name] = plain(rule({}));
  }
  return answers;
}

/**
 * Follow an emulator page: answer the calls it asks about with `host.ask`, push the answers
 * now and on `refresh()`, report new calls and errors.
 * @param {Window} win  The emulator page's window (same origin).
 * @param {{answers: () => Object, ask: (name: string, params: Object) => (Object|Promise<?Object>|null),
 *   onCall: (c: Object) => void,
 *   onError: (text: string, raw: ?{name: string, message: string, stack: string}) => void}} host
 * @returns {{refresh: () => Promise<void>, stop: () => void}}
 */
export function followEmulator(win, host) {
  let stopped = false;
  let seenCalls = 0;
  let seenErrors = 0;
  const emulator = () => win.emulator;

  async function refresh() {
    const api = emulator();
    if (!api) return;
    api.answer = host.ask;
    // Posted together, right behind `init`: none waits for another's reply.
    await Promise.all(Object.entries(host.answers()).map(([name, answer]) => api.request('outcome', name, answer)));
  }

  async function poll() {
    if (stopped) return;
    const api = emulator();
    if (api) {
      try {
        const calls = await api.request('calls');
        for (const call of calls.slice(seenCalls)) host.onCall(call);
        seenCalls = calls.length;
      } catch { /* the worker is starting or gone */ }
      api.errors.slice(seenErrors).forEach((error, i) => host.onError(String(error),
        (api.errorReports || [])[seenErrors + i] || null));
      seenErrors = api.errors.length;
    }
    setTimeout(poll, 250);
  }

  (async () => {
    // The emulator page posts `init` to its worker right after it has read game.json; the
    // worker loads the stand-in at once but the game only after awaiting its source map, so
    // answers sent now are in place before the game's first call.
    while (!stopped && !emulator()?.gameJson) await new Promise((resolve) => setTimeout(resolve, 5));
    await refresh();
    poll();
  })();
  return { refresh, stop: () => { stopped = true; } };
}

/**
 * An edit of the fake friends reaches the emulator's running open data domain.
 * @param {Window} win  The emulator page's window (same origin).
 * @param {string} text  The editor's text.
 */
export function giveEmulatorFriends(win, text) {
  win?.emulator?.openData?.setFriends(parseFriends(text));
}
