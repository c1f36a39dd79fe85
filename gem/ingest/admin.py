"""Plan drafts in the admin, to look only: drafts change through gem.ingest.services."""

from django.contrib import admin

from gem.core.admin import GemModelAdmin
from gem.ingest.models import PlanDraft


@admin.register(PlanDraft)
class PlanDraftAdmin(GemModelAdmin):
    list_display = ["original_name", "org_unit", "status", "created_by", "created_at"]
    list_filter = ["status"]
    search_fields = ["original_name", "org_unit__name", "org_unit__code"]
    raw_id_fields = ["org_unit", "parent", "created_by", "confirmed_plan"]
    readonly_fields = [f.name for f in PlanDraft._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
