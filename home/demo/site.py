"""The site itself: the three locales and the home page in Arabic, English and French."""

from wagtail.models import Collection, Locale, Page, Site

from home.models import HomePage

HOME_CONTENT = {
    "ar": {
        "title": "أكاديمية المدن الشابّة",
        "intro": "دورات قصيرة ومجانية للمسؤولين المحليين في الشرق الأوسط وشمال أفريقيا: كيف تمنع المدينة الكراهية والتطرف والاستقطاب، وكيف تعمل مع شبابها.",
        "body": (
            "<h2>لمن هذه الأكاديمية؟</h2>"
            "<p>لرؤساء البلديات ونوابهم، ولموظفي البلديات، ولأعضاء المجالس الشبابية، في المغرب وتونس وليبيا ومصر والأردن ولبنان والعراق.</p>"
            "<h2>خطوات البدء</h2>"
            "<ul><li>إنشاء حساب مجاني بعنوان البريد الإلكتروني.</li>"
            "<li>اختيار دورة تناسب دورك، والتعلّم من الهاتف بالسرعة المناسبة.</li>"
            "<li>إتمام الدروس والتمارين، والحصول على شهادة يمكن لأي جهة التحقق منها.</li></ul>"
        ),
    },
    "en": {
        "title": "Young Cities Academy",
        "intro": "Short, free courses for local officials in the Middle East and North Africa: how a city prevents hate, extremism and polarisation, and how it works with its young people.",
        "body": (
            "<h2>Who is it for?</h2>"
            "<p>Mayors and deputy mayors, municipal staff and youth-council members in Morocco, Tunisia, Libya, Egypt, Jordan, Lebanon and Iraq.</p>"
            "<h2>How to start</h2>"
            "<ul><li>Create a free account with your e-mail address.</li>"
            "<li>Pick a course that fits your role and learn from your phone, at your own pace.</li>"
            "<li>Finish the lessons and activities and earn a certificate that anyone can verify.</li></ul>"
        ),
    },
    "fr": {
        "title": "Académie des villes jeunes",
        "intro": "Des cours courts et gratuits pour les élus et agents locaux du Moyen-Orient et d'Afrique du Nord : comment une ville prévient la haine, l'extrémisme et la polarisation, et comment elle travaille avec sa jeunesse.",
        "body": (
            "<h2>Pour qui ?</h2>"
            "<p>Maires et adjoints, agents municipaux et membres de conseils de jeunes au Maroc, en Tunisie, en Libye, en Égypte, en Jordanie, au Liban et en Irak.</p>"
            "<h2>Comment commencer</h2>"
            "<ul><li>Créez un compte gratuit avec votre adresse e-mail.</li>"
            "<li>Choisissez un cours adapté à votre rôle et apprenez sur votre téléphone, à votre rythme.</li>"
            "<li>Terminez les leçons et les activités, et obtenez un certificat que chacun peut vérifier.</li></ul>"
        ),
    },
}


def _ensure_locales() -> dict[str, Locale]:
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in HOME_CONTENT}


def _publish(page: Page, content: dict[str, str]) -> None:
    for field, value in content.items():
        setattr(page, field, value)
    page.save_revision().publish()


def load_home_pages() -> HomePage:
    """Create (once) the Arabic home page as the site root, with English and French translations."""
    locales = _ensure_locales()
    # Wagtail's migrations create the root collection; a flushed database (browser tests) has none.
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", locale=locales["ar"]))
    home = HomePage.objects.filter(locale=locales["ar"], depth=2).first()
    if home is None:
        # `wagtail` creates a plain "Welcome" page on install; our home page replaces it.
        for welcome in root.get_children().filter(content_type__model="page", slug="home"):
            welcome.delete()
        home = root.add_child(instance=HomePage(slug="home", locale=locales["ar"], **HOME_CONTENT["ar"], live=False))
        _publish(home, HOME_CONTENT["ar"])

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Young Cities Academy",
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "Young Cities Academy"
        site.save()

    for code in ("en", "fr"):
        if not home.has_translation(locales[code]):
            translation = home.copy_for_translation(locales[code])
            _publish(translation, HOME_CONTENT[code])
    return home
