"""Renders the demo's short slide video, "Four levers every city has", once per language.

A development tool, not run by `make run`: the three WebM files it writes are committed
beside it. Needs Debian's ffmpeg and fonts-noto-core. Pillow (with libraqm) shapes the
Arabic text, so the slides read correctly right to left.

    .venv/bin/python home/demo/assets/render_levers_video.py
"""

import subprocess
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
SIZE = (640, 360)
SECONDS_PER_SLIDE = 3
FONTS = {
    "ar": "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Bold.ttf",
    "latin": "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
}
SLIDES = {
    "ar": [
        "أربع أدوات تملكها كل مدينة",
        "١. الخدمات: المدارس ومراكز الشباب وبرامج التشغيل",
        "٢. الجمع: الشرطة والمدارس والقيادات الدينية والشباب حول طاولة واحدة",
        "٣. التواصل: تكلّم أولاً وبوضوح، وواجه الشائعات",
        "٤. البيانات: اعرف أحياءك قبل أن تتحرّك",
    ],
    "en": [
        "Four levers every city has",
        "1. Services: schools, youth centres, jobs programmes",
        "2. Convening: police, schools, faith leaders and youth at one table",
        "3. Communication: speak first, speak clearly, answer rumours",
        "4. Data: know your neighbourhoods before you act",
    ],
    "fr": [
        "Quatre leviers dont dispose chaque ville",
        "1. Les services : écoles, maisons de jeunes, programmes d'emploi",
        "2. Réunir : police, écoles, responsables religieux et jeunes autour d'une table",
        "3. Communiquer : parler tôt, parler clair, répondre aux rumeurs",
        "4. Les données : connaître ses quartiers avant d'agir",
    ],
}


def _wrap(draw: ImageDraw.ImageDraw, text: str, font, width: int, direction: str) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if draw.textlength(candidate, font=font, direction=direction) <= width:
            current = candidate
        else:
            lines.append(current)
            current = word
    return [*lines, current]


def render_slide(text: str, language: str, number: int) -> Image.Image:
    image = Image.new("RGB", SIZE, "#0b5d4b")
    draw = ImageDraw.Draw(image)
    rtl = language == "ar"
    direction = "rtl" if rtl else "ltr"
    font = ImageFont.truetype(FONTS["ar" if rtl else "latin"], 34 if number == 0 else 28)
    # A ring that fills up slide by slide, as a simple progress cue.
    draw.arc((SIZE[0] // 2 - 40, 30, SIZE[0] // 2 + 40, 110), 0, 360, fill="#2f8f78", width=10)
    if number:
        draw.arc((SIZE[0] // 2 - 40, 30, SIZE[0] // 2 + 40, 110), -90, -90 + 90 * number, fill="#ffd166", width=10)
    lines = _wrap(draw, text, font, SIZE[0] - 80, direction)
    y = 150
    for line in lines:
        width = draw.textlength(line, font=font, direction=direction)
        draw.text(((SIZE[0] - width) / 2, y), line, font=font, fill="white", direction=direction)
        y += int(font.size * 1.6)
    return image


def render(language: str) -> Path:
    output = HERE / f"city-levers-{language}.webm"
    with tempfile.TemporaryDirectory() as folder:
        for number, text in enumerate(SLIDES[language]):
            render_slide(text, language, number).save(Path(folder) / f"slide-{number}.png")
        subprocess.run(
            [
                "ffmpeg", "-y", "-loglevel", "error",
                "-framerate", f"1/{SECONDS_PER_SLIDE}", "-i", str(Path(folder) / "slide-%d.png"),
                "-c:v", "libvpx-vp9", "-b:v", "60k", "-r", "10", "-pix_fmt", "yuv420p",
                str(output),
            ],
            check=True,
        )  # fmt: skip
    return output


if __name__ == "__main__":
    for code in SLIDES:
        path = render(code)
        print(path.name, path.stat().st_size, "bytes")
