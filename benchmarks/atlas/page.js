// The auto-atlas question, measured in the page (benchmarks/atlas/run.py serves this with the
// sprites as separate PNGs and packed into one extruded atlas, all decoded as <img>, as the
// h5 platform loads them). Plain JS, no engine: this is the canvas' side of the question.

/** @typedef {{name: string, img: CanvasImageSource, x: number, y: number, w: number, h: number}} Sprite */

/** @type {{sprites: Sprite[], atlas: CanvasImageSource}} */
const loaded = { sprites: [], atlas: null };

/** @param {string} src @returns {Promise<HTMLImageElement>} */
async function image(src) {
  const img = new Image();
  img.src = src;
  await img.decode();
  return img;
}

/**
 * Load the originals and the atlas; `spots` maps name → [x, y, w, h] in the atlas. `bitmaps`:
 * as ImageBitmaps, the images the native emulator's createImage() gives (<img> on h5).
 */
globalThis.loadSprites = async (spots, bitmaps) => {
  const as = async (src) => (bitmaps ? createImageBitmap(await image(src)) : image(src));
  loaded.atlas = await as('atlas.png');
  loaded.sprites = [];
  for (const [name, [x, y, w, h]] of Object.entries(spots)) {
    loaded.sprites.push({ name, img: await as(name + '.png'), x, y, w, h });
  }
  return loaded.sprites.length;
};

/** Deterministic positions, so both ways draw the very same scene. */
function positions(n, width, height) {
  let seed = 12345;
  const next = () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed / 4294967296; };
  const out = [];
  for (let i = 0; i < n; i++) out.push([Math.floor(next() * (width - 40)), Math.floor(next() * (height - 40))]);
  return out;
}

/**
 * One frame of `n` sprites, the images taking turns (a varied scene: each draw switches
 * source when the images are separate). `way` "atlas": regions of the atlas (9 arguments);
 * "whole": whole images (3 arguments unscaled, as pyminis.engine's draw path does, 9 with
 * the whole image when `scale` is not 1); "whole9": whole images, always 9 arguments (the
 * control: is it the argument count or the sub-rectangle?). Whole-pixel destinations.
 */
function drawFrame(ctx, pos, way, scale) {
  const sprites = loaded.sprites;
  const count = sprites.length;
  for (let i = 0; i < pos.length; i++) {
    const s = sprites[i % count];
    const x = pos[i][0];
    const y = pos[i][1];
    if (way === 'atlas') {
      ctx.drawImage(loaded.atlas, s.x, s.y, s.w, s.h, x, y, Math.round(s.w * scale), Math.round(s.h * scale));
    } else if (scale === 1 && way === 'whole') {
      ctx.drawImage(s.img, x, y);
    } else {
      ctx.drawImage(s.img, 0, 0, s.w, s.h, x, y, Math.round(s.w * scale), Math.round(s.h * scale));
    }
  }
}

/**
 * Median ms per frame (clear + n draws + a 1-pixel readback, which makes the software
 * canvas rasterise inside the timed region) for each way, the ways taking turns frame by
 * frame so a busy machine slows them alike.
 */
globalThis.frameMs = (n, scale, frames) => {
  const canvas = document.querySelector('canvas');
  const ctx = canvas.getContext('2d');
  const pos = positions(n, canvas.width, canvas.height);
  const times = { whole: [], whole9: [], atlas: [] };
  for (let f = -3; f < frames; f++) {
    for (const way of Object.keys(times)) {
      const t0 = performance.now();
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      drawFrame(ctx, pos, way, scale);
      ctx.getImageData(0, 0, 1, 1);
      if (f >= 0) times[way].push(performance.now() - t0);
    }
  }
  const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  return { whole: median(times.whole), whole9: median(times.whole9), atlas: median(times.atlas) };
};

/** Source-image switches in one frame of `n` draws, counted by wrapping drawImage. */
globalThis.switchesPerFrame = (n) => {
  const canvas = document.querySelector('canvas');
  const ctx = canvas.getContext('2d');
  const pos = positions(n, canvas.width, canvas.height);
  const counts = {};
  const original = ctx.drawImage;
  for (const way of ['whole', 'atlas']) {
    let last = null;
    let switches = 0;
    ctx.drawImage = function (source, ...rest) {
      if (last !== null && source !== last) switches++;
      last = source;
      return original.call(this, source, ...rest);
    };
    drawFrame(ctx, pos, way, 1);
    counts[way] = switches;
  }
  ctx.drawImage = original;
  return counts;
};

/**
 * Each sprite alone on a fixed backdrop, drawn from its own image and from the atlas under
 * the transform `m` ([a, b, c, d, e, f], e/f an offset from the sprite's slot) at `alpha`;
 * the pixels compared. `dst` false: destination in the sprite's own units (-w/2, -h/2, w, h),
 * as the engine draws rotated nodes; true: a whole-pixel destination rectangle scaled by
 * m[0], as it draws unrotated scaled ones.
 */
globalThis.compare = (m, alpha, dst) => {
  const canvas = document.querySelector('canvas');
  const ctx = canvas.getContext('2d');
  const render = (atlas) => {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    ctx.fillStyle = '#2a3350';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    loaded.sprites.forEach((s, k) => {
      const src = atlas ? [loaded.atlas, s.x, s.y, s.w, s.h] : [s.img, 0, 0, s.w, s.h];
      ctx.globalAlpha = alpha;
      if (dst) {
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.drawImage(...src, 20 + 130 * k, 40, Math.round(s.w * m[0]), Math.round(s.h * m[0]));
      } else {
        ctx.setTransform(m[0], m[1], m[2], m[3], 80 + 130 * k + m[4], 120 + m[5]);
        ctx.drawImage(...src, -s.w / 2, -s.h / 2, s.w, s.h);
      }
    });
    return ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  };
  const a = render(false);
  const b = render(true);
  let pixels = 0;
  let worst = 0;
  for (let i = 0; i < a.length; i += 4) {
    let d = 0;
    for (let j = 0; j < 4; j++) d = Math.max(d, Math.abs(a[i + j] - b[i + j]));
    if (d > 0) { pixels++; worst = Math.max(worst, d); }
  }
  return { pixels, worst };
};
