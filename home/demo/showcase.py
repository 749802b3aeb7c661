"""Media for the demo: an image, a downloadable worksheet and a short video, one set per language.

They are added to the first lesson of the Foundation course, so that the demo shows every
lesson block at work. The image is drawn here with Pillow; the videos are committed in
`assets/` (see `render_levers_video.py`).
"""

import csv
import io
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

ASSETS = Path(__file__).resolve().parent / "assets"

TEXT = {
    "ar": {
        "image_title": "خريطة الشركاء المحليين (رسم توضيحي)",
        "alt": "رسم توضيحي من ثلاث دوائر متداخلة: البلدية في المركز، تحيط بها دائرة الشركاء المحليين مثل المدارس ومراكز الشباب والقيادات الدينية والشرطة، ثم دائرة خارجية للشركاء الوطنيين.",
        "caption": "البلدية في قلب شبكة من الشركاء المحليين والوطنيين.",
        "worksheet_title": "نموذج دليل الجهات المعنية",
        "worksheet_description": "جدول لتدوين الجهات المعنية في مدينتك: من هي، وماذا تفعل، وكيف تتواصل معها.",
        "worksheet_header": ["الجهة", "نوعها", "ما تقدّمه للوقاية", "جهة الاتصال", "آخر تواصل", "ملاحظات"],
        "worksheet_rows": [["مثال: مركز الشباب في الحي", "مجتمع مدني", "أنشطة رياضية وثقافية للشباب", "", "", ""]],
        "video_title": "أربع أدوات تملكها كل مدينة",
        "video_duration": "0:12",
        "transcript": "<p>فيديو قصير من شرائح بلا صوت. الشريحة الأولى: أربع أدوات تملكها كل مدينة. الثانية: الخدمات، أي المدارس ومراكز الشباب وبرامج التشغيل. الثالثة: الجمع، أي جمع الشرطة والمدارس والقيادات الدينية والشباب حول طاولة واحدة. الرابعة: التواصل، أي أن تتكلّم أولاً وبوضوح وتواجه الشائعات. الخامسة: البيانات، أي أن تعرف أحياءك قبل أن تتحرّك.</p>",
    },
    "en": {
        "image_title": "Map of local partners (illustration)",
        "alt": "Diagram of three nested circles: the municipality at the centre, surrounded by a ring of local partners such as schools, youth centres, faith leaders and police, and an outer ring of national partners.",
        "caption": "The municipality at the heart of a network of local and national partners.",
        "worksheet_title": "Stakeholder directory template",
        "worksheet_description": "A table to list the stakeholders in your city: who they are, what they do and how to reach them.",
        "worksheet_header": [
            "Organisation",
            "Type",
            "What it offers for prevention",
            "Contact",
            "Last contact",
            "Notes",
        ],
        "worksheet_rows": [
            ["Example: neighbourhood youth centre", "Civil society", "Sport and culture for young people", "", "", ""]
        ],
        "video_title": "Four levers every city has",
        "video_duration": "0:12",
        "transcript": "<p>A short slide video without sound. Slide 1: four levers every city has. Slide 2: services, such as schools, youth centres and jobs programmes. Slide 3: convening, bringing police, schools, faith leaders and young people to one table. Slide 4: communication, speaking first and clearly and answering rumours. Slide 5: data, knowing your neighbourhoods before you act.</p>",
    },
    "fr": {
        "image_title": "Carte des partenaires locaux (illustration)",
        "alt": "Schéma de trois cercles emboîtés : la municipalité au centre, entourée d'un anneau de partenaires locaux comme les écoles, les maisons de jeunes, les responsables religieux et la police, puis d'un anneau extérieur de partenaires nationaux.",
        "caption": "La municipalité au cœur d'un réseau de partenaires locaux et nationaux.",
        "worksheet_title": "Modèle de répertoire des acteurs",
        "worksheet_description": "Un tableau pour recenser les acteurs de votre ville : qui ils sont, ce qu'ils font et comment les joindre.",
        "worksheet_header": [
            "Organisation",
            "Type",
            "Apport à la prévention",
            "Contact",
            "Dernier échange",
            "Remarques",
        ],
        "worksheet_rows": [
            ["Exemple : maison de jeunes du quartier", "Société civile", "Sport et culture pour les jeunes", "", "", ""]
        ],
        "video_title": "Quatre leviers dont dispose chaque ville",
        "video_duration": "0:12",
        "transcript": "<p>Une courte vidéo de diapositives, sans son. Diapositive 1 : quatre leviers dont dispose chaque ville. Diapositive 2 : les services, comme les écoles, les maisons de jeunes et les programmes d'emploi. Diapositive 3 : réunir la police, les écoles, les responsables religieux et les jeunes autour d'une table. Diapositive 4 : communiquer, parler tôt et clairement, et répondre aux rumeurs. Diapositive 5 : les données, connaître ses quartiers avant d'agir.</p>",
    },
}


def _partner_map_png() -> bytes:
    size = 800
    image = PillowImage.new("RGB", (size, size // 2 + 100), "#f3f6f5")
    draw = ImageDraw.Draw(image)
    centre = (size // 2, (size // 2 + 100) // 2)
    for radius, colour in ((210, "#cfe3dd"), (140, "#8fc2b3"), (70, "#0b5d4b")):
        draw.ellipse((centre[0] - radius, centre[1] - radius, centre[0] + radius, centre[1] + radius), fill=colour)
    for index in range(8):
        # Partners as dots: four local ones on the middle ring, four national ones outside.
        ring = 105 if index < 4 else 175
        angle_x = (1, 0, -1, 0, 0.7, -0.7, -0.7, 0.7)[index]
        angle_y = (0, 1, 0, -1, 0.7, 0.7, -0.7, -0.7)[index]
        x, y = centre[0] + ring * angle_x, centre[1] + ring * angle_y
        draw.ellipse((x - 16, y - 16, x + 16, y + 16), fill="#b45309" if index < 4 else "#1d4ed8")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _worksheet_csv(language: str) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(TEXT[language]["worksheet_header"])
    writer.writerows(TEXT[language]["worksheet_rows"])
    # A byte-order mark so that spreadsheet programs open the Arabic text as UTF-8.
    return "\ufeff".encode() + buffer.getvalue().encode()


def _image(language: str):
    Image = get_image_model()
    title = TEXT[language]["image_title"]
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image(title=title, file=ImageFile(io.BytesIO(_partner_map_png()), name=f"partner-map-{language}.png"))
        image.save()
    return image


def _document(title: str, filename: str, content: bytes):
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title)
        document.file.save(filename, ContentFile(content), save=False)
        document.save()
    return document


def showcase_blocks() -> dict[str, list[dict]]:
    """The image, document and video blocks for each language, as raw StreamField data."""
    blocks = {}
    for language, text in TEXT.items():
        image = _image(language)
        worksheet = _document(
            text["worksheet_title"], f"stakeholder-directory-{language}.csv", _worksheet_csv(language)
        )
        video_file = _document(
            text["video_title"], f"city-levers-{language}.webm", (ASSETS / f"city-levers-{language}.webm").read_bytes()
        )
        blocks[language] = [
            {"type": "image", "value": {"image": image.pk, "alt_text": text["alt"], "caption": text["caption"]}},
            {
                "type": "video",
                "value": {
                    "title": text["video_title"],
                    "url": "",
                    "file": video_file.pk,
                    "duration": text["video_duration"],
                    "transcript": text["transcript"],
                },
            },
            {
                "type": "document",
                "value": {"document": worksheet.pk, "title": "", "description": text["worksheet_description"]},
            },
        ]
    return blocks
