"""Web routes for ingest pages (included by gem/web/urls.py at the site root)."""

urlpatterns: list = []
