/**
 * Runs in the game's page right after the SDK stand-in (pyminis dev serves it; never shipped).
 *
 * Inside the simulator it hands the window to the simulator (outcomes, language, theme, call
 * log) before the game runs. Everywhere (the simulator, or a phone on the LAN) it reports
 * uncaught errors to the dev server, which answers with the Python traceback; on its own it
 * also reloads on every new build and shows errors itself.
 */
(() => {
  let host = null;
  try {
    host = window.parent !== window ? window.parent.__pyminisSimulator || null : null;
  } catch {
    host = null; // a parent of another origin: run on our own
  }
  if (host) host.attach(window);

  /** The name, message and stack of anything thrown, Transcrypt's exceptions included. */
  function describe(error) {
    if (error && error.__class__ && error.__args__) { // a Python exception compiled by Transcrypt
      let message = '';
      try { message = String(error.__str__()); } catch { message = String(error.__args__); }
      return { name: error.__class__.__name__, message, stack: String(error.stack || '') };
    }
    if (error && typeof error === 'object' && 'message' in error) {
      return { name: String(error.name || 'Error'), message: String(error.message), stack: String(error.stack || '') };
    }
    return { name: 'Error', message: String(error), stack: '' };
  }

  let box = null;
  function show(title, text) {
    if (host) return; // the simulator shows it, from the server's event
    if (!box) {
      box = document.createElement('pre');
      box.style.cssText = 'position:fixed;inset:0;margin:0;padding:16px;overflow:auto;z-index:2147483647;'
        + 'background:rgba(24,24,32,.96);color:#ff8a8a;font:13px/1.4 monospace;white-space:pre-wrap';
      box.addEventListener('click', () => { box.remove(); box = null; });
      (document.body || document.documentElement).appendChild(box);
    }
    box.textContent = `${title}\n\n${text}\n\n(tap to close)`;
  }

  function report(error) {
    const described = describe(error);
    fetch('/__pyminis/runtime-error', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(described),
    }).then((r) => r.json()).then((answer) => show('Uncaught error', answer.traceback))
      .catch(() => show('Uncaught error', `${described.name}: ${described.message}\n${described.stack}`));
  }

  window.addEventListener('error', (event) => report(event.error ?? event.message));
  window.addEventListener('unhandledrejection', (event) => report(event.reason));

  if (!host && typeof EventSource !== 'undefined') {
    let version = null;
    const events = new EventSource('/__pyminis/events');
    events.onmessage = (message) => {
      const event = JSON.parse(message.data);
      if (event.type === 'hello') {
        if (version !== null && event.version !== version) window.location.reload();
        version = event.version;
        if (event.error) show('Build failed', event.error.text);
      } else if (event.type === 'build' && event.version !== version) {
        window.location.reload();
      } else if (event.type === 'error') {
        show('Build failed', event.text);
      }
    };
  }
})();
