/**
 * The simulator's outcome controls, as data, and the rules they install in the SDK stand-in.
 *
 * `TTMinis.__outcomes[name]` (sdk.js) is a function of the call's params returning
 * `{ok: result}` or `{fail: error}`. The rules here read the settings at call time, so a
 * control changed in the page applies to the next call without reloading the game.
 * Failures use the platform's documented shape `{error: {error_code, error_msg}}`
 * (native-runtime.md); the platform does not document the codes, so these are the simulator's.
 */

/** @typedef {{key: string, label: string, choices: [string, string][], calls: string[]}} Control */

/** @type {Control[]} */
export const CONTROLS = [
  { key: 'login', label: 'Login', calls: ['login'],
    choices: [['success', 'succeeds (code)'], ['fail', 'fails']] },
  { key: 'pay', label: 'Pay', calls: ['pay'],
    choices: [['success', 'succeeds'], ['cancel', 'user cancels'], ['insufficient', 'insufficient Beans']] },
  { key: 'ad', label: 'Rewarded ad', calls: ['RewardedVideoAd.show'],
    choices: [['watched', 'watched to the end'], ['closed', 'closed early'], ['error', 'error code']] },
  { key: 'share', label: 'Shares', calls: ['shareAppMessage', 'shareToUser', 'shareToStory'],
    choices: [['success', 'succeed'], ['cancel', 'user cancels'], ['fail', 'fail']] },
];

/** Scopes listed for authorize before the game asks for others (001: user.info.basic). */
export const KNOWN_SCOPES = ['user.info.basic', 'user.info.profile', 'user.info.stats'];

export const LANGUAGES = ['en-US', 'es-ES', 'pt-BR', 'fr-FR', 'de-DE', 'id-ID', 'ja-JP', 'ko-KR',
  'vi-VN', 'th-TH', 'ar-SA', 'zh-CN'];

export const FAIL_CODES = {
  login: [10001, 'login failed (chosen in the simulator)'],
  authorize: [10003, 'the user denied authorization'],
  pay_cancel: [20001, 'the user cancelled the payment'],
  pay_insufficient: [20002, 'insufficient Beans: the user did not recharge'],
  pay_unknown: [20003, 'no such trade order (the offline Open API did not create it)'],
  share_cancel: [30001, 'the user cancelled sharing'],
  share_fail: [30002, 'sharing failed (chosen in the simulator)'],
};

/** The settings a fresh simulator starts with. */
export function defaultSettings() {
  return {
    device: 'iphone-15', orientation: 'portrait', theme: 'light', language: 'en-US', target: 'h5',
    profile: 'tiktok', // the native emulator's runtime (runtime_js/emulator/profiles.js)
    login: 'success', pay: 'success', ad: 'watched', adErrorCode: 1004, share: 'success',
    scopes: Object.fromEntries(KNOWN_SCOPES.map((s) => [s, 'allow'])),
  };
}

const fail = ([code, message]) => ({ fail: { error: { error_code: code, error_msg: message } } });

/**
 * Outcome rules for the stand-in, reading `current()` at each call.
 * @param {() => Object} current  The live settings.
 * @param {{systemInfo: () => Object, menuRect: () => Object, scopeSeen: (s: string) => void}} env
 * @returns {Object<string, function(Object): Object>}
 */
export function outcomeRules(current, env) {
  const share = () => {
    const choice = current().share;
    if (choice === 'cancel') return fail(FAIL_CODES.share_cancel);
    if (choice === 'fail') return fail(FAIL_CODES.share_fail);
    return { ok: {} };
  };
  return {
    login: () => (current().login === 'fail' ? fail(FAIL_CODES.login)
      : { ok: { code: `simulator-login-code-${Date.now()}` } }),
    authorize: (params) => {
      const scopes = String(params?.scope || '').split(',').map((s) => s.trim()).filter(Boolean);
      scopes.forEach((s) => env.scopeSeen(s));
      const denied = scopes.filter((s) => (current().scopes[s] || 'allow') === 'deny');
      if (denied.length) {
        const [code, message] = FAIL_CODES.authorize;
        return fail([code, `${message}: ${denied.join(', ')}`]);
      }
      return { ok: { code: `simulator-auth-code-${Date.now()}`, scope: scopes.join(',') } };
    },
    pay: () => {
      const choice = current().pay;
      if (choice === 'cancel') return fail(FAIL_CODES.pay_cancel);
      if (choice === 'insufficient') return fail(FAIL_CODES.pay_insufficient);
      return { ok: {} };
    },
    'RewardedVideoAd.show': () => {
      const { ad, adErrorCode } = current();
      if (ad === 'error') {
        return { fail: { errCode: Number(adErrorCode) || 1004, errMsg: 'ad error (chosen in the simulator)' } };
      }
      return { ok: { isEnded: ad === 'watched' } };
    },
    shareAppMessage: share,
    shareToUser: share,
    shareToStory: share,
    getSystemInfoSync: () => ({ ok: env.systemInfo() }),
    getMenuButtonBoundingClientRect: () => ({ ok: env.menuRect() }),
  };
}

