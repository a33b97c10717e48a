/**
 * `pyminis verify --target native`: a native package's game.js under node, on a device that
 * only stands in (no pixels), recorded by the harness (harness.js).
 *
 *     node runtime_js/verify/node.js JOB.json RESULT.json
 *
 * The job (pyminis/verify/job.py `Job.for_compiled`, plus `package`, the package folder) names
 * the seed, the device, the SDK answers and the inputs of each frame. As on a phone, game.js
 * finds the SDK (the stand-in, runtime_js/simulator/sdk.js) as `tt` / `wx`, with the device's
 * screen, images, touch and system calls added; native.js, the platform backend the package
 * starts with, is what runs over them. The result is the recorded frames as JSON.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const vm = require('vm');

const [jobPath, resultPath] = process.argv.slice(2);
const job = JSON.parse(fs.readFileSync(jobPath, 'utf8'));

/** Run a classic script in this context, under its own file name (stacks name it). */
function runScript(file) {
  vm.runInThisContext(fs.readFileSync(file, 'utf8'), { filename: file });
}

/** Width and height of a PNG, GIF or JPEG file, or null. */
function imageSize(bytes) {
  if (bytes.length >= 24 && bytes.readUInt32BE(0) === 0x89504e47) {
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }
  if (bytes.length >= 10 && bytes.toString('ascii', 0, 3) === 'GIF') {
    return { width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8) };
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let at = 2;
    while (at + 9 < bytes.length) {
      if (bytes[at] !== 0xff) return null;
      const marker = bytes[at + 1];
      const length = bytes.readUInt16BE(at + 2);
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
        return { width: bytes.readUInt16BE(at + 7), height: bytes.readUInt16BE(at + 5) };
      }
      at += 2 + length;
    }
  }
  return null;
}

/** A 2D context that draws nothing: what the platform backend draws itself (native_open_data.js
 * draws the open data canvas) is not the game's, and the harness records the game's calls. */
function nullContext() {
  const state = {};
  return new Proxy(state, {
    get: (target, key) => (key in target ? target[key] : () => undefined),
    set: (target, key, value) => { target[key] = value; return true; },
  });
}

/** The device: a screen that keeps only its size, images that know theirs, touch hooks. */
function device() {
  const canvas = () => {
    let width = 1;
    let height = 1;
    const size = (value) => Math.trunc(Number(value)) >>> 0;
    const context = nullContext();
    return {
      get width() { return width; },
      set width(value) { width = size(value); },
      get height() { return height; },
      set height(value) { height = size(value); },
      getContext: () => context,
    };
  };
  const image = () => {
    const made = { __result: { ok: false } };
    Object.defineProperty(made, 'src', {
      set: (src) => {
        const file = path.resolve(job.package, String(src));
        let found = null;
        if (file.startsWith(path.resolve(job.package) + path.sep) && fs.existsSync(file)) {
          found = imageSize(fs.readFileSync(file));
        }
        made.__result = found ? { ok: true, ...found } : { ok: false };
      },
    });
    return made;
  };
  const nothing = () => {};
  return {
    createCanvas: canvas,
    createImage: image,
    loadFont: () => null,
    getSystemInfoSync: () => JSON.parse(JSON.stringify(job.device)),
    setPreferredFramesPerSecond: nothing,
    onTouchStart: nothing, offTouchStart: nothing, onTouchMove: nothing, offTouchMove: nothing,
    onTouchEnd: nothing, offTouchEnd: nothing, onTouchCancel: nothing, offTouchCancel: nothing,
    createInnerAudioContext: () => ({}),
  };
}

async function main() {
  runScript(path.join(__dirname, 'harness.js'));
  const verify = globalThis.pyminisVerify;
  verify.install(job, {
    yieldTask: () => new Promise((resolve) => setImmediate(resolve)),
    imageReady: (raw, src) => { raw.src = src; return Promise.resolve(raw.__result); },
  });
  process.on('unhandledRejection', (reason) => verify.recordError(reason));
  runScript(path.join(__dirname, '..', 'simulator', 'sdk.js'));
  const game = globalThis.TTMinis.game;
  delete game.init; // the native runtime has no init call
  Object.assign(game, device());
  globalThis.tt = game;
  globalThis.wx = game;
  globalThis.GameGlobal = globalThis;
  try {
    runScript(path.join(job.package, 'game.js'));
  } catch (error) {
    verify.recordError(error);
  }
  const result = await verify.play();
  fs.writeFileSync(resultPath, JSON.stringify(result));
}

main().catch((error) => {
  process.stderr.write(`pyminis verify (node): ${(error && error.stack) || error}\n`);
  process.exit(1);
});
