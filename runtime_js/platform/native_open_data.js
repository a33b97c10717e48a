/**
 * The open data domain's canvas on the native runtime: the game places it, the backend draws it.
 *
 * TikTok's pages (003/004) give the main context a shared canvas with a CSS `style` that the
 * platform composites over the game. In the WeChat / Douyin runtime family there is no CSS:
 * the open data domain draws on `sharedCanvas` and the main context must draw
 * `getOpenDataContext().canvas` onto its own screen each frame (minigame-api-typings,
 * `OpenDataContext.canvas`; docs/native-runtimes.md). This prelude (only in games with an open
 * data domain, after native.js) gives pyminis.social the 003/004 shape either way:
 * `pyminisPlatform.getSharedCanvas()` returns a view whose `width`/`height` are the open data
 * canvas's and whose `style` (left, top, width, height in vw, vh or px; display) is read here:
 * after each frame's callbacks, while it is shown, the canvas is drawn into that box on the
 * screen. Touches inside the box reach the domain as the game's own messages (pyminis.social).
 * Where `getOpenDataContext()` has no `canvas`, the runtime places the canvas itself and its
 * own `getSharedCanvas()` is returned.
 */
(() => {
  const platform = globalThis.pyminisPlatform;
  const host = typeof GameGlobal !== 'undefined' && GameGlobal ? GameGlobal : globalThis;
  const api = globalThis.tt || host.tt || globalThis.wx || host.wx
    || (globalThis.TTMinis && globalThis.TTMinis.game);
  let view = null;

  /** "80vw" / "40vh" / "120px" (or a bare number of px) → CSS pixels of a window. */
  function cssPixels(value, info) {
    const text = String(value ?? '').trim();
    const number = parseFloat(text);
    if (!Number.isFinite(number)) return NaN;
    if (text.endsWith('vw')) return (number * info.windowWidth) / 100;
    if (text.endsWith('vh')) return (number * info.windowHeight) / 100;
    return number;
  }

  /** A view over the open data canvas that this backend places and draws. */
  function drawnView(canvas) {
    const style = { left: '', top: '', width: '', height: '', display: '' };
    /** Draw the open data canvas into its box (backing-store pixels of the screen). */
    function draw(screen) {
      if (!screen || style.display === 'none' || !style.width || !style.height) return;
      if (!(canvas.width > 0 && canvas.height > 0)) return;
      const info = platform.getSystemInfoSync();
      const box = [style.left || '0', style.top || '0', style.width, style.height].map((v) => cssPixels(v, info));
      if (box.some((v) => !Number.isFinite(v)) || box[2] <= 0 || box[3] <= 0) return;
      const sx = screen.width / info.windowWidth;
      const sy = screen.height / info.windowHeight;
      const ctx = screen.getContext('2d');
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.globalAlpha = 1;
      ctx.drawImage(canvas, box[0] * sx, box[1] * sy, box[2] * sx, box[3] * sy);
      ctx.restore();
    }
    platform.afterFrame(draw);
    return {
      get width() { return canvas.width; },
      set width(value) { canvas.width = value; },
      get height() { return canvas.height; },
      set height(value) { canvas.height = value; },
      style,
    };
  }

  platform.getSharedCanvas = () => {
    if (view) return view;
    const context = api && typeof api.getOpenDataContext === 'function' ? api.getOpenDataContext() : null;
    if (context && context.canvas) {
      view = drawnView(context.canvas);
      return view;
    }
    if (api && typeof api.getSharedCanvas === 'function') return api.getSharedCanvas();
    throw new Error('this runtime has neither getOpenDataContext().canvas nor getSharedCanvas(): '
      + 'it has no open data domain to show');
  };
})();
