from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    """Wagtail documents (guidebooks, directories, lesson videos) leave through Wagtail's serve view only."""

    name = "lms.documents"
    label = "lms_documents"
