/**
 * Local stand-in for TikTok's Mini Games SDK (`TTMinis`), for tests and the browser preview.
 *
 * The real SDK lives on TikTok's CDN. This one defines the documented calls, records each
 * call with its parameters in `TTMinis.__calls`, and answers from `TTMinis.__outcomes`, which
 * a test or the simulator page sets to choose each platform outcome.
 * It is loaded in place of the SDK URL, as a classic script, before anything else.
 */
(() => {
  const calls = [];
  /** name → function(params) returning {ok: result} or {fail: error}; overrides the defaults. */
  const outcomes = {};

  const plain = (value) => {
    try {
      return JSON.parse(JSON.stringify(value ?? null));
    } catch {
      return String(value);
    }
  };

  const defaults = {
    login: () => ({ ok: { code: 'stand-in-login-code', errMsg: 'login:ok' } }),
    getLoginStatus: () => ({ ok: { isLogin: true } }),
    setLoadingProgress: (params) => {
      const progress = params?.progress;
      if (typeof progress !== 'number' || progress < 0 || progress > 1) {
        return { fail: { error: { error_code: 1, error_msg: 'progress must be a number from 0 to 1' } } };
      }
      return { ok: {} };
    },
  };

  /** A call in the success/fail/complete style: record it, answer asynchronously. */
  function callbackCall(name) {
    return (params = {}) => {
      const rule = outcomes[name] || defaults[name] || (() => ({ ok: {} }));
      const answer = rule(params);
      calls.push({ name, params: plain(params), answer: plain(answer) });
      setTimeout(() => {
        if ('fail' in answer) params.fail?.(answer.fail);
        else params.success?.(answer.ok);
        params.complete?.();
      }, 0);
    };
  }

  /** A synchronous call: record it and return its result. */
  function syncCall(name, result) {
    return (params) => {
      const rule = outcomes[name];
      const value = rule ? rule(params).ok : result();
      calls.push({ name, params: plain(params), answer: plain({ ok: value }) });
      return value;
    };
  }

  const game = {
    init: syncCall('init', () => undefined),
    setLoadingProgress: callbackCall('setLoadingProgress'),
    login: callbackCall('login'),
    getLoginStatus: callbackCall('getLoginStatus'),
    getMenuButtonBoundingClientRect: syncCall('getMenuButtonBoundingClientRect',
      () => ({ top: 48, bottom: 80, left: 281, right: 367, width: 86, height: 32 })),
  };

  globalThis.TTMinis = {
    game,
    init: syncCall('TTMinis.init', () => undefined),
    __calls: calls,
    __outcomes: outcomes,
    __standIn: true,
  };
})();
