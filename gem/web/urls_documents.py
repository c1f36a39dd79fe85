"""Web routes for documents pages (included by gem/web/urls.py at the site root)."""

from django.urls import path

from gem.web import documents_views

urlpatterns: list = [
    path("reports/", documents_views.report_page, name="documents_reports"),
]
