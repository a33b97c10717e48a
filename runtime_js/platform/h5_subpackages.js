/**
 * Subpackages in a browser page: `pyminisPlatform.loadSubpackage(name, onProgress)` for h5.
 *
 * The native runtime loads a subpackage itself (`tt.loadSubpackage`, roots from game.json;
 * runtime_js/platform/native.js passes through). A page has no game.json, so the roots come
 * from the config the h5 package ships (`pyminis.subpackages` in minigame.config.json or
 * minis.config.json); the subpackage's game.js is fetched with progress, then run once as a
 * classic script, as the native runtime runs it. Runs after platform/h5.js.
 */
(() => {
  // game.js is a classic script: while it runs, currentScript is its element.
  const packageRoot = new URL('.', document.currentScript ? document.currentScript.src : document.baseURI);
  /** @type {Map<string, Promise<void>>} */
  const loading = new Map();

  async function subpackageRoot(name) {
    for (const file of ['minigame.config.json', 'minis.config.json']) {
      const response = await fetch(new URL(file, packageRoot));
      if (!response.ok) continue;
      const config = await response.json();
      const subs = (config.pyminis && config.pyminis.subpackages) || [];
      const found = subs.find((sub) => sub.name === name || sub.root === name);
      if (found) return found.root.replace(/^\/+|\/+$/g, '');
    }
    throw new Error(`subpackage ${name} is not in pyminis.subpackages of the config`);
  }

  /** Fetch `url` reporting 0..1 progress; resolves with the body's text. */
  async function fetchWithProgress(url, onProgress) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${response.status} for ${url}`);
    const total = Number(response.headers.get('content-length')) || 0;
    const reader = response.body.getReader();
    const chunks = [];
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      if (onProgress && total) onProgress(Math.min(1, received / total));
    }
    if (onProgress) onProgress(1);
    return new Blob(chunks);
  }

  function run(url) {
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`could not run ${url}`));
      script.src = url;
      document.head.appendChild(script);
    });
  }

  /**
   * Load a subpackage; resolves once its game.js has run (at most once per name).
   * @param {string} name
   * @param {(progress: number) => void} [onProgress]  0..1
   * @returns {Promise<void>}
   */
  function loadSubpackage(name, onProgress) {
    if (!loading.has(name)) {
      loading.set(name, (async () => {
        const root = await subpackageRoot(name);
        const url = new URL(`${root}/game.js`, packageRoot).href;
        await fetchWithProgress(url, onProgress); // the download the progress reports…
        await run(url); // …then the same file, from the cache, as a classic script
      })());
    } else if (onProgress) {
      loading.get(name).then(() => onProgress(1), () => {});
    }
    return loading.get(name);
  }

  globalThis.pyminisPlatform.loadSubpackage = loadSubpackage;
})();
