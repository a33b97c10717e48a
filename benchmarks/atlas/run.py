"""Would an automatic texture atlas be free? Measured in headless Chromium (software canvas).

An auto-atlas packs a game's small images into one, so consecutive draws share a source (a
GPU canvas batches them; every source switch breaks a batch). It is only a default if it
costs nothing visible. This prints, for a few realistic sprites (the bunnymark bunny plus
anti-aliased, gradient and soft-alpha ones), packed with extruded edges (2 pixels unless --extrude says):

  1. source switches per frame, separate images vs the atlas (drawImage wrapped in the page);
  2. ms/frame drawing N sprites (images taking turns, whole-pixel positions as the engine
     draws them): whole images (3-argument drawImage, the engine's unscaled path) against
     atlas regions (9 arguments), and both scaled 1.5x; whole images through the 9-argument
     form as a control (argument count or sub-rectangle?); the ways alternate frame by frame;
     images as <img> (h5) and as ImageBitmap (the native emulator's createImage);
  3. pixel differences, image vs atlas region, for the draws the engine makes: unscaled
     whole-pixel, scaled whole-pixel, rotated, flipped, with alpha;
  4. drawImage calls and source switches per frame in the flyer and breakout examples.

    python benchmarks/atlas/run.py [--quick] [--extrude N]

Figures are this machine's, measured now; compare the ratios.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFilter

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE.parent / "bunnymark"))

from make_bunny import bunny  # type: ignore[import-not-found]  # (a script beside bunnymark)

from pyminis.assets.atlas import build_atlas
from pyminis.pipeline import build
from tests.support.browser import CHROMIUM_ARGS, chromium_path, route_platform, serve


def sprites() -> dict[str, Image.Image]:
    """Sprites like a game's: hard and anti-aliased edges, gradients, soft alpha."""
    coin = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    ImageDraw.Draw(coin).ellipse((4, 4, 91, 91), fill=(250, 200, 40, 255), outline=(150, 90, 0, 255),
                                 width=10)
    brick = Image.new("RGBA", (40, 16))
    for y in range(16):
        ImageDraw.Draw(brick).line((0, y, 39, y), fill=(200 - 6 * y, 60 + 4 * y, 50, 255))
    glow = Image.new("RGBA", (32, 32), (0, 0, 0, 0))
    ImageDraw.Draw(glow).ellipse((6, 6, 25, 25), fill=(120, 220, 255, 255))
    glow = glow.filter(ImageFilter.GaussianBlur(4))
    ship = Image.new("RGBA", (120, 88), (0, 0, 0, 0))
    ImageDraw.Draw(ship).polygon([(0, 88), (60, 0), (120, 88), (60, 64)], fill=(230, 60, 120, 255))
    return {"bunny": bunny(), "coin": coin.resize((24, 24), Image.Resampling.LANCZOS),
            "brick": brick, "glow": glow, "ship": ship.resize((30, 22), Image.Resampling.LANCZOS)}


def extruded_atlas(images: dict[str, Image.Image],
                   extrude: int) -> tuple[Image.Image, dict[str, list[int]]]:
    """The asset stage's packer (what NAME.atlas/ folders become), edges extruded `extrude`
    pixels; the sheet and each sprite's [x, y, w, h] in it."""
    packed = build_atlas(images, "benchmark", extrude)
    return packed.image, {f.name: [f.x, f.y, f.w, f.h] for f in packed.frames}


PAGE = """<!doctype html><html><body style="margin:0">
<canvas width="800" height="600"></canvas><script src="page.js"></script></body></html>"""

# (label, transform [a, b, c, d, e, f], alpha, whole-pixel destination rectangle)
COS30, SIN30 = 0.8660254, 0.5
CASES: list[tuple[str, list[float], float, bool]] = [
    ("unscaled, whole pixels", [1, 0, 0, 1, 0, 0], 1.0, True),
    ("unscaled, alpha 0.5", [1, 0, 0, 1, 0, 0], 0.5, True),
    ("scaled 1.5x, whole pixels", [1.5, 0, 0, 1.5, 0, 0], 1.0, True),
    ("scaled 2.3x, whole pixels", [2.3, 0, 0, 2.3, 0, 0], 1.0, True),
    ("scaled 0.6x, whole pixels", [0.6, 0, 0, 0.6, 0, 0], 1.0, True),
    ("rotated 30 deg", [COS30, SIN30, -SIN30, COS30, 0.3, 0.6], 1.0, False),
    ("rotated 30 deg, scale 1.7, alpha 0.6", [1.7 * COS30, 1.7 * SIN30, -1.7 * SIN30, 1.7 * COS30,
                                              0.25, 0.5], 0.6, False),
    ("flipped (scale_x -1)", [-1, 0, 0, 1, 0.5, 0], 1.0, False),
]

