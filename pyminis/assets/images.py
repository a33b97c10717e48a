"""Make images smaller with Pillow (pure: bytes in, bytes out).

Lossless by default: a PNG is re-encoded with the best zlib settings, its metadata dropped and
an opaque alpha channel removed; the pixels stay exactly the same. Palette quantisation (lossy)
only when the settings ask for it. The smaller of the original and the result is kept, so an
already optimised file never grows.
"""

from __future__ import annotations

import io
import re
import warnings

from PIL import Image

from pyminis.errors import BuildError

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


# More pixels than this is no game texture (16384 x 16384), and decoding it could take
# gigabytes: a decompression bomb, refused before it is decoded.
MAX_PIXELS = 16384 * 16384


def open_image(data: bytes, shown_as: str) -> Image.Image:
    """Decode an image fully, or say which file is broken (or too big to decode safely)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise BuildError(
                    f"{shown_as} is {width}x{height} pixels, too large to decode safely",
                    hint="resize it: a texture larger than 4096x4096 does not load on many "
                         "phones anyway")
            image.load()
    except BuildError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise BuildError(f"{shown_as} is too large to decode safely ({error})",
                         hint="resize it to at most 4096x4096 pixels") from None
    except Exception as error:  # noqa: BLE001  (Pillow raises many types for broken files)
        reason = re.sub(r"\s*<_io\.BytesIO object at 0x[0-9a-f]+>", "", str(error))
        raise BuildError(f"{shown_as} is not a readable image ({reason})",
                         hint="re-export it from your image editor, or remove it from assets/") from None
    return image


def encode_png(image: Image.Image) -> bytes:
    """PNG bytes with the strongest lossless compression and no metadata chunks."""
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _drop_opaque_alpha(image: Image.Image) -> Image.Image:
    if image.mode == "RGBA" and image.getchannel("A").getextrema() == (255, 255):
        return image.convert("RGB")
    if image.mode == "LA" and image.getchannel("A").getextrema() == (255, 255):
        return image.convert("L")
    return image


# Modes re-encoded without loss; others (16-bit, …) would lose precision, so they are kept.
_EXACT_MODES = ("RGBA", "RGB", "LA", "L", "P", "1")


def quantize(image: Image.Image, colors: int) -> Image.Image:
    """A palette image of at most `colors` colours (alpha kept)."""
    if image.mode == "P":
        image = image.convert("RGBA")
    if image.mode in ("RGBA", "LA"):
        # Median cut cannot handle alpha; fast octree can.
        return image.convert("RGBA").quantize(colors, method=Image.Quantize.FASTOCTREE)
    return image.convert("RGB").quantize(colors, method=Image.Quantize.MEDIANCUT)


def optimize_png(data: bytes, shown_as: str, colors: int | None = None) -> bytes:
    """The smallest PNG of `data`: lossless, or palette-quantised when `colors` is given."""
    image = open_image(data, shown_as)
    if image.mode not in _EXACT_MODES:
        return data
    image = _drop_opaque_alpha(image)
    if colors is not None:
        image = quantize(image, colors)
    encoded = encode_png(image)
    return encoded if len(encoded) < len(data) else data
