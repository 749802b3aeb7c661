from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import RedirectView, TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from lms.languages.views import serve_page, switch_language
from search import views as search_views

urlpatterns = [
    # Accounts stay outside the language prefix: allauth's links in e-mails and
    # redirects must not depend on the language the user happened to be in.
    path("accounts/", include("lms.accounts.urls")),
    path("accounts/", include("allauth.urls")),
    # Wagtail's own login form would bypass allauth's rate limits and verification.
    path("admin/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("language/<str:language_code>/", switch_language, name="switch_language"),
    path("", include("courses.certificates.public_urls")),
    path("", include("courses.h5p.public_urls")),
    path("", include("courses.offline.public_urls")),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns
    from django.views.static import serve as static_serve

    urlpatterns += staticfiles_urlpatterns()
    # Uploads as nginx serves them (lms/deploy), Wagtail documents excepted: those go through Wagtail's serve
    # view, which checks a collection's privacy (lms/documents).
    urlpatterns += [
        re_path(r"^media/(?!documents/)(?P<path>.*)$", static_serve, {"document_root": settings.MEDIA_ROOT}),
    ]

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("", include("courses.urls")),
    path("", include("courses.progress.urls")),
    path("", include("courses.certificates.urls")),
    path("", include("courses.cohorts.urls")),
    path("", include("courses.cities.urls")),
    path("", include("courses.evidence.urls")),
    path("", include("courses.evidence.report_urls")),
    path("", include("courses.convenings.urls")),
    path("", include("courses.practices.urls")),
    path("", include("courses.guide_feedback.urls")),
    path("", include("courses.h5p.urls")),
    path("", include("courses.offline.urls")),
    re_path(r"^((?:[\w\-]+/)*)$", serve_page, name="serve_page"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
