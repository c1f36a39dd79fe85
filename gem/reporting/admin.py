"""Reporting in the admin, to look: figures and forms change only through the reporting pages,
the API and their services (validated, versioned, audited), so these are read-only here."""

from django.contrib import admin

from gem.core.admin import GemModelAdmin
from gem.reporting.models import (
    DataValue,
    Evidence,
    Narrative,
    ReminderLog,
    ReportingPeriod,
    Submission,
)


class ReadOnlyAdmin(GemModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(ReportingPeriod)
class ReportingPeriodAdmin(ReadOnlyAdmin):
    list_display = ["code", "kind", "plan", "units_due_on", "consolidator_due_on", "status"]
    list_filter = ["kind", "status"]
    search_fields = ["code", "plan__title"]


@admin.register(Submission)
class SubmissionAdmin(ReadOnlyAdmin):
    list_display = ["agency", "period", "org_unit", "status", "submitted_at", "version"]
    list_filter = ["status", "period__code"]
    search_fields = ["agency__name", "org_unit__name", "org_unit__code"]


@admin.register(DataValue)
class DataValueAdmin(ReadOnlyAdmin):
    list_display = [
        "indicator_code",
        "part_number",
        "sex",
        "period_code",
        "org_unit",
        "numerator",
        "denominator",
        "value",
    ]
    list_filter = ["period_code", "sex"]
    search_fields = ["indicator_code", "org_unit__code", "org_unit__name"]


@admin.register(Narrative)
class NarrativeAdmin(ReadOnlyAdmin):
    list_display = ["submission", "objective_code"]


@admin.register(Evidence)
class EvidenceAdmin(ReadOnlyAdmin):
    list_display = ["original_name", "submission", "content_type", "size", "is_deleted"]


@admin.register(ReminderLog)
class ReminderLogAdmin(ReadOnlyAdmin):
    list_display = ["__str__"]
