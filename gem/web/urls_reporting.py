"""Web routes for reporting pages (included by gem/web/urls.py at the site root)."""

urlpatterns: list = []
