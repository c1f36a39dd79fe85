"""Web routes for analytics pages (included by gem/web/urls.py at the site root)."""

urlpatterns: list = []
