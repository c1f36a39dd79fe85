"""Rollups in the admin, read-only: they are derived data (`python -m gem rollup-rebuild`)."""

from django.contrib import admin

from gem.analytics.models import Rollup
from gem.core.admin import GemModelAdmin


@admin.register(Rollup)
class RollupAdmin(GemModelAdmin):
    list_display = ["__str__"]
    list_filter = ["period_code"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
