"""The programme report's pages and downloads (trainer area)."""

from django.urls import path

from courses.evidence import report_views

urlpatterns = [
    path("trainer/report/", report_views.report_page, name="evidence_report"),
    path("trainer/report/report.csv", report_views.report_csv, name="evidence_report_csv"),
    path("trainer/report/report.xlsx", report_views.report_xlsx, name="evidence_report_xlsx"),
    path("trainer/report/report-<str:language>.pdf", report_views.report_pdf_download, name="evidence_report_pdf"),
]
