"""Web routes for accounts pages (included by gem/web/urls.py at the site root)."""

from django.urls import path

from gem.web import accounts_views as views

urlpatterns: list = [
    path("login/code/", views.login_code, name="login_code"),
    path("account/", views.account, name="account"),
    path("account/password/", views.password_change_view, name="password_change"),
    path("account/tokens/", views.token_list, name="token_list"),
    path("account/tokens/new/", views.token_new, name="token_new"),
    path("account/tokens/<int:pk>/revoke/", views.token_revoke_view, name="token_revoke"),
    path("account/two-factor/", views.two_factor, name="two_factor"),
    path("password-reset/", views.password_reset, name="password_reset"),
    path("password-reset/sent/", views.password_reset_done, name="password_reset_done"),
    path(
        "password-reset/<uidb64>/<token>/",
        views.password_reset_confirm,
        name="password_reset_confirm",
    ),
    path("password-reset/done/", views.password_reset_complete, name="password_reset_complete"),
    path("audit/", views.audit_log, name="audit_log"),
]
