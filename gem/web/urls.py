from django.urls import path

from gem.web import (
    accounts_views,
    plan_views,
    urls_accounts,
    urls_analytics,
    urls_documents,
    urls_ingest,
    urls_reporting,
    views,
)

app_name = "web"
urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("login/", accounts_views.login_view, name="login"),
    path("logout/", accounts_views.logout_view, name="logout"),
    path("plans/", plan_views.plan_list, name="plan_list"),
    path("plans/<int:pk>/", plan_views.plan_detail, name="plan_detail"),
    *urls_reporting.urlpatterns,
    *urls_analytics.urlpatterns,
    *urls_documents.urlpatterns,
    *urls_accounts.urlpatterns,
    *urls_ingest.urlpatterns,
]
