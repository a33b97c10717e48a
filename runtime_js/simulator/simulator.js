/**
 * The simulator page: a phone frame running the game's dev build, the controls that decide
 * each platform outcome, the SDK call log, the cloud-storage viewer, live reload and errors.
 *
 * The game runs in an iframe the size of the chosen screen (so window.innerWidth is the
 * device's); bridge.js inside it calls `window.__pyminisSimulator.attach` before the game.
 */
import { DEVICES, deviceById, menuButtonRect, screenOf, systemInfo } from './devices.js';
import { CONTROLS, LANGUAGES, defaultSettings, outcomeRules, serverRules } from './outcomes.js';
import { attachGame } from './attach.js';
import { Overlay } from './overlay.js';
import { PROFILES, emulatorUrl, fixedAnswers, followEmulator, giveEmulatorFriends } from './native.js';
import { DEFAULT_FRIENDS, giveFriends } from './friends.js';

const STORE = 'pyminis-simulator-settings';
const CLOUD_STORE = 'pyminis-simulator-cloud';
const $ = (selector) => document.querySelector(selector);

/** Settings survive a reload of the simulator page, so a chosen outcome stays chosen. */
function loadSettings() {
  const fresh = defaultSettings();
  try {
    const saved = JSON.parse(localStorage.getItem(STORE) || '{}');
    return { ...fresh, ...saved, scopes: { ...fresh.scopes, ...(saved.scopes || {}) } };
  } catch {
    return fresh;
  }
}

const settings = loadSettings();
// `?profile=strict` in the simulator's address chooses the native emulator's runtime.
const asked = new URLSearchParams(window.location.search).get('profile');
if (asked && PROFILES.some(([name]) => name === asked)) settings.profile = asked;
const calls = []; // this run of the game, for the log
let gameWindow = null;
let version = 0;
let entry = 'index.html';
const overlay = new Overlay($('#overlay'));

const env = {
  systemInfo: () => systemInfo(deviceById(settings.device), settings),
  menuRect: () => menuButtonRect(screenOf(deviceById(settings.device), settings.orientation)),
  scopeSeen: (scope) => {
    if (!(scope in settings.scopes)) {
      settings.scopes[scope] = 'allow';
      renderScopes();
    }
  },
};
const rules = outcomeRules(() => settings, env);
/** The project's own server, when pyminis dev runs one (`{origin, app, running}`), else null. */
let projectServer = null;

/** The game's rules: with a server, its requests and the pay sheet reach it (both targets). */
function gameRules() {
  return projectServer ? { ...rules, ...serverRules(() => settings, projectServer) } : rules;
}

function save() {
  localStorage.setItem(STORE, JSON.stringify(settings));
}

// -- the phone --------------------------------------------------------------------------

function layoutPhone() {
  const device = deviceById(settings.device);
  const screen = screenOf(device, settings.orientation);
  const phone = $('#phone');
  const frame = $('#screen');
  frame.style.width = `${screen.width}px`;
  frame.style.height = `${screen.height}px`;
  const rect = menuButtonRect(screen);
  Object.assign($('#capsule').style, { left: `${rect.left}px`, top: `${rect.top}px`,
    width: `${rect.width}px`, height: `${rect.height}px` });
  const bar = $('#statusbar');
  bar.style.height = `${screen.statusBarHeight}px`;
  bar.hidden = screen.statusBarHeight === 0;
  document.body.dataset.theme = settings.theme;
  phone.dataset.platform = device.platform;
  // Scale the whole phone to fit; the game inside still sees the device's CSS pixels.
  const stage = $('#stage');
  const scale = Math.min(1, (stage.clientWidth - 32) / (screen.width + 24),
    (stage.clientHeight - 32) / (screen.height + 24));
  phone.style.transform = `scale(${Math.max(scale, 0.2)})`;
}

let emulator = null; // following the native emulator, when the target is native
let serverTarget = 'h5';

function loadGame() {
  if (overlay.kind === 'runtime') overlay.hide();
  layoutPhone();
  emulator?.stop();
  emulator = null;
  const frame = $('#game');
  if (serverTarget === 'native') {
    clearLog();
    frame.src = emulatorUrl(settings, deviceById(settings.device), version);
    frame.onload = () => {
      emulator = followEmulator(frame.contentWindow, {
        answers: () => fixedAnswers(gameRules(), settings.scopes),
        ask: (name, params) => gameRules()[name]?.(params) ?? null,
        onCall: (call) => { logCall(call); nativeCloud(call); },
        onError: (text, raw) => reportNativeError(text, raw),
      });
    };
  } else {
    frame.onload = null;
    frame.src = `/game/${entry}?v=${version}&t=${Date.now()}`;
  }
  $('#status').textContent = `build ${version} · ${serverTarget}`;
}

