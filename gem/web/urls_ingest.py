"""Web routes for ingest pages (included by gem/web/urls.py at the site root)."""

from django.urls import path

from gem.web import ingest_views

DRAFT = "ingest/drafts/<int:pk>/"

urlpatterns: list = [
    path("ingest/", ingest_views.draft_list, name="ingest_drafts"),
    path("ingest/upload/", ingest_views.upload, name="ingest_upload"),
    path(DRAFT, ingest_views.draft_detail, name="ingest_draft"),
    path(f"{DRAFT}edit/", ingest_views.draft_edit, name="ingest_draft_edit"),
    path(f"{DRAFT}confirm/", ingest_views.draft_confirm, name="ingest_draft_confirm"),
    path(f"{DRAFT}discard/", ingest_views.draft_discard, name="ingest_draft_discard"),
    path(f"{DRAFT}file/", ingest_views.draft_file, name="ingest_draft_file"),
]