COUNT_DRAWS = """() => { const proto = CanvasRenderingContext2D.prototype, draw = proto.drawImage;
  globalThis.__draws = {calls: 0, switches: 0, canvases: 0, last: null};
  proto.drawImage = function (source, ...rest) { const d = globalThis.__draws; d.calls++;
    if (source instanceof HTMLCanvasElement || source instanceof OffscreenCanvas) d.canvases++;
    if (d.last !== null && d.last !== source) d.switches++; d.last = source;
    return draw.call(this, source, ...rest); }; }"""


def examples(browser: Any, work: Path) -> None:
    print("\nExamples: drawImage calls and source switches per frame (60 frames, h5)")
    for name in ("flyer", "breakout"):
        project = work / name
        shutil.copytree(REPO / "examples" / name, project,
                        ignore=shutil.ignore_patterns("dist", "dist-*", ".pyminis"))
        output = build(project, "h5").output_dir
        context = browser.new_context(viewport={"width": 390, "height": 844})
        route_platform(context)
        page = context.new_page()
        page.add_init_script("globalThis.__pyminisManualFrames = true;")
        with serve(output) as url:
            page.goto(url + "/index.html")
            page.wait_for_function("typeof pyminisGame !== 'undefined'")
            page.evaluate("() => { let i = 0; while (!pyminisGame.started && i++ < 600) "
                          "pyminisPlatform.__step(); }")
            page.evaluate(f"({COUNT_DRAWS})()")
            counts = page.evaluate("() => { for (let i = 0; i < 60; i++) pyminisPlatform.__step();"
                                   " return globalThis.__draws; }")
        context.close()
        print(f"  {name:9} {counts['calls'] / 60:6.1f} drawImage/frame  "
              f"{counts['switches'] / 60:6.1f} switches/frame "
              f"({counts['canvases'] / 60:.1f}/frame from a canvas: cached groups)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer frames, N = 5,000 only")
    parser.add_argument("--extrude", type=int, default=2,
                        help="edge pixels repeated around each sprite (0: none, to see bleeding)")
    args = parser.parse_args()
    sizes = (5000,) if args.quick else (1000, 5000, 20000)
    frames = 9 if args.quick else 25
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        work = Path(tmp)
        images = sprites()
        sheet, spots = extruded_atlas(images, args.extrude)
        for name, im in images.items():
            im.save(work / f"{name}.png")
        sheet.save(work / "atlas.png")
        (work / "index.html").write_text(PAGE, encoding="utf-8")
        shutil.copy(HERE / "page.js", work / "page.js")
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 800, "height": 600}, device_scale_factor=1)
        with serve(work) as url:
            page.goto(url + "/index.html")
            page.evaluate("([spots, b]) => loadSprites(spots, b)", [spots, False])
            print(f"Sprites: {', '.join(f'{n} {im.width}x{im.height}' for n, im in images.items())};"
                  f" atlas {sheet.width}x{sheet.height}, {args.extrude}-px extruded edges")
            switches = page.evaluate("(n) => switchesPerFrame(n)", 1000)
            print(f"\nSource switches per frame (1,000 draws, images taking turns): "
                  f"separate images {switches['whole']}, atlas {switches['atlas']}")
            print("\nms/frame, software canvas 800x600 (median; the ways alternate)")
            print(f"  {'images':7}  {'N':>6}  {'scale':>5}  {'whole images':>12}  "
                  f"{'whole, 9 args':>13}  {'atlas regions':>13}  atlas/whole")
            for kind in ("<img>", "bitmap"):
                page.evaluate("([spots, b]) => loadSprites(spots, b)", [spots, kind == "bitmap"])
                for n in sizes:
                    for scale in (1, 1.5):
                        ms = page.evaluate("([n, s, f]) => frameMs(n, s, f)", [n, scale, frames])
                        print(f"  {kind:7}  {n:>6}  {scale:>5}  {ms['whole']:>12.2f}  "
                              f"{ms['whole9']:>13.2f}  {ms['atlas']:>13.2f}  "
                              f"{ms['atlas'] / ms['whole']:.2f}x")
            page.evaluate("([spots, b]) => loadSprites(spots, b)", [spots, False])
            print("\nPixels, image vs atlas region (800x600 canvas, every sprite once)")
            print(f"  {'draw':40}  {'pixels differing':>16}  {'max channel diff':>16}")
            for label, matrix, alpha, dst in CASES:
                diff = page.evaluate("([m, a, d]) => compare(m, a, d)", [matrix, alpha, dst])
                print(f"  {label:40}  {diff['pixels']:>16}  {diff['worst']:>16}")
        examples(browser, work)
        browser.close()


if __name__ == "__main__":
    main()