/**
 * The request options of `tt.request` (`{url, method, data, header}`) as a fetch to the dev
 * server's route to the game's server: `/__pyminis/server/<path>?<query>`. GET data becomes
 * the query (as the platform's request does), other methods send it as JSON (a string as is).
 * @param {Object} params  @param {URL} url
 * @returns {[string, RequestInit]}
 */
export function serverFetch(params, url) {
  const method = String(params.method || 'GET').toUpperCase();
  const headers = { ...(params.header || {}) };
  const query = new URLSearchParams(url.search);
  let body;
  if (params.data !== undefined && params.data !== null) {
    if (method === 'GET' || method === 'HEAD') {
      if (typeof params.data === 'object') {
        for (const [key, value] of Object.entries(params.data)) query.append(key, String(value));
      }
    } else if (typeof params.data === 'string') {
      body = params.data;
    } else {
      body = JSON.stringify(params.data);
      if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
    }
  }
  const search = query.toString();
  return [`/__pyminis/server${url.pathname}${search ? `?${search}` : ''}`, { method, headers, body }];
}

/** A fetch Response as `request`'s success: `{statusCode, data, header}`, JSON parsed. */
async function requestAnswer(response) {
  const text = await response.text();
  let data = text;
  try { data = JSON.parse(text); } catch { /* not JSON: the text, as the platform gives it */ }
  const header = {};
  response.headers.forEach((value, key) => { header[key] = value; });
  return { ok: { statusCode: response.status, data, header } };
}

/**
 * Rules that reach the game's own server when `pyminis dev` runs one (backend.py): requests to
 * its trusted origin go to the local server through the dev server, and a successful pay sheet
 * first has the offline TikTok deliver its signed webhook. Other requests keep the stand-in's
 * answer (`null`). The built game keeps its production origin: only these rules route it.
 * @param {() => Object} current  The live settings (the Pay control).
 * @param {{origin: ?string}} server  From the dev server's state.
 * @param {typeof fetch} fetcher
 * @returns {Object<string, function(Object): (Object|Promise<Object>|null)>}
 */
export function serverRules(current, server, fetcher = (...args) => fetch(...args)) {
  const rules = {};
  if (server.origin) {
    const origin = new URL(server.origin).origin;
    rules.request = (params) => {
      let url;
      try { url = new URL(String(params?.url)); } catch { return null; }
      if (url.origin !== origin) return null;
      const [path, init] = serverFetch(params || {}, url);
      return fetcher(path, init).then(requestAnswer,
        (error) => ({ fail: { errMsg: `request:fail ${error && error.message ? error.message : error}` } }));
    };
  }
  rules.pay = (params) => {
    const choice = current().pay;
    if (choice === 'cancel') return fail(FAIL_CODES.pay_cancel);
    if (choice === 'insufficient') return fail(FAIL_CODES.pay_insufficient);
    return fetcher('/__pyminis/pay', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ trade_order_id: params?.trade_order_id }) })
      .then(async (response) => {
        if (response.ok) return { ok: {} };
        const answer = await response.json().catch(() => ({}));
        const [code] = FAIL_CODES.pay_unknown;
        return fail([code, `${FAIL_CODES.pay_unknown[1]}: ${answer.error || response.status}`]);
      }, (error) => fail([FAIL_CODES.pay_unknown[0], String(error)]));
  };
  return rules;
}
