"""App icons in every size from one square source image (pure logic).

The Developer Portal asks for the app's icon when you fill in its basic information; the
platform does not publish the sizes it wants, so pyminis makes the common square sizes of app
stores and launchers from `icon.png` at the project root. They are for the portal, not the
package: the game never loads them, so they stay out of the 4 MB main package.
"""

from __future__ import annotations

from PIL import Image

from pyminis.assets.images import encode_png, open_image
from pyminis.errors import BuildError, Location

ICON_SOURCE = "icon.png"
ICON_SIZES = (512, 256, 192, 144, 96)


def make_icons(data: bytes, shown_as: str = ICON_SOURCE) -> dict[str, bytes]:
    """`icon-<size>.png` → PNG bytes for every size in ICON_SIZES."""
    image = open_image(data, shown_as)
    width, height = image.size
    if width != height:
        raise BuildError(f"the app icon is {width}x{height}; an app icon must be square",
                         hint=f"crop {shown_as} to a square (at least {ICON_SIZES[0]}x{ICON_SIZES[0]})",
                         location=Location(shown_as))
    if width < ICON_SIZES[0]:
        raise BuildError(f"the app icon is {width}x{height}, smaller than the largest size "
                         f"pyminis makes ({ICON_SIZES[0]}x{ICON_SIZES[0]}), so it would be blurry",
                         hint=f"export {shown_as} at {ICON_SIZES[0]}x{ICON_SIZES[0]} or larger",
                         location=Location(shown_as))
    rgba = image.convert("RGBA")
    return {f"icon-{size}.png": encode_png(rgba.resize((size, size), Image.Resampling.LANCZOS))
            for size in ICON_SIZES}
