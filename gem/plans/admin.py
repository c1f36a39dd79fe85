"""Plans in the admin, mostly to look: plans change through import and their services."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from gem.core.admin import GemModelAdmin
from gem.plans.models import (
    Assignment,
    AssignmentIndicator,
    Indicator,
    Objective,
    Part,
    Plan,
    ReportingDuty,
    Target,
)


@admin.register(Plan)
class PlanAdmin(GemModelAdmin):
    list_display = ["title", "org_unit", "start_year", "end_year", "status", "is_deleted"]
    list_filter = ["level", "status", "is_builtin", "is_demo", "is_deleted"]
    search_fields = ["title", "issuer", "org_unit__name", "org_unit__code"]
    raw_id_fields = ["org_unit", "parent", "created_by"]


@admin.register(Objective)
class ObjectiveAdmin(GemModelAdmin):
    list_display = ["code", "title", "plan"]
    search_fields = ["code", "title", "plan__title"]
    raw_id_fields = ["plan"]


@admin.register(Indicator)
class IndicatorAdmin(GemModelAdmin):
    list_display = ["code", "text", "plan"]
    search_fields = ["code", "text", "plan__title"]
    raw_id_fields = ["plan", "objective"]


@admin.register(Part)
class PartAdmin(GemModelAdmin):
    list_display = ["indicator", "number", "label", "measure"]
    list_filter = ["measure"]
    search_fields = ["label", "indicator__code", "indicator__text"]
    raw_id_fields = ["indicator"]


@admin.register(Target)
class TargetAdmin(GemModelAdmin):
    list_display = ["part", "comparator", "value", "unit", "year"]
    raw_id_fields = ["part"]


class AssignmentIndicatorInline(admin.TabularInline):
    model = AssignmentIndicator
    extra = 0
    raw_id_fields = ["indicator"]
    verbose_name = _("assigned indicator")
    verbose_name_plural = _("assigned indicators")


@admin.register(Assignment)
class AssignmentAdmin(GemModelAdmin):
    list_display = ["agency_name", "role", "plan", "agency"]
    search_fields = ["agency_name", "plan__title"]
    raw_id_fields = ["plan", "agency"]
    inlines = [AssignmentIndicatorInline]


@admin.register(ReportingDuty)
class ReportingDutyAdmin(GemModelAdmin):
    list_display = ["plan", "kind", "by", "due", "to"]
    list_filter = ["kind", "by"]
    raw_id_fields = ["plan"]
