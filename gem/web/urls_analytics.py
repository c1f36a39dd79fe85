"""Web routes for analytics pages (included by gem/web/urls.py at the site root)."""

from django.urls import path

from gem.web import analytics_views as views

urlpatterns: list = [
    path("analytics/", views.overview, name="analytics_overview"),
    path("analytics/units/<str:code>/", views.unit_page, name="analytics_unit"),
    path("analytics/indicators/<str:code>/", views.indicator_page, name="analytics_indicator"),
    path("analytics/completeness/", views.completeness_board, name="analytics_completeness"),
    path("analytics/plans/<int:pk>/alignment/", views.alignment_page, name="analytics_alignment"),
]
