"""Draw static/img/share.png, the picture shown when a page of the site is shared.

Run once after changing the text or colours (`.venv/bin/python scripts/make_share_image.py`);
the PNG is committed so that the site needs no image tooling at run time. It uses the
Titillium Web font that Bootstrap Italia ships in node_modules.
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "node_modules/bootstrap-italia/src/fonts/Titillium_Web"
OUTPUT = ROOT / "static/img/share.png"

PRIMARY = (0, 102, 204)  # Bootstrap Italia's primary blue
DARK = (0, 38, 77)
WHITE = (255, 255, 255)


def font(weight, size):
    return ImageFont.truetype(str(FONTS / f"titillium-web-v10-latin-ext_latin-{weight}.ttf"), size)


def main():
    image = Image.new("RGB", (1200, 630), PRIMARY)
    draw = ImageDraw.Draw(image)
    draw.text((80, 80), "Provincia di Asti", font=font("600", 40), fill=WHITE)
    draw.text((80, 140), "Servizio Pari Opportunità", font=font("700", 80), fill=WHITE)
    draw.text(
        (80, 250),
        "La rete provinciale contro la violenza sulle donne",
        font=font("regular", 40),
        fill=WHITE,
    )
    draw.rectangle((0, 420, 1200, 630), fill=DARK)
    draw.text((80, 450), "Sei in pericolo? Chiama", font=font("600", 40), fill=WHITE)
    draw.text((80, 500), "1522  ·  112", font=font("700", 88), fill=WHITE)
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    image.save(OUTPUT, optimize=True)
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({OUTPUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
