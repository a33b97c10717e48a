/**
 * Installs the open data domain's platform side on TTMinis.game in an H5 page: load it right
 * after the SDK stand-in and host.js (tests and the preview do; packages never ship it).
 *
 * The domain worker comes from domain.js beside this script, or from its source text in
 * `globalThis.__pyminisOpenDataDomainSource` when this script is served from another origin
 * (the SDK URL). The domain's script is `openDataContext/index.js` beside the page, or the
 * path in `globalThis.__pyminisOpenDataScript` (in the folder project.config.json names).
 * Fake friends, the player's cloud storage and the scopes already granted come from
 * `globalThis.__pyminisOpenDataSeed` ({friends, me, granted}) if a test set it, else from
 * the stand-in's `TTMinis.__state.friends` when the domain starts.
 */
(() => {
  const seed = globalThis.__pyminisOpenDataSeed || {};
  const source = globalThis.__pyminisOpenDataDomainSource;
  const script = globalThis.__pyminisOpenDataScript || 'openDataContext/index.js';
  delete globalThis.__pyminisOpenDataSeed;
  delete globalThis.__pyminisOpenDataDomainSource;
  delete globalThis.__pyminisOpenDataScript;
  const here = document.currentScript ? document.currentScript.src : '';
  globalThis.pyminisOpenData.install(globalThis.TTMinis.game, {
    script: new URL(script, document.baseURI).href,
    ...(source ? { domainSource: source } : { domainUrl: new URL('domain.js', here).href }),
    ...seed,
  });
})();
