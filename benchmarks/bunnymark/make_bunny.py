"""Draw the benchmark's bunny (26 × 37 PNG) into engine/assets/ and js/: both versions load
the same file. Run once; the PNG is committed."""

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent


def bunny() -> Image.Image:
    image = Image.new("RGBA", (26, 37), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    for x in (6, 15):  # ears
        draw.ellipse((x, 0, x + 5, 16), fill=(255, 255, 255, 255), outline=(60, 60, 60, 255))
        draw.ellipse((x + 1, 3, x + 4, 13), fill=(255, 170, 190, 255))
    draw.ellipse((2, 12, 23, 36), fill=(255, 255, 255, 255), outline=(60, 60, 60, 255))
    draw.ellipse((7, 19, 10, 22), fill=(20, 20, 20, 255))
    draw.ellipse((15, 19, 18, 22), fill=(20, 20, 20, 255))
    draw.ellipse((11, 24, 14, 27), fill=(255, 120, 150, 255))
    return image


if __name__ == "__main__":
    picture = bunny()
    for folder in (HERE / "engine" / "assets", HERE / "js"):
        folder.mkdir(parents=True, exist_ok=True)
        picture.save(folder / "bunny.png", optimize=True)