/** The emulator's stand-in lives in its worker: follow cloud storage through the calls. */
function nativeCloud(call) {
  if (!call.answer || 'fail' in call.answer) return;
  if (call.name === 'setUserCloudStorage') for (const pair of call.params?.data || []) cloud[pair.key] = pair.value;
  if (call.name === 'removeUserCloudStorage') for (const key of call.params?.keyList || []) delete cloud[key];
  syncCloud(null);
}

/**
 * The emulator already names the Python line: show that at once; then the dev server turns
 * the error's stack into the Python traceback (printed in the terminal too), shown above it.
 */
function reportNativeError(text, raw) {
  overlay.showRuntime(text);
  const report = raw || { name: '', message: text, stack: '' };
  fetch('/__pyminis/runtime-error', { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(report) }).then((r) => r.json()).then((answer) => {
    if (raw && answer.traceback && /File "/.test(answer.traceback)) overlay.showRuntime(`${answer.traceback}\n\n${text}`);
  }).catch(() => {});
}

async function chooseTarget(target) {
  $('#status').textContent = `building ${target}…`;
  const answer = await fetch('/__pyminis/target', { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ target }) });
  if (!answer.ok) $('#status').textContent = (await answer.json()).error;
}

// -- controls ---------------------------------------------------------------------------

function select(id, choices, value, onChange) {
  const element = document.getElementById(id);
  element.replaceChildren(...choices.map(([key, label]) => new Option(label, key)));
  element.value = value;
  element.onchange = () => { onChange(element.value); save(); };
  return element;
}

function renderControls() {
  select('device', DEVICES.map((d) => [d.id, d.label]), settings.device, (v) => { settings.device = v; loadGame(); });
  select('orientation', [['portrait', 'Portrait'], ['landscape', 'Landscape']], settings.orientation,
    (v) => { settings.orientation = v; loadGame(); });
  select('theme', [['light', 'Light'], ['dark', 'Dark']], settings.theme, (v) => { settings.theme = v; loadGame(); });
  select('language', LANGUAGES.map((l) => [l, l]), settings.language, (v) => { settings.language = v; loadGame(); });
  select('profile', PROFILES, settings.profile, (v) => { settings.profile = v; loadGame(); });
  const outcomes = $('#outcomes');
  outcomes.replaceChildren();
  for (const control of CONTROLS) {
    const label = document.createElement('label');
    label.textContent = control.label;
    const element = document.createElement('select');
    element.id = `outcome-${control.key}`;
    label.appendChild(element);
    outcomes.appendChild(label);
    select(element.id, control.choices, settings[control.key], (v) => { settings[control.key] = v; emulator?.refresh(); });
  }
  const code = document.createElement('label');
  code.textContent = 'Ad error code';
  const input = Object.assign(document.createElement('input'), { id: 'ad-error-code', type: 'number', value: settings.adErrorCode });
  input.onchange = () => { settings.adErrorCode = Number(input.value); save(); emulator?.refresh(); };
  code.appendChild(input);
  outcomes.appendChild(code);
  renderScopes();
}

function renderScopes() {
  const box = $('#scopes');
  box.replaceChildren();
  for (const scope of Object.keys(settings.scopes)) {
    const label = document.createElement('label');
    label.textContent = `authorize ${scope}`;
    const element = document.createElement('select');
    element.id = `scope-${scope.replace(/[^a-z0-9]+/gi, '-')}`;
    element.dataset.scope = scope;
    label.appendChild(element);
    box.appendChild(label);
    select(element.id, [['allow', 'allow'], ['deny', 'deny']], settings.scopes[scope],
      (v) => { settings.scopes[scope] = v; emulator?.refresh(); });
  }
}

// -- the call log and the cloud storage ---------------------------------------------------

function clearLog() {
  calls.length = 0;
  $('#log').replaceChildren();
  $('#log-count').textContent = '0';
}

function logCall(record) {
  calls.push(record);
  const item = document.createElement('li');
  const name = document.createElement('b');
  name.textContent = record.name;
  const detail = document.createElement('code');
  detail.textContent = ` ${JSON.stringify(record.params)} → ${JSON.stringify(record.answer)}`;
  item.append(name, detail);
  $('#log').prepend(item);
  $('#log-count').textContent = String(calls.length);
  if (/UserCloudStorage$/.test(record.name)) syncCloud(gameWindow);
}

/**
 * The player's cloud storage. The stand-in keeps it in `TTMinis.__state.cloud` for one run of
 * the game; the simulator carries it across reloads (it lives on TikTok's servers) and shows it.
 */
let cloud = JSON.parse(localStorage.getItem(CLOUD_STORE) || '{}');

