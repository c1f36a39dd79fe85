from django.contrib.auth import views as auth_views
from django.urls import path

from gem.web import plan_views, views

app_name = "web"
urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("plans/", plan_views.plan_list, name="plan_list"),
    path("plans/<int:pk>/", plan_views.plan_detail, name="plan_detail"),
]
