"""Web routes for reporting pages (included by gem/web/urls.py at the site root)."""

from django.urls import path

from gem.web import reporting_board, reporting_evidence, reporting_views, reporting_xlsx

FORM = "reporting/forms/<int:period_id>/<int:agency_id>/"

urlpatterns: list = [
    path("reporting/", reporting_views.my_forms, name="reporting_my_forms"),
    path("reporting/board/", reporting_board.board, name="reporting_board"),
    path(FORM, reporting_views.form_page, name="reporting_form"),
    path(f"{FORM}return/", reporting_views.form_return, name="reporting_return"),
    path(f"{FORM}approve/", reporting_views.form_approve, name="reporting_approve"),
    path(f"{FORM}reopen/", reporting_views.form_reopen, name="reporting_reopen"),
    path(f"{FORM}evidence/", reporting_evidence.evidence_upload, name="reporting_evidence_upload"),
    path(
        f"{FORM}evidence/<int:evidence_id>/",
        reporting_evidence.evidence_download,
        name="reporting_evidence_download",
    ),
    path(
        f"{FORM}evidence/<int:evidence_id>/remove/",
        reporting_evidence.evidence_remove,
        name="reporting_evidence_remove",
    ),
    path(f"{FORM}xlsx/", reporting_xlsx.xlsx_export, name="reporting_xlsx_export"),
    path(f"{FORM}xlsx/import/", reporting_xlsx.xlsx_upload, name="reporting_xlsx_upload"),
    path(f"{FORM}xlsx/confirm/", reporting_xlsx.xlsx_confirm, name="reporting_xlsx_confirm"),
]