function syncCloud(win) {
  const live = win?.TTMinis?.__state?.cloud;
  if (live) cloud = JSON.parse(JSON.stringify(live));
  localStorage.setItem(CLOUD_STORE, JSON.stringify(cloud));
  renderCloud();
}

function renderCloud() {
  const rows = Object.entries(cloud).map(([key, value]) => {
    const row = document.createElement('tr');
    for (const text of [key, typeof value === 'string' ? value : JSON.stringify(value)]) {
      const cell = document.createElement('td');
      cell.textContent = text;
      row.appendChild(cell);
    }
    return row;
  });
  $('#cloud').replaceChildren(...rows);
  $('#cloud-empty').hidden = rows.length > 0;
}

// -- the dev server's events ----------------------------------------------------------------

function connect() {
  const events = new EventSource('/__pyminis/events');
  events.onmessage = (message) => {
    const event = JSON.parse(message.data);
    if (event.type === 'hello') {
      entry = event.entry || entry;
      serverTarget = event.target;
      projectServer = event.server || null;
      $('#refund').hidden = !projectServer;
      select('target', event.targets.map((t) => [t, t === 'h5' ? 'H5 (dev build)' : 'Native (emulator)']),
        event.target, (v) => { settings.target = v; chooseTarget(v); });
      if (settings.target !== event.target && event.targets.includes(settings.target)) {
        chooseTarget(settings.target);
      }
      document.title = `${event.name} — pyminis simulator`;
      if (event.error) overlay.showBuild(event.error.text, event.error.problems || []);
      if (event.version !== version) {
        version = event.version;
        loadGame();
      }
    } else if (event.type === 'build') {
      version = event.version;
      if (event.target) {
        serverTarget = event.target;
        $('#target').value = event.target;
      }
      overlay.hide();
      loadGame();
      $('#status').textContent = `build ${version} · ${Math.round(event.seconds * 1000)} ms`;
    } else if (event.type === 'error') {
      overlay.showBuild(event.text, event.problems || []);
      $('#status').textContent = 'build failed';
    } else if (event.type === 'runtime-error') {
      // On the native target reportNativeError shows the emulator's errors, with the emulator's
      // own line: this event only echoes its report (and may arrive after the report's answer),
      // or is an H5 run's error reported after the switch, about a game no longer running.
      if (serverTarget !== 'native') overlay.showRuntime(event.text);
    }
  };
}

window.__pyminisSimulator = {
  attach: (win) => {
    clearLog();
    gameWindow = win;
    const live = win.TTMinis?.__state?.cloud;
    if (live) Object.assign(live, win.JSON.parse(JSON.stringify(cloud)));
    renderCloud();
    giveFriends(win, settings.friends ?? DEFAULT_FRIENDS);
    attachGame(win, { current: () => settings, rules: gameRules(), onCall: logCall });
  },
  /** Play the app going to the background and coming back (onHide / onShow). */
  visibility: (hidden) => {
    gameWindow?.TTMinis?.__emit?.(hidden ? 'onHide' : 'onShow', hidden ? undefined : { scene: '1001', query: {} });
    gameWindow?.pyminisPlatform?.__visibility?.(hidden);
  },
  settings,
  calls,
  get version() { return version; },
};

$('#log-clear').onclick = clearLog;
$('#reload').onclick = () => loadGame();
$('#cloud-clear').onclick = () => {
  cloud = {};
  const live = gameWindow?.TTMinis?.__state?.cloud;
  if (live) for (const key of Object.keys(live)) delete live[key];
  syncCloud(null);
};
$('#friends').value = settings.friends ?? DEFAULT_FRIENDS;
$('#friends').onchange = () => {
  settings.friends = $('#friends').value;
  save();
  giveFriends(gameWindow, settings.friends);
  if (serverTarget === 'native') giveEmulatorFriends($('#game').contentWindow, settings.friends);
};
$('#background').onclick = () => window.__pyminisSimulator.visibility(true);
$('#foreground').onclick = () => window.__pyminisSimulator.visibility(false);
$('#reset').onclick = () => { localStorage.removeItem(STORE); window.location.reload(); };
/** TikTok's refund of the last order paid in this run: its webhook goes to the game's server. */
$('#refund').onclick = async () => {
  const paid = calls.filter((c) => c.name === 'pay' && c.answer && 'ok' in c.answer).pop();
  if (!paid) {
    $('#status').textContent = 'no purchase to refund in this run';
    return;
  }
  const answer = await fetch('/__pyminis/refund', { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ trade_order_id: paid.params.trade_order_id }) });
  const report = await answer.json().catch(() => ({}));
  $('#status').textContent = answer.ok ? `refund webhook → ${report.status} ${report.answer || ''}`
    : `no refund: ${report.error || answer.status}`;
};
window.addEventListener('resize', layoutPhone);
renderControls();
layoutPhone();
connect();
